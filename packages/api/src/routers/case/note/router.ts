import { router } from "../../../trpc";
import { add } from "./add";
import { edit } from "./edit";

/** Notes on a case: `case.note.add`, `case.note.edit`. */
export const noteRouter = router({ add, edit });
