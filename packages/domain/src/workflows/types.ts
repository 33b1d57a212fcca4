import type { CountryCode } from "../countries";
import type { CaseState, Programme } from "../programmes";
import { TRAVEL_MESSAGE_CODES, type TravelFacts } from "../travel";
import type { ContractRedFlag, DurableSolutionKind, EligibilityCriterion } from "./vocabulary";

/**
 * What the workflow guards and effects read about a case, assembled by the caller from what has been
 * recorded (and from reference data, such as the unsafe-destinations list). Every field is optional:
 * a programme reads only its own, and a missing fact fails the guard that needs it, never passes it.
 *
 * There is deliberately no field about cooperation with law enforcement: assistance to a victim of
 * trafficking may never be made conditional on it (domain brief §5), so no guard can ask.
 */
export interface CaseWorkflowFacts {
  /** AVRR: the ground on which the person is eligible. */
  eligibilityCriterion?: EligibilityCriterion | null;
  /** AVRR: the person's decision on voluntary return has been recorded. */
  voluntaryDecisionRecorded?: boolean;
  /** AVRR: country of return (ISO 3166-1 alpha-2). */
  destinationCountry?: CountryCode | null;
  /**
   * AVRR: the office's unsafe-destinations list in force now (reference data an admin edits, never
   * code). When absent, the guards that need it refuse (`unsafe_destinations_unavailable`): a
   * return is never approved against a list nobody looked at.
   */
  unsafeDestinations?: readonly string[] | null;
  /**
   * AVRR: the travel record (documents, fitness to travel, itinerary, departure), from which the
   * travel-ready checklist is computed (`travelReadyChecklist`). Absent: nothing recorded.
   */
  travel?: TravelFacts | null;
  /** AVRR: the day the returnee arrived (ISO date); the reintegration and monitoring tasks count from it. */
  arrivalDate?: string | null;
  /** Counter-trafficking: the durable solution reached. */
  durableSolutionKind?: DurableSolutionKind | null;
  /** Labour migration: red flags found in the contract check (empty when none). */
  contractRedFlags?: readonly ContractRedFlag[] | null;
}

/** What a transition is, for people: the interface words and styles each kind differently. */
export const TRANSITION_KINDS = [
  /** The next step of the usual course (including the usual closure). */
  "advance",
  /** Back to an earlier step (social assistance: review → services). */
  "back",
  /** The person withdraws (AVRR, until departure day). */
  "withdraw",
  /** The office decides the case is out of the programme (not eligible, not a victim). */
  "refuse",
  /** Closed before the usual course is finished. */
  "close_early",
  /** A terminal case is opened again. */
  "reopen",
] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/** Named checks a transition requires; each is a pure function of the facts (see `guards.ts`). */
export const GUARD_IDS = [
  "eligibility_criterion_recorded",
  "voluntary_decision_recorded",
  "destination_safe",
  "travel_document_valid",
  "fit_to_travel",
  "itinerary_booked",
  "escort_arranged",
  "departure_confirmed",
  "arrival_date_recorded",
  "durable_solution_recorded",
] as const;
export type GuardId = (typeof GUARD_IDS)[number];

/** Named consequences of a transition: tasks it creates, suggestions it makes (see `effects.ts`). */
export const EFFECT_IDS = ["avrr_arrival_tasks", "suggest_trafficking_screening"] as const;
export type EffectId = (typeof EFFECT_IDS)[number];

/** One edge of a workflow, as data. */
export interface TransitionRule<S extends string = string> {
  readonly from: S;
  readonly to: S;
  readonly kind: TransitionKind;
  /** All must pass; their message codes say what is missing. */
  readonly guards: readonly GuardId[];
  /** A manager approves before the case moves. */
  readonly needsApproval: boolean;
  /** A non-blank reason must be given: the transitions where someone will later ask "why?". */
  readonly reasonRequired: boolean;
  readonly effects: readonly EffectId[];
}

export interface WorkflowDefinition<P extends Programme = Programme> {
  readonly programme: P;
  /** Every edge, reopenings included. */
  readonly transitions: readonly TransitionRule<CaseState<P>>[];
  /**
   * The edges a family (household) takes together: applied to every member's case in one go, all
   * or none (`planFamilyTransition`). Each is one of `transitions`; empty when members move alone.
   */
  readonly familySteps: readonly FamilyStep<CaseState<P>>[];
}

/** A transition a household takes together (see `WorkflowDefinition.familySteps`). */
export interface FamilyStep<S extends string = string> {
  readonly from: S;
  readonly to: S;
}

/** Stable codes explaining why a transition is refused; the interface translates them. */
export const WORKFLOW_MESSAGE_CODES = [
  "unknown_state",
  "not_a_transition",
  "reason_required",
  "eligibility_criterion_missing",
  "voluntary_decision_missing",
  "destination_missing",
  "destination_invalid",
  "unsafe_destinations_unavailable",
  "destination_unsafe",
  ...TRAVEL_MESSAGE_CODES,
  "arrival_date_missing",
  "arrival_date_invalid",
  "durable_solution_missing",
] as const;
export type WorkflowMessageCode = (typeof WORKFLOW_MESSAGE_CODES)[number];

/** Work a transition creates, due on an ISO date. */
export const WORKFLOW_TASK_KINDS = [
  /** AVRR: the returnee contacts the office in the country of origin (within one month of arrival). */
  "reintegration_contact",
  "monitoring_3_months",
  "monitoring_6_months",
  "monitoring_12_months",
  /** Counter-trafficking: the reflection period started by confirming a presumed victim ends soon. */
  "reflection_period_ending",
  /** AVRR: a travel document expires soon (or has): renew it, or plan the departure around it. */
  "travel_document_expiring",
] as const;
export type WorkflowTaskKind = (typeof WORKFLOW_TASK_KINDS)[number];

export interface WorkflowTask {
  kind: WorkflowTaskKind;
  /** ISO calendar date (`YYYY-MM-DD`). */
  dueDate: string;
}

/** Something the caseworker is prompted to do next; never done automatically. */
export type WorkflowSuggestion = {
  kind: "open_trafficking_screening";
  /** Why: the red flags found in the contract check. */
  redFlags: ContractRedFlag[];
};

/** One row of `availableTransitions`. */
export interface AvailableTransition<S extends string = string> {
  to: S;
  kind: TransitionKind;
  /** True when no guard blocks it (a reason or an approval may still be needed). */
  allowed: boolean;
  /** The guard message codes blocking it; empty when allowed. */
  blocked: WorkflowMessageCode[];
  needsApproval: boolean;
  reasonRequired: boolean;
}

export type TransitionCheck =
  | {
      ok: true;
      kind: TransitionKind;
      /** The caller records a pending approval instead of moving the case. */
      needsApproval: boolean;
      /** Tasks to create when the case actually moves (after approval, if any). */
      tasks: WorkflowTask[];
      suggestions: WorkflowSuggestion[];
    }
  | { ok: false; errors: WorkflowMessageCode[] };

export interface TransitionOptions {
  reason?: string | null;
}
