import { router } from "../../trpc";
import { remove } from "./delete";
import { list } from "./list";
import { save } from "./save";

/** A user's own saved case-list filters: `savedFilter.list`, `.save`, `.delete`. */
export const savedFilterRouter = router({ list, save, delete: remove });
