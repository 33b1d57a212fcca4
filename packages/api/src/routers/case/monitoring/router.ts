import { router } from "../../../trpc";
import { visitRouter } from "./visit/router";

/** Monitoring after an AVRR arrival: `case.monitoring.visit.*` (the schedule is in `case.reintegration.get`). */
export const monitoringRouter = router({ visit: visitRouter });
