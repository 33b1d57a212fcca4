import { router } from "../../trpc";
import { history } from "./history";
import { reintegrationCurrencyRouter } from "./reintegration-currency/router";
import { riskReviewRouter } from "./risk-review/router";
import { unsafeDestinationRouter } from "./unsafe-destination/router";

/**
 * Reference data the workflows read; administrators change it, everyone working with cases reads
 * it: `reference.unsafeDestination.*`, `reference.history`.
 */
export const referenceRouter = router({
  unsafeDestination: unsafeDestinationRouter,
  history,
  riskReview: riskReviewRouter,
  reintegrationCurrency: reintegrationCurrencyRouter,
});
