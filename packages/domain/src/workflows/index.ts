/**
 * Case workflows: one pure, data-driven state machine per programme, over the states of
 * `CASE_STATES`. No I/O and no clock: the caller passes in what has been recorded (and any date).
 *
 * The API
 * - `availableTransitions(programme, state, facts): AvailableTransition[]`: every transition out of
 *   `state`, each `{ to, kind, allowed, blocked, needsApproval, reasonRequired }`, where `blocked`
 *   holds the guard message codes that stop it now. For showing the next steps and why some are greyed out.
 * - `checkTransition(programme, from, to, facts, { reason }): TransitionCheck`: the decision for one
 *   move, `{ ok: true, kind, needsApproval, tasks, suggestions }` or `{ ok: false, errors }` with every
 *   refusal code at once (`WorkflowMessageCode`: guard codes, `reason_required`, `unknown_state`,
 *   `not_a_transition`). With `needsApproval` the caller records a pending approval by a manager
 *   instead of moving the case; `tasks` (`{ kind, dueDate }`, ISO dates) are created when it moves;
 *   `suggestions` are prompts for the caseworker, never acted on automatically.
 * - `CaseWorkflowFacts`: what the guards read (eligibility criterion, voluntary decision, destination,
 *   the unsafe-destinations list, the travel record (documents, fitness, itinerary, departure), arrival date, durable solution, contract
 *   red flags). Missing facts fail the guards that need them; a missing unsafe-destinations list
 *   refuses every AVRR approval or departure (`unsafe_destinations_unavailable`).
 * - `caseTransitionInput`: zod schema of a transition request `{ caseId, version, to, reason }`.
 * - `WORKFLOWS`: the transition tables themselves (`TransitionRule`: from, to, kind, guards by name,
 *   needsApproval, reasonRequired, effects by name), for diagrams and documentation.
 * - Vocabularies: `ELIGIBILITY_CRITERIA`, `VULNERABILITY_CATEGORIES`, `DURABLE_SOLUTION_KINDS`,
 *   `CONTRACT_RED_FLAGS`, `WORKFLOW_MESSAGE_CODES`, `WORKFLOW_TASK_KINDS`, `TRANSITION_KINDS`.
 * - `addCalendarMonths(date, n)` (31 January + 1 month = 28/29 February) and `avrrArrivalTasks(date)`.
 * - Orchestration, still without I/O: `planPath(programme, from, route, facts, { reason })` plans the
 *   moves along a route of states, one allowed step at a time, stopping before a refused step or one
 *   that needs an approval; `pathToReflectionPeriod(from, reason)` is the counter-trafficking course
 *   a decision that starts the reflection period takes (`TOWARDS_REFLECTION_PERIOD`).
 *   `offeredTransitions(programme, state, facts, approvalPending)` is `availableTransitions` with
 *   `approval_pending` on the moves needing an approval while one waits (one at a time per case);
 *   `standingSuggestions(programme, facts)` the prompts the recorded facts keep up whatever the state.
 *
 * The rules, across programmes
 * - Reasons are required where someone will later ask "why": withdrawal, refusal (not eligible, not a
 *   victim), early closure, reopening.
 * - Terminal states (`TERMINAL_STATES`) have no way out except reopening, which always needs a
 *   manager's approval and a reason, and goes back to the state the workflow names.
 * - Manager approval: AVRR eligibility, counter-trafficking closure, every reopening.
 * - AVRR withdrawal is possible at every step before departure, with a reason and no approval:
 *   voluntariness is a precondition until departure day.
 * - Counter-trafficking assistance is never conditional on cooperating with law enforcement: no
 *   guard reads it and the facts have no field for it.
 * - Labour migration: leaving the contract check with red flags suggests a counter-trafficking
 *   screening (`open_trafficking_screening`).
 */
export { addCalendarMonths } from "./calendar";
export { avrrArrivalTasks } from "./effects";
export { availableTransitions, checkTransition, WORKFLOWS } from "./engine";
export { type OfferedTransition, offeredTransitions, standingSuggestions } from "./offers";
export { type PlannedMove, pathToReflectionPeriod, planPath, TOWARDS_REFLECTION_PERIOD } from "./path";
export { type CaseTransitionInput, caseTransitionInput } from "./request";
export {
  TRAVEL_READY_GUARDS,
  type TravelChecklistItem,
  type TravelReadyItem,
  travelReadyChecklist,
} from "./travel-ready";
export * from "./types";
export * from "./vocabulary";
