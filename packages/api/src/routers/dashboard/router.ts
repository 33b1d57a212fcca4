import { router } from "../../trpc";
import { figures } from "./figures";
import { highRisk } from "./high-risk";

import { intake } from "./intake";

/** The manager's dashboard: `dashboard.figures`, `dashboard.highRisk`, `dashboard.intake`. */
export const dashboardRouter = router({ figures, highRisk, intake });
