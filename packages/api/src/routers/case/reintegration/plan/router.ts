import { router } from "../../../../trpc";
import { save } from "./save";

/** The reintegration plan's objectives: `case.reintegration.plan.save`. */
export const planRouter = router({ save });
