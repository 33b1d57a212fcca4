import { router } from "../../../../trpc";
import { edit } from "./edit";
import { record } from "./record";

/** Monitoring visits and calls: `case.monitoring.visit.record`, `.edit`. */
export const visitRouter = router({ record, edit });
