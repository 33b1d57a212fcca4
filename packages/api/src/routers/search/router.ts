import { router } from "../../trpc";
import { find } from "./find";

/** The global search: `search.find`. */
export const searchRouter = router({ find });
