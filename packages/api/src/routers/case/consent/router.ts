import { router } from "../../../trpc";
import { record } from "./record";
import { withdraw } from "./withdraw";

/** The person's consents, per purpose: `case.consent.record`, `case.consent.withdraw`. */
export const consentRouter = router({ record, withdraw });
