import { router } from "../../../trpc";
import { get } from "./get";
import { set } from "./set";

/** The deployment's reintegration currency: `reference.reintegrationCurrency.get`, `.set`. */
export const reintegrationCurrencyRouter = router({ get, set });
