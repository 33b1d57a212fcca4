import { caseApprovals, caseStateHistory, caseWorkflowTasks, users } from "@kelias/db";
import {
  can,
  caseWorkflowInput,
  checkTransition,
  offeredTransitions,
  standingSuggestions,
  TERMINAL_STATES,
  WORKFLOW_FACT_FIELDS,
} from "@kelias/domain";
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { approvalRequest, requester } from "../../../workflow/approval-request";
import { guardFacts } from "../../../workflow/guard-facts";

const decider = alias(users, "decider");

/**
 * The workflow of a case as the actor may act on it: state, recorded facts, the transitions they
 * may ask for (only for those who may change the case) with what blocks each, the approval
 * waiting, the history of moves and the tasks the workflow created.
 */
export const get = caseProcedure("case.read", caseWorkflowInput).query(async ({ ctx }) => {
  const { row, facts: caseFacts } = ctx.case;
  const mayUpdate = can(ctx.user, { kind: "case.update", case: caseFacts });
  const mayApprove = can(ctx.user, { kind: "case.approve", case: caseFacts });
  const [guard, pending, history, tasks, decisions] = await Promise.all([
    guardFacts(ctx.db, row.id),
    ctx.db
      .select({
        id: caseApprovals.id,
        ...approvalRequest,
      })
      .from(caseApprovals)
      .innerJoin(requester, eq(requester.id, caseApprovals.requestedBy))
      .where(and(eq(caseApprovals.caseId, row.id), eq(caseApprovals.status, "pending")))
      .limit(1),
    ctx.db
      .select({
        id: caseStateHistory.id,
        fromState: caseStateHistory.fromState,
        toState: caseStateHistory.toState,
        kind: caseStateHistory.kind,
        reason: caseStateHistory.reason,
        movedByName: users.name,
        approvedByName: decider.name,
        at: caseStateHistory.at,
      })
      .from(caseStateHistory)
      .innerJoin(users, eq(users.id, caseStateHistory.movedBy))
      .leftJoin(caseApprovals, eq(caseApprovals.id, caseStateHistory.approvalId))
      .leftJoin(decider, eq(decider.id, caseApprovals.decidedBy))
      .where(eq(caseStateHistory.caseId, row.id))
      .orderBy(desc(caseStateHistory.at)),
    ctx.db
      .select({
        id: caseWorkflowTasks.id,
        kind: caseWorkflowTasks.kind,
        dueDate: caseWorkflowTasks.dueDate,
        doneAt: caseWorkflowTasks.doneAt,
        historyId: caseWorkflowTasks.historyId,
      })
      .from(caseWorkflowTasks)
      .where(eq(caseWorkflowTasks.caseId, row.id))
      .orderBy(asc(caseWorkflowTasks.dueDate), asc(caseWorkflowTasks.kind)),
    ctx.db
      .select({
        id: caseApprovals.id,
        fromState: caseApprovals.fromState,
        toState: caseApprovals.toState,
        status: caseApprovals.status,
        requestedByName: requester.name,
        decidedByName: decider.name,
        decidedAt: caseApprovals.decidedAt,
        decisionReason: caseApprovals.decisionReason,
      })
      .from(caseApprovals)
      .innerJoin(requester, eq(requester.id, caseApprovals.requestedBy))
      .leftJoin(decider, eq(decider.id, caseApprovals.decidedBy))
      .where(and(eq(caseApprovals.caseId, row.id), eq(caseApprovals.status, "rejected")))
      .orderBy(desc(caseApprovals.decidedAt))
      .limit(1),
  ]);
  const waiting = pending[0] ?? null;
  const lastRejection = decisions[0];
  await recordAllowed(ctx.db, ctx, "case.workflow.get", caseTarget(row.id), {});
  // The guards as they stand now: an approval applies the move only if they still pass.
  const waitingCheck = waiting
    ? checkTransition(row.programme, row.state, waiting.toState, guard.facts, { reason: waiting.reason })
    : null;
  return {
    caseId: row.id,
    personId: row.personId,
    programme: row.programme,
    state: row.state,
    version: row.version,
    terminal: TERMINAL_STATES.has(row.state),
    facts: guard.recorded,
    factFields: [...WORKFLOW_FACT_FIELDS[row.programme]],
    unsafeDestinationsAvailable: guard.unsafeAvailable,
    transitions: mayUpdate ? offeredTransitions(row.programme, row.state, guard.facts, waiting !== null) : [],
    pending: waiting
      ? {
          id: waiting.id,
          fromState: waiting.fromState,
          toState: waiting.toState,
          kind: waiting.kind,
          reason: waiting.reason,
          requestedByName: waiting.requestedByName,
          requestedAt: waiting.requestedAt,
          blocked: waitingCheck && !waitingCheck.ok ? waitingCheck.errors : [],
        }
      : null,
    /** The latest rejection, while the case still stands where it was asked to move from. */
    lastRejection: lastRejection && !waiting && lastRejection.fromState === row.state ? lastRejection : null,
    history,
    tasks,
    suggestions: standingSuggestions(row.programme, guard.facts),
    permissions: {
      update: mayUpdate,
      /** A manager of the programme, who did not ask for the approval themselves. */
      approve: mayApprove && waiting !== null && waiting.requestedById !== ctx.user.id,
      ownRequest: waiting !== null && waiting.requestedById === ctx.user.id,
      /** A manager of the programme (who asked, then another manager decides). */
      managesProgramme: mayApprove,
      /** The person who asked, while they work on the case: may withdraw the request. */
      withdraw:
        waiting !== null &&
        can(ctx.user, {
          kind: "case.approval.withdraw",
          case: caseFacts,
          requestedBy: waiting.requestedById,
        }),
      openScreening: can(ctx.user, { kind: "case.create", programme: "counter_trafficking" }),
    },
  };
});
