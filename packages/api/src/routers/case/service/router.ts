import { router } from "../../../trpc";
import { add } from "./add";
import { edit } from "./edit";

/** Services delivered to the person: `case.service.add`, `case.service.edit`. */
export const serviceRouter = router({ add, edit });
