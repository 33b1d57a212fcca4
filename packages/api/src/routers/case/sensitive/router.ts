import { router } from "../../../trpc";
import { set } from "./set";

/** The notes of a case narrower than the case itself: `case.sensitive.set`. */
export const sensitiveRouter = router({ set });
