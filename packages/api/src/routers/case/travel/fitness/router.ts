import { router } from "../../../../trpc";
import { set } from "./set";

/** Fitness to travel of an AVRR case: `case.travel.fitness.set`. */
export const travelFitnessRouter = router({ set });
