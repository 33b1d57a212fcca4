import { router } from "../../../trpc";
import { list } from "./list";
import { set } from "./set";

/** How long after a medium- or low-risk assessment a case is reviewed: `reference.riskReview.*`. */
export const riskReviewRouter = router({ list, set });
