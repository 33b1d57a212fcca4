import { router } from "../../../trpc";
import { remove } from "./delete";
import { edit } from "./edit";
import { list } from "./list";

/**
 * A case's documents: `case.document.list`, `.edit` and `.delete`; the files themselves are
 * uploaded, replaced and downloaded through HTTP routes (packages/api/src/documents.ts).
 */
export const documentRouter = router({ list, edit, delete: remove });
