import { caseApprovals, caseStateHistory, cases, caseWorkflowTasks, type Executor } from "@kelias/db";
import { TERMINAL_STATES, type TransitionKind, type WorkflowTask } from "@kelias/domain";
import { and, eq, ne } from "drizzle-orm";
import { claimVersion } from "../concurrency";

/** One step of a move, as the domain allowed it (`checkTransition`, `planPath`). */
export interface MoveStep {
  to: string;
  kind: TransitionKind;
}

export interface CaseMove {
  /** The case as it was read: where the move starts from. */
  case: { id: string; state: string };
  /** The case version the mover saw: a case changed meanwhile is not moved (`StaleVersion`). */
  version: number;
  /**
   * The states the case passes, in order; usually one. Empty when a planned path found nothing to
   * do: then the case is not claimed and only the tasks are created.
   */
  steps: readonly MoveStep[];
  reason: string;
  /** Who asked for the move (the requester, when a manager approved it). */
  movedBy: string;
  /** The approval the move applies, if it needed one. */
  approvalId: string | null;
  /** The tasks the move brings, tied to its last step. */
  tasks: readonly WorkflowTask[];
  at: Date;
}

export interface MovedCase {
  state: string;
  /** The case's version after the move (unchanged when nothing moved). */
  version: number;
  /** The state-history rows written, one per step. */
  historyIds: string[];
  /** Approvals that waited and that the move left with nothing to approve. */
  cancelledApprovalIds: string[];
}

/**
 * The one writer of a case's workflow state: claims the case version and sets the state (and the
 * closing date: a terminal state closes the case, leaving one opens it again), records each step in
 * the state history, creates the tasks the move brings and cancels any other approval waiting,
 * which asked to move the case from a state it has left. Runs inside the caller's transaction; the
 * caller audits its own action there.
 */
export async function moveCase(tx: Executor, actorId: string, move: CaseMove): Promise<MovedCase> {
  const last = move.steps.at(-1);
  let version = move.version;
  const historyIds: string[] = [];
  let cancelledApprovalIds: string[] = [];
  if (last) {
    version = await claimVersion(tx, cases, move.case.id, move.version, {
      state: last.to,
      closedAt: TERMINAL_STATES.has(last.to) ? move.at : null,
      updatedAt: move.at,
    });
    let from = move.case.state;
    for (const step of move.steps) {
      const [history] = await tx
        .insert(caseStateHistory)
        .values({
          caseId: move.case.id,
          fromState: from,
          toState: step.to,
          kind: step.kind,
          reason: move.reason,
          movedBy: move.movedBy,
          approvalId: move.approvalId,
          at: move.at,
        })
        .returning({ id: caseStateHistory.id });
      if (!history) throw new Error("state history insert returned nothing");
      historyIds.push(history.id);
      from = step.to;
    }
    const cancelled = await tx
      .update(caseApprovals)
      .set({
        status: "cancelled",
        decidedBy: actorId,
        decidedAt: move.at,
        decisionReason: `moved to ${last.to}`,
      })
      .where(
        and(
          eq(caseApprovals.caseId, move.case.id),
          eq(caseApprovals.status, "pending"),
          move.approvalId ? ne(caseApprovals.id, move.approvalId) : undefined,
        ),
      )
      .returning({ id: caseApprovals.id });
    cancelledApprovalIds = cancelled.map((c) => c.id);
  }
  if (move.tasks.length > 0) {
    await tx.insert(caseWorkflowTasks).values(
      move.tasks.map((task) => ({
        caseId: move.case.id,
        kind: task.kind,
        dueDate: task.dueDate,
        historyId: historyIds.at(-1) ?? null,
        createdBy: actorId,
        createdAt: move.at,
      })),
    );
  }
  return { state: last?.to ?? move.case.state, version, historyIds, cancelledApprovalIds };
}
