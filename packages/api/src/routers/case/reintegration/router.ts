import { router } from "../../../trpc";
import { get } from "./get";
import { planRouter } from "./plan/router";
import { supportRouter } from "./support/router";

/** An AVRR case's reintegration: `case.reintegration.get`, `.plan.save`, `.support.add/edit`. */
export const reintegrationRouter = router({ get, plan: planRouter, support: supportRouter });
