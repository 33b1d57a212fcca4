import type { Programme } from "../programmes";
import { EFFECTS } from "./effects";
import { availableTransitions } from "./engine";
import type {
  AvailableTransition,
  CaseWorkflowFacts,
  WorkflowMessageCode,
  WorkflowSuggestion,
} from "./types";

/** A transition as offered on a case: what blocks it now, approvals waiting included. */
export interface OfferedTransition extends Omit<AvailableTransition, "blocked"> {
  blocked: (WorkflowMessageCode | "approval_pending")[];
}

/**
 * Every transition out of `state` as the case stands: its guards, and, because only one approval
 * waits per case at a time, `approval_pending` on each move that needs one while another waits.
 */
export function offeredTransitions(
  programme: Programme,
  state: string,
  facts: CaseWorkflowFacts,
  approvalPending: boolean,
): OfferedTransition[] {
  return availableTransitions(programme, state, facts).map((transition) => {
    const blocked: OfferedTransition["blocked"] = [...transition.blocked];
    if (approvalPending && transition.needsApproval) blocked.push("approval_pending");
    return { ...transition, blocked, allowed: blocked.length === 0 };
  });
}

/**
 * Prompts that stand as long as the recorded facts call for them, whatever the state: in labour
 * migration, red flags found in the contract check suggest a counter-trafficking screening (the
 * same suggestion the move out of the contract check makes).
 */
export function standingSuggestions(programme: Programme, facts: CaseWorkflowFacts): WorkflowSuggestion[] {
  if (programme !== "labour_migration") return [];
  return EFFECTS.suggest_trafficking_screening(facts).suggestions;
}
