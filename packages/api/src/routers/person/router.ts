import { router } from "../../trpc";
import { checkDuplicates } from "./check-duplicates";
import { create } from "./create";
import { get } from "./get";
import { history } from "./history";
import { list } from "./list";
import { search } from "./search";
import { update } from "./update";

/** People: `person.create`, `person.checkDuplicates`, `person.search`, `person.list`, `person.get`, `person.history`, `person.update`. */
export const personRouter = router({ create, checkDuplicates, search, list, get, history, update });
