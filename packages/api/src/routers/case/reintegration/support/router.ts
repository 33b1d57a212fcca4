import { router } from "../../../../trpc";
import { add } from "./add";
import { edit } from "./edit";

/** The plan's support items: `case.reintegration.support.add`, `.edit`. */
export const supportRouter = router({ add, edit });
