import { router } from "../../trpc";
import { figures } from "./figures";
import { sustainability } from "./sustainability";

/** The manager's dashboard: `dashboard.figures`, `dashboard.sustainability`. */
export const dashboardRouter = router({ figures, sustainability });
