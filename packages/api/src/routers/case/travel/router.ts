import { router } from "../../../trpc";
import { travelArrivalRouter } from "./arrival/router";
import { travelDepartureRouter } from "./departure/router";
import { travelDocumentRouter } from "./document/router";
import { travelFitnessRouter } from "./fitness/router";
import { get } from "./get";
import { travelLegRouter } from "./leg/router";

/**
 * The travel of an AVRR case (`case.travel.*`): documents, fitness to travel, itinerary, departure
 * and arrival, and the travel-ready checklist they make (the guards of "travel booked" and "departed").
 */
export const travelRouter = router({
  get,
  document: travelDocumentRouter,
  fitness: travelFitnessRouter,
  leg: travelLegRouter,
  departure: travelDepartureRouter,
  arrival: travelArrivalRouter,
});
