import { router } from "../../../../trpc";
import { add } from "./add";
import { edit } from "./edit";
import { remove } from "./remove";

/** The itinerary of an AVRR case: `case.travel.leg.add`, `.edit`, `.remove`. */
export const travelLegRouter = router({ add, edit, remove });
