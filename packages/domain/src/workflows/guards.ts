import { isIsoDate } from "../age";
import { isCountryCode } from "../countries";
import {
  departureCheck,
  emptyTravelFacts,
  escortCheck,
  fitnessCheck,
  itineraryCheck,
  type TravelFacts,
  travelDocumentCheck,
} from "../travel";
import type { CaseWorkflowFacts, GuardId, WorkflowMessageCode } from "./types";
import { DURABLE_SOLUTION_KINDS, ELIGIBILITY_CRITERIA, isOneOf } from "./vocabulary";

type Guard = (facts: CaseWorkflowFacts) => WorkflowMessageCode[];

const check = (condition: boolean, code: WorkflowMessageCode): WorkflowMessageCode[] =>
  condition ? [] : [code];

/**
 * Whether the country of return may be returned to: recorded, a known code, and not on the office's
 * unsafe-destinations list. The list is data passed in; without it, nothing is approved (fail closed).
 */
function destinationSafe(facts: CaseWorkflowFacts): WorkflowMessageCode[] {
  const errors: WorkflowMessageCode[] = [];
  const destination: string | null | undefined = facts.destinationCountry;
  if (destination === null || destination === undefined || destination === "") {
    errors.push("destination_missing");
  } else if (!isCountryCode(destination)) {
    errors.push("destination_invalid");
  }
  const unsafe = facts.unsafeDestinations;
  if (!Array.isArray(unsafe)) {
    errors.push("unsafe_destinations_unavailable");
  } else if (
    typeof destination === "string" &&
    unsafe.some((code) => code.toUpperCase() === destination.toUpperCase())
  ) {
    errors.push("destination_unsafe");
  }
  return errors;
}

function arrivalDateRecorded(facts: CaseWorkflowFacts): WorkflowMessageCode[] {
  const date = facts.arrivalDate;
  if (date === null || date === undefined || date === "") return ["arrival_date_missing"];
  return check(isIsoDate(date), "arrival_date_invalid");
}

/** The travel record, or nothing recorded (every travel guard then says what is missing). */
function travelOf(facts: CaseWorkflowFacts): TravelFacts {
  return facts.travel ?? emptyTravelFacts("1970-01-01");
}

/**
 * Every guard a workflow may name. None reads anything about cooperation with law enforcement, and
 * none may: assistance to victims of trafficking is unconditional (Lithuanian Law on Assistance to
 * Victims of Crime, 2021; domain brief §5).
 */
export const GUARDS: Readonly<Record<GuardId, Guard>> = {
  eligibility_criterion_recorded: (facts) =>
    check(isOneOf(ELIGIBILITY_CRITERIA, facts.eligibilityCriterion), "eligibility_criterion_missing"),
  voluntary_decision_recorded: (facts) =>
    check(facts.voluntaryDecisionRecorded === true, "voluntary_decision_missing"),
  destination_safe: destinationSafe,
  travel_document_valid: (facts) => travelDocumentCheck(travelOf(facts)),
  fit_to_travel: (facts) => fitnessCheck(travelOf(facts)),
  itinerary_booked: (facts) => itineraryCheck(travelOf(facts)),
  escort_arranged: (facts) => escortCheck(travelOf(facts)),
  departure_confirmed: (facts) => departureCheck(travelOf(facts)),
  arrival_date_recorded: arrivalDateRecorded,
  durable_solution_recorded: (facts) =>
    check(isOneOf(DURABLE_SOLUTION_KINDS, facts.durableSolutionKind), "durable_solution_missing"),
};
