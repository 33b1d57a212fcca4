import { CASE_STATES, type CaseState, type Programme } from "../programmes";
import type {
  EffectId,
  FamilyStep,
  GuardId,
  TransitionKind,
  TransitionRule,
  WorkflowDefinition,
} from "./types";

interface RuleOptions {
  guards?: readonly GuardId[];
  needsApproval?: boolean;
  reasonRequired?: boolean;
  effects?: readonly EffectId[];
}

function rule<S extends string>(
  from: S,
  to: S,
  kind: TransitionKind,
  options: RuleOptions,
): TransitionRule<S> {
  return {
    from,
    to,
    kind,
    guards: options.guards ?? [],
    needsApproval: options.needsApproval ?? false,
    reasonRequired: options.reasonRequired ?? false,
    effects: options.effects ?? [],
  };
}

/** The usual next step. */
export const advance = <S extends string>(from: S, to: S, options: RuleOptions = {}) =>
  rule(from, to, "advance", options);

/** Back to an earlier step. */
export const back = <S extends string>(from: S, to: S, options: RuleOptions = {}) =>
  rule(from, to, "back", options);

/** The person withdraws; always with a reason, never subject to anyone's approval. */
export const withdraw = <S extends string>(froms: readonly S[], to: S) =>
  froms.map((from) => rule(from, to, "withdraw", { reasonRequired: true }));

/** The office decides the case does not belong to the programme; always with a reason. */
export const refuse = <S extends string>(from: S, to: S, options: RuleOptions = {}) =>
  rule(from, to, "refuse", { ...options, reasonRequired: true });

/** Closing before the usual course is finished; always with a reason. */
export const closeEarly = <S extends string>(froms: readonly S[], to: S, options: RuleOptions = {}) =>
  froms.map((from) => rule(from, to, "close_early", { ...options, reasonRequired: true }));

/**
 * Assembles a workflow: its edges, plus one reopening per terminal state listed in `reopen` (terminal
 * state → the state the case goes back to), each needing a manager's approval and a reason, and the
 * edges a family takes together (`familySteps`, `[from, to]` pairs, each one of the edges).
 */
export function defineWorkflow<P extends Programme>(
  programme: P,
  transitions: readonly TransitionRule<CaseState<P>>[],
  reopen: Partial<Record<CaseState<P>, CaseState<P>>>,
  familySteps: readonly (readonly [CaseState<P>, CaseState<P>])[] = [],
): WorkflowDefinition<P> {
  const reopenings = (Object.entries(reopen) as [CaseState<P>, CaseState<P>][]).map(([from, to]) =>
    rule(from, to, "reopen", { needsApproval: true, reasonRequired: true }),
  );
  const all = [...transitions, ...reopenings];
  const states: readonly string[] = CASE_STATES[programme];
  const seen = new Set<string>();
  for (const t of all) {
    // Fail at import, not in production: a workflow must only name its programme's states, once each.
    if (!states.includes(t.from) || !states.includes(t.to) || t.from === t.to) {
      throw new Error(`${programme}: bad transition ${t.from} → ${t.to}`);
    }
    const key = `${t.from}→${t.to}`;
    if (seen.has(key)) throw new Error(`${programme}: duplicate transition ${key}`);
    seen.add(key);
  }
  const shared: FamilyStep<CaseState<P>>[] = familySteps.map(([from, to]) => {
    if (!seen.has(`${from}→${to}`))
      throw new Error(`${programme}: family step ${from} → ${to} is no transition`);
    return { from, to };
  });
  return { programme, transitions: all, familySteps: shared };
}
