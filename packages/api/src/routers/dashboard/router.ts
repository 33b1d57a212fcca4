import { router } from "../../trpc";
import { figures } from "./figures";
import { intake } from "./intake";

/** The manager's dashboard: `dashboard.figures`. */
export const dashboardRouter = router({ figures, intake });
