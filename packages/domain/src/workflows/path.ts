import type { Programme } from "../programmes";
import { checkTransition } from "./engine";
import type { CaseWorkflowFacts, TransitionKind, TransitionOptions, WorkflowTask } from "./types";

/** One move of a planned path, as `checkTransition` allowed it. */
export interface PlannedMove {
  from: string;
  to: string;
  kind: TransitionKind;
  /** What the move brings when it is made. */
  tasks: WorkflowTask[];
}

/**
 * The moves that take a case along `route` from where it stands, one step at a time, each checked
 * as a user's transition would be. The path stops before the first step that is refused or needs a
 * manager's approval (nobody approved it), and is empty when the case is not on the route or is
 * already at its end.
 */
export function planPath(
  programme: Programme,
  from: string,
  route: readonly string[],
  facts: CaseWorkflowFacts,
  options: TransitionOptions = {},
): PlannedMove[] {
  const start = route.indexOf(from);
  if (start < 0) return [];
  const moves: PlannedMove[] = [];
  let state = from;
  for (const to of route.slice(start + 1)) {
    const check = checkTransition(programme, state, to, facts, options);
    if (!check.ok || check.needsApproval) break;
    moves.push({ from: state, to, kind: check.kind, tasks: check.tasks });
    state = to;
  }
  return moves;
}

/** The counter-trafficking states a case passes on its way to the reflection period. */
export const TOWARDS_REFLECTION_PERIOD = [
  "referred",
  "screening",
  "presumed_victim",
  "reflection_period",
] as const;

/**
 * The moves that take a counter-trafficking case to the reflection period once a decision starts
 * it (referred → screening → presumed victim → reflection period, from wherever it stands on that
 * course). A case already past the reflection period, or out of that course (not a victim), stays
 * where it is: the path is empty.
 */
export function pathToReflectionPeriod(from: string, reason: string): PlannedMove[] {
  return planPath("counter_trafficking", from, TOWARDS_REFLECTION_PERIOD, {}, { reason });
}
