import { router } from "../../../../trpc";
import { add } from "./add";
import { edit } from "./edit";

/** The travel documents of an AVRR case: `case.travel.document.add`, `.edit`. */
export const travelDocumentRouter = router({ add, edit });
