import { router } from "../../trpc";
import { list } from "./list";
import { remove } from "./remove";
import { set } from "./set";

/**
 * The reflection period's length per country (reference data): administrators change it, everyone
 * working with cases reads it. A country without a length gets the Council of Europe minimum:
 * `reflectionPeriod.list`, `.set`, `.remove`.
 */
export const reflectionPeriodRouter = router({ list, set, remove });
