import { router } from "../../trpc";
import { create } from "./create";
import { list } from "./list";
import { update } from "./update";

/** The registry of partner organisations: read by whoever works with cases, kept by administrators. */
export const partnerRouter = router({ list, create, update });
