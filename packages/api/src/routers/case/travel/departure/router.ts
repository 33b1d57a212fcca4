import { router } from "../../../../trpc";
import { confirm } from "./confirm";

/** `case.travel.departure.confirm`. */
export const travelDepartureRouter = router({ confirm });
