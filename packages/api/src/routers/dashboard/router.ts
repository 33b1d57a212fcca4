import { router } from "../../trpc";
import { figures } from "./figures";

/** The manager's dashboard: `dashboard.figures`. */
export const dashboardRouter = router({ figures });
