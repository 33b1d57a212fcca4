import { advance, closeEarly, defineWorkflow, refuse, withdraw } from "./define";

/**
 * Assisted voluntary return and reintegration (domain brief §4).
 *
 * - Eligibility needs a recorded criterion, a recorded decision on voluntary return and a destination
 *   that is not on the office's unsafe list (data, passed in the facts), and a manager's approval.
 * - Departure re-checks the destination as well as documents and ticket: the unsafe list changes,
 *   and a return to a destination on it is not made, whatever was approved earlier.
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
    advance("travel_documents", "travel_booked"),
    advance("travel_booked", "departed", {
      guards: ["travel_documents_recorded", "ticket_recorded", "destination_safe"],
    }),
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
