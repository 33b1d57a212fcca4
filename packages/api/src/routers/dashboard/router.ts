import { router } from "../../trpc";
import { figures } from "./figures";
import { highRisk } from "./high-risk";
import { intake } from "./intake";
import { sustainability } from "./sustainability";

/** The manager's dashboard: its figures and the panels beside them. */
export const dashboardRouter = router({ figures, highRisk, intake, sustainability });
