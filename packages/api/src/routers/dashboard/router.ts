import { router } from "../../trpc";
import { figures } from "./figures";
import { highRisk } from "./high-risk";

/** The manager's dashboard: `dashboard.figures`, `dashboard.highRisk`. */
export const dashboardRouter = router({ figures, highRisk });
