import { router } from "../../../trpc";
import { list } from "./list";

/** A case's documents (uploaded and downloaded through HTTP routes): `case.document.list`. */
export const documentRouter = router({ list });
