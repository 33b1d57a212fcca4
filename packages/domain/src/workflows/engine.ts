import { type CaseState, isStateOf, type Programme } from "../programmes";
import { AVRR_WORKFLOW } from "./avrr";
import { COUNTER_TRAFFICKING_WORKFLOW } from "./counter-trafficking";
import { EFFECTS } from "./effects";
import { GUARDS } from "./guards";
import { LABOUR_MIGRATION_WORKFLOW } from "./labour-migration";
import { SOCIAL_ASSISTANCE_WORKFLOW } from "./social-assistance";
import type {
  AvailableTransition,
  CaseWorkflowFacts,
  TransitionCheck,
  TransitionOptions,
  TransitionRule,
  WorkflowDefinition,
  WorkflowMessageCode,
  WorkflowSuggestion,
  WorkflowTask,
} from "./types";

/** Every programme's workflow, as data (for diagrams, documentation and tests). */
export const WORKFLOWS: { readonly [P in Programme]: WorkflowDefinition<P> } = {
  avrr: AVRR_WORKFLOW,
  counter_trafficking: COUNTER_TRAFFICKING_WORKFLOW,
  social_assistance: SOCIAL_ASSISTANCE_WORKFLOW,
  labour_migration: LABOUR_MIGRATION_WORKFLOW,
};

function rulesFrom(programme: Programme, state: string): readonly TransitionRule[] {
  if (!isStateOf(programme, state))
    throw new RangeError(`${programme} has no state ${JSON.stringify(state)}`);
  const transitions: readonly TransitionRule[] = WORKFLOWS[programme].transitions;
  return transitions.filter((t) => t.from === state);
}

function blockedBy(rule: TransitionRule, facts: CaseWorkflowFacts): WorkflowMessageCode[] {
  return rule.guards.flatMap((guard) => GUARDS[guard](facts));
}

/**
 * Every transition out of `state`, in the workflow's order, whether or not its guards pass now. An
 * unknown state is a fault in stored data, not a user's mistake: it throws a RangeError.
 */
export function availableTransitions<P extends Programme>(
  programme: P,
  state: string,
  facts: CaseWorkflowFacts,
): AvailableTransition<CaseState<P>>[] {
  return rulesFrom(programme, state).map((rule) => {
    const blocked = blockedBy(rule, facts);
    return {
      to: rule.to as CaseState<P>,
      kind: rule.kind,
      allowed: blocked.length === 0,
      blocked,
      needsApproval: rule.needsApproval,
      reasonRequired: rule.reasonRequired,
    };
  });
}

/**
 * Whether a case may move from `from` to `to`: every refusal code at once (guards, then a missing
 * reason), or the approval it needs and the tasks and suggestions it brings. `from` is the stored state
 * (unknown: RangeError); `to` is what a user asked for (unknown: `unknown_state`; not an edge from
 * `from`: `not_a_transition`).
 */
export function checkTransition(
  programme: Programme,
  from: string,
  to: string,
  facts: CaseWorkflowFacts,
  options: TransitionOptions = {},
): TransitionCheck {
  const rules = rulesFrom(programme, from);
  if (!isStateOf(programme, to)) return { ok: false, errors: ["unknown_state"] };
  const rule = rules.find((t) => t.to === to);
  if (!rule) return { ok: false, errors: ["not_a_transition"] };
  const errors = blockedBy(rule, facts);
  if (rule.reasonRequired && !(options.reason ?? "").trim()) errors.push("reason_required");
  if (errors.length > 0) return { ok: false, errors };
  const tasks: WorkflowTask[] = [];
  const suggestions: WorkflowSuggestion[] = [];
  for (const effect of rule.effects) {
    const result = EFFECTS[effect](facts);
    tasks.push(...result.tasks);
    suggestions.push(...result.suggestions);
  }
  return { ok: true, kind: rule.kind, needsApproval: rule.needsApproval, tasks, suggestions };
}
