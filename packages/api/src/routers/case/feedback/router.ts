import { router } from "../../../trpc";
import { add } from "./add";
import { edit } from "./edit";
import { list } from "./list";

/** Feedback from the people a case serves: `case.feedback.list`, `.add`, `.edit`. */
export const feedbackRouter = router({ list, add, edit });
