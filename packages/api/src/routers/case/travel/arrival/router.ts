import { router } from "../../../../trpc";
import { confirm } from "./confirm";

/** `case.travel.arrival.confirm`. */
export const travelArrivalRouter = router({ confirm });
