import { router } from "../../trpc";
import { create } from "./create";
import { list } from "./list";
import { update } from "./update";

/**
 * The service types the case services form offers, with their default unit cost: reference data
 * that everyone working with cases reads and administrators keep. Every version is kept.
 */
export const serviceTypeRouter = router({ list, create, update });
