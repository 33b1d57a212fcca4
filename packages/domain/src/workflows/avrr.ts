import { advance, closeEarly, defineWorkflow, refuse, withdraw } from "./define";
import { TRAVEL_READY_GUARDS } from "./travel-ready";

/**
 * Assisted voluntary return and reintegration (domain brief §4).
 *
 * - Eligibility needs a recorded criterion, a recorded decision on voluntary return and a destination
 *   that is not on the office's unsafe list (data, passed in the facts), and a manager's approval.
 * - "Travel booked" needs the travel-ready checklist (`TRAVEL_READY_GUARDS`: a valid travel document
 *   not expiring before departure, fit to travel, an itinerary, the escort where one is needed, a
 *   safe destination); departure re-checks all of it and needs the departure confirmed: the unsafe
 *   list changes, and a return to a destination on it is not made, whatever was approved earlier.
 * - Voluntariness holds throughout: the person may withdraw at every step until departure day,
 *   with a reason recorded and no one's approval.
 * - Arrival creates the reintegration contact and monitoring tasks, counted from the arrival date.
 * - After departure a case may be closed early (returnee unreachable, declines support), with a reason.
 */
export const AVRR_WORKFLOW = defineWorkflow(
  "avrr",
  [
    advance("application", "eligibility_counselling"),
    advance("eligibility_counselling", "eligible", {
      guards: ["eligibility_criterion_recorded", "voluntary_decision_recorded", "destination_safe"],
      needsApproval: true,
    }),
    advance("eligible", "travel_documents"),
    advance("travel_documents", "travel_booked", { guards: TRAVEL_READY_GUARDS }),
    advance("travel_booked", "departed", { guards: [...TRAVEL_READY_GUARDS, "departure_confirmed"] }),
    advance("departed", "arrived", { guards: ["arrival_date_recorded"], effects: ["avrr_arrival_tasks"] }),
    advance("arrived", "reintegration"),
    advance("reintegration", "monitoring"),
    advance("monitoring", "closed"),
    ...withdraw(
      ["application", "eligibility_counselling", "eligible", "travel_documents", "travel_booked"],
      "withdrawn",
    ),
    refuse("eligibility_counselling", "not_eligible"),
    ...closeEarly(["departed", "arrived", "reintegration"], "closed"),
  ],
  {
    closed: "reintegration",
    withdrawn: "application",
    not_eligible: "eligibility_counselling",
  },
  // A household is found eligible, books its travel and departs together (`planFamilyTransition`).
  [
    ["eligibility_counselling", "eligible"],
    ["travel_documents", "travel_booked"],
    ["travel_booked", "departed"],
  ],
);
