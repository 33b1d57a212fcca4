import { CASE_STATES, type Programme, type TransitionKind, WORKFLOWS } from "@kelias/domain";
import type { Executor } from "../audit";
import { caseApprovals, caseStateHistory } from "../schema";

/** One move of a demo case's history, as the workflow defines it. */
export interface DemoMove {
  from: string;
  to: string;
  kind: TransitionKind;
  needsApproval: boolean;
  reasonRequired: boolean;
}

/**
 * The moves that brought a case from its programme's first state to `state`: the usual course
 * (advances only) where one leads there, else the shortest way the workflow allows (a withdrawal,
 * a refusal, an early closing), never going back or reopening. Empty for the first state.
 */
export function demoStatePath(programme: Programme, state: string): DemoMove[] {
  const first = CASE_STATES[programme][0];
  const rules = WORKFLOWS[programme].transitions.filter((t) => t.kind !== "back" && t.kind !== "reopen");
  const search = (allowed: typeof rules): DemoMove[] | null => {
    const previous = new Map<string, (typeof rules)[number]>();
    const queue: string[] = [first];
    const seen = new Set<string>([first]);
    while (queue.length > 0) {
      const at = queue.shift() as string;
      if (at === state) break;
      for (const rule of allowed.filter((r) => r.from === at && !seen.has(r.to))) {
        seen.add(rule.to);
        previous.set(rule.to, rule);
        queue.push(rule.to);
      }
    }
    if (state !== first && !previous.has(state)) return null;
    const path: DemoMove[] = [];
    for (let to = state; to !== first; ) {
      const rule = previous.get(to);
      if (!rule) return null;
      path.unshift({
        from: rule.from,
        to: rule.to,
        kind: rule.kind,
        needsApproval: rule.needsApproval,
        reasonRequired: rule.reasonRequired,
      });
      to = rule.from;
    }
    return path;
  };
  const path = search(rules.filter((r) => r.kind === "advance")) ?? search(rules);
  if (!path) throw new Error(`${programme}: no demo path to ${state}`);
  return path;
}

/** Why a demo case made a move that needs a reason. */
const DEMO_REASONS: Partial<Record<TransitionKind, string>> = {
  withdraw: "The person decided not to continue.",
  refuse: "Does not meet the programme's criteria.",
  close_early: "Closed before the usual course was finished: the person could not be reached.",
};

export interface DemoHistoryCase {
  caseId: string;
  programme: Programme;
  state: string;
  ownerId: string;
  /** Who approved the moves that need a manager's approval. */
  managerId: string;
  openedAt: Date;
  /** When the case was closed (its last move), for a case in a terminal state. */
  closedAt: Date | null;
  now: Date;
  /**
   * When the case entered some states, fixed by other demo records (the screening opened, the
   * identification decided, the arrival date): the other moves are spread between them.
   */
  enteredAt?: Partial<Record<string, Date>>;
}

const MINUTE = 60_000;

/**
 * The state history of a demo case, written as the workflow would have: one row per move from the
 * programme's first state to the case's state, at increasing times between its opening and its
 * closing (or now), a reason where the move needs one, and an approved request, decided by a
 * manager, for each move that needs approval. Without it the reports that count moves (AVRR
 * departures, presumed victims, contract checks) would contradict the cases standing in those
 * states. Answers when the case entered its present state (for a closed case, when it closed).
 */
export async function seedStateHistory(tx: Executor, c: DemoHistoryCase): Promise<Date> {
  const path = demoStatePath(c.programme, c.state);
  if (path.length === 0) return c.openedAt;
  // Known times by position: 0 the opening, k the k-th move; an open case's moves end before now.
  const known: (number | undefined)[] = [
    c.openedAt.getTime(),
    ...path.map((m) => c.enteredAt?.[m.to]?.getTime()),
  ];
  const lastIndex = path.length;
  // A closed case's last move closed it, unless another record dates that move (then it closed then).
  if (c.closedAt && known[lastIndex] === undefined) known[lastIndex] = c.closedAt.getTime();
  const end = c.closedAt ? c.closedAt.getTime() : c.now.getTime();
  const times: number[] = [c.openedAt.getTime()];
  for (let k = 1; k <= lastIndex; k++) {
    let at = known[k];
    if (at === undefined) {
      const before = times[k - 1] as number;
      let next = k + 1;
      while (next <= lastIndex && known[next] === undefined) next++;
      // An open case's last move: some time before now, so that the state has lasted a while.
      const limit = next <= lastIndex ? (known[next] as number) : end;
      at = before + (limit - before) / (next - (k - 1));
    }
    // Strictly after the move before it, and never after now.
    times.push(Math.min(c.now.getTime(), Math.max(at, (times[k - 1] as number) + MINUTE)));
  }
  for (const [index, move] of path.entries()) {
    const at = new Date(times[index + 1] as number);
    const reason = move.reasonRequired ? (DEMO_REASONS[move.kind] ?? "") : "";
    let approvalId: string | null = null;
    if (move.needsApproval) {
      const askedAt = new Date(Math.max(times[index] as number, at.getTime() - 2 * 24 * 60 * MINUTE));
      const [approval] = await tx
        .insert(caseApprovals)
        .values({
          caseId: c.caseId,
          fromState: move.from,
          toState: move.to,
          kind: move.kind,
          reason,
          requestedBy: c.ownerId,
          requestedAt: askedAt,
          status: "approved",
          decidedBy: c.managerId,
          decidedAt: at,
        })
        .returning({ id: caseApprovals.id });
      approvalId = approval?.id ?? null;
    }
    await tx.insert(caseStateHistory).values({
      caseId: c.caseId,
      fromState: move.from,
      toState: move.to,
      kind: move.kind,
      reason,
      movedBy: c.ownerId,
      approvalId,
      at,
    });
  }
  return new Date(times[lastIndex] as number);
}
