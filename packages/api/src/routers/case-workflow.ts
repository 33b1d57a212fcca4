import {
  appendAudit,
  caseApprovals,
  caseStateHistory,
  cases,
  caseWorkflowFacts,
  caseWorkflowTasks,
  type Executor,
  unsafeDestinationList,
  unsafeDestinations,
  users,
} from "@kelias/db";
import {
  type AvailableTransition,
  availableTransitions,
  can,
  caseDecideApprovalInput,
  caseTransitionInput,
  caseWorkflowFactsInput,
  caseWorkflowInput,
  checkTransition,
  EMPTY_WORKFLOW_FACTS,
  factsOf,
  foreignFactFields,
  type Programme,
  type RecordedWorkflowFacts,
  TERMINAL_STATES,
  type TransitionKind,
  WORKFLOW_FACT_FIELDS,
  type WorkflowRefusalReason,
  type WorkflowSuggestion,
  type WorkflowTask,
  workflowFacts,
} from "@kelias/domain";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { deny, refuseStale, STALE } from "../authorize";
import { requireCase } from "../case-access";
import { refuseWithReasons } from "../refusal-reasons";
import { authedProcedure } from "../trpc";

const PENDING = Symbol("approval pending");

type CaseRow = typeof cases.$inferSelect;

/** Bumps the case's version if it is still the one the user saw; false when someone changed it meanwhile. */
async function claimVersion(
  tx: Executor,
  caseId: string,
  version: number,
  set: Partial<typeof cases.$inferInsert> = {},
): Promise<boolean> {
  const updated = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, caseId), eq(cases.version, version)))
    .returning({ id: cases.id });
  return updated.length === 1;
}

/** What has been recorded for the case's workflow (nothing yet: every fact missing). */
export async function recordedFacts(db: Executor, caseId: string): Promise<RecordedWorkflowFacts> {
  const [row] = await db
    .select()
    .from(caseWorkflowFacts)
    .where(eq(caseWorkflowFacts.caseId, caseId))
    .limit(1);
  if (!row) return { ...EMPTY_WORKFLOW_FACTS };
  return {
    eligibilityCriterion: row.eligibilityCriterion,
    voluntaryDecisionRecorded: row.voluntaryDecisionRecorded,
    destinationCountry: row.destinationCountry,
    travelDocumentsRecorded: row.travelDocumentsRecorded,
    ticketRecorded: row.ticketRecorded,
    arrivalDate: row.arrivalDate,
    vulnerabilityCategories: row.vulnerabilityCategories,
    durableSolutionKind: row.durableSolutionKind,
    contractRedFlags: row.contractRedFlags,
  };
}

/** The unsafe-destinations list in force, or null when there is none (the guards then refuse). */
export async function unsafeDestinationCodes(db: Executor): Promise<string[] | null> {
  const [list] = await db.select({ id: unsafeDestinationList.id }).from(unsafeDestinationList).limit(1);
  if (!list) return null;
  const rows = await db
    .select({ code: unsafeDestinations.countryCode })
    .from(unsafeDestinations)
    .orderBy(asc(unsafeDestinations.countryCode));
  return rows.map((r) => r.code);
}

async function guardFacts(db: Executor, caseId: string) {
  const [recorded, unsafe] = await Promise.all([recordedFacts(db, caseId), unsafeDestinationCodes(db)]);
  return { recorded, facts: workflowFacts(recorded, unsafe), unsafeAvailable: unsafe !== null };
}

async function pendingApproval(db: Executor, caseId: string) {
  const [row] = await db
    .select()
    .from(caseApprovals)
    .where(and(eq(caseApprovals.caseId, caseId), eq(caseApprovals.status, "pending")))
    .limit(1);
  return row ?? null;
}

interface Move {
  row: CaseRow;
  version: number;
  to: string;
  kind: TransitionKind;
  reason: string;
  movedBy: string;
  approvalId: string | null;
  tasks: WorkflowTask[];
}

/**
 * Moves the case (state, closing date, version), records the move in the state history and creates
 * the tasks it brings. False when the version is no longer the one the user saw.
 */
async function applyMove(tx: Executor, actorId: string, move: Move): Promise<boolean> {
  const now = new Date();
  const closing = TERMINAL_STATES.has(move.to);
  const claimed = await claimVersion(tx, move.row.id, move.version, {
    state: move.to,
    // Terminal: closed now; leaving a terminal state (a reopening): open again.
    closedAt: closing ? now : null,
  });
  if (!claimed) return false;
  const [history] = await tx
    .insert(caseStateHistory)
    .values({
      caseId: move.row.id,
      fromState: move.row.state,
      toState: move.to,
      kind: move.kind,
      reason: move.reason,
      movedBy: move.movedBy,
      approvalId: move.approvalId,
      at: now,
    })
    .returning({ id: caseStateHistory.id });
  if (move.tasks.length > 0) {
    await tx.insert(caseWorkflowTasks).values(
      move.tasks.map((task) => ({
        caseId: move.row.id,
        kind: task.kind,
        dueDate: task.dueDate,
        historyId: history?.id ?? null,
        createdBy: actorId,
        createdAt: now,
      })),
    );
  }
  return true;
}

/** Labour migration: red flags in the contract check suggest a counter-trafficking screening. */
function standingSuggestions(programme: Programme, recorded: RecordedWorkflowFacts): WorkflowSuggestion[] {
  if (programme !== "labour_migration" || recorded.contractRedFlags.length === 0) return [];
  return [{ kind: "open_trafficking_screening", redFlags: [...recorded.contractRedFlags] }];
}

const requester = alias(users, "requester");
const decider = alias(users, "decider");

export const caseWorkflowProcedures = {
  /**
   * The workflow of a case as the actor may act on it: state, recorded facts, the transitions they
   * may ask for (only for those who may change the case) with what blocks each, the approval
   * waiting, the history of moves and the tasks the workflow created.
   */
  workflow: authedProcedure
    .meta({ action: "case.read" })
    .input(caseWorkflowInput)
    .query(async ({ ctx, input }) => {
      const { row, facts: caseFacts } = await requireCase(ctx, input.caseId, "case.read");
      const mayUpdate = can(ctx.user, { kind: "case.update", case: caseFacts });
      const mayApprove = can(ctx.user, { kind: "case.approve", case: caseFacts });
      const [guard, pending, history, tasks, decisions] = await Promise.all([
        guardFacts(ctx.db, row.id),
        ctx.db
          .select({
            id: caseApprovals.id,
            fromState: caseApprovals.fromState,
            toState: caseApprovals.toState,
            kind: caseApprovals.kind,
            reason: caseApprovals.reason,
            requestedById: caseApprovals.requestedBy,
            requestedByName: users.name,
            requestedAt: caseApprovals.requestedAt,
          })
          .from(caseApprovals)
          .innerJoin(users, eq(users.id, caseApprovals.requestedBy))
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
      const transitions: (Omit<AvailableTransition, "blocked"> & { blocked: string[] })[] = mayUpdate
        ? availableTransitions(row.programme, row.state, guard.facts).map((t) => {
            // Only one approval waits at a time: those needing one are blocked until it is decided.
            const blocked: string[] = [...t.blocked];
            if (waiting && t.needsApproval) blocked.push("approval_pending" satisfies WorkflowRefusalReason);
            return { ...t, blocked, allowed: blocked.length === 0 };
          })
        : [];
      const lastRejection = decisions[0];
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "case.workflow",
        outcome: "allowed",
        entityType: "case",
        entityId: row.id,
        ip: ctx.ip,
      });
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
        transitions,
        pending: waiting
          ? {
              id: waiting.id,
              fromState: waiting.fromState,
              toState: waiting.toState,
              kind: waiting.kind,
              reason: waiting.reason,
              requestedByName: waiting.requestedByName,
              requestedAt: waiting.requestedAt,
              /** The guards as they stand now: an approval applies the move only if they still pass. */
              blocked: (() => {
                const check = checkTransition(row.programme, row.state, waiting.toState, guard.facts, {
                  reason: waiting.reason,
                });
                return check.ok ? [] : check.errors;
              })(),
            }
          : null,
        /** The latest rejection, while the case still stands where it was asked to move from. */
        lastRejection:
          lastRejection && !waiting && lastRejection.fromState === row.state ? lastRejection : null,
        history,
        tasks,
        suggestions: standingSuggestions(row.programme, guard.recorded),
        permissions: {
          update: mayUpdate,
          /** A manager of the programme, who did not ask for the approval themselves. */
          approve: mayApprove && waiting !== null && waiting.requestedById !== ctx.user.id,
          ownRequest: waiting !== null && waiting.requestedById === ctx.user.id,
          openScreening: can(ctx.user, { kind: "case.create", programme: "counter_trafficking" }),
        },
      };
    }),

  /** Records workflow facts: the fields given are replaced, the others kept. */
  setWorkflowFacts: authedProcedure
    .meta({ action: "case.update" })
    .input(caseWorkflowFactsInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = { entityType: "case", entityId: row.id };
      const given = factsOf(input);
      if (foreignFactFields(row.programme, given).length > 0) {
        return deny(
          ctx,
          "case.setWorkflowFacts",
          "BAD_REQUEST",
          target,
          "facts_not_for_programme" satisfies WorkflowRefusalReason,
        );
      }
      const patch = Object.fromEntries(
        Object.entries(given).filter(([, value]) => value !== undefined),
      ) as Partial<RecordedWorkflowFacts>;
      const now = new Date();
      const result = await ctx.db.transaction(async (tx) => {
        if (!(await claimVersion(tx, row.id, input.version))) return STALE;
        await tx
          .insert(caseWorkflowFacts)
          .values({ caseId: row.id, ...patch, updatedBy: ctx.user.id, updatedAt: now })
          .onConflictDoUpdate({
            target: caseWorkflowFacts.caseId,
            set: { ...patch, updatedBy: ctx.user.id, updatedAt: now },
          });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.setWorkflowFacts",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          // Which facts, not their values: some (vulnerability) are sensitive, and the log is kept for ever.
          detail: { fields: Object.keys(patch).sort() },
        });
        return { id: row.id, version: input.version + 1 };
      });
      if (result === STALE) return refuseStale(ctx, "case.setWorkflowFacts", target);
      return result;
    }),

  /**
   * Moves a case to another state of its workflow, or, for the moves that need a second pair of
   * eyes, asks the programme's managers to approve it. Refused moves answer BAD_REQUEST with every
   * reason at once (`data.reasons`; the message is the first).
   */
  transition: authedProcedure
    .meta({ action: "case.update" })
    .input(caseTransitionInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = { entityType: "case", entityId: row.id };
      if (row.version !== input.version) {
        return refuseStale(ctx, "case.transition", target);
      }
      const { facts } = await guardFacts(ctx.db, row.id);
      const check = checkTransition(row.programme, row.state, input.to, facts, { reason: input.reason });
      if (!check.ok) return refuseWithReasons(ctx, "case.transition", target, check.errors);
      const pending = await pendingApproval(ctx.db, row.id);
      if (check.needsApproval && pending) {
        return deny(
          ctx,
          "case.transition",
          "BAD_REQUEST",
          target,
          "approval_pending" satisfies WorkflowRefusalReason,
        );
      }
      const result = await ctx.db.transaction(async (tx) => {
        if (check.needsApproval) {
          // Checked before anything is written: returning from the transaction commits it.
          if (await pendingApproval(tx, row.id)) return PENDING;
          if (!(await claimVersion(tx, row.id, input.version))) return STALE;
          const [approval] = await tx
            .insert(caseApprovals)
            .values({
              caseId: row.id,
              fromState: row.state,
              toState: input.to,
              kind: check.kind,
              reason: input.reason,
              requestedBy: ctx.user.id,
            })
            .returning({ id: caseApprovals.id });
          if (!approval) throw new Error("approval insert returned nothing");
          await appendAudit(tx, {
            actorId: ctx.user.id,
            action: "case.transition",
            outcome: "allowed",
            ...target,
            ip: ctx.ip,
            detail: {
              from: row.state,
              to: input.to,
              kind: check.kind,
              approvalId: approval.id,
              pending: true,
            },
          });
          return {
            id: row.id,
            version: input.version + 1,
            state: row.state,
            approvalId: approval.id as string | null,
            tasks: [] as WorkflowTask[],
            suggestions: check.suggestions,
          };
        }
        const moved = await applyMove(tx, ctx.user.id, {
          row,
          version: input.version,
          to: input.to,
          kind: check.kind,
          reason: input.reason,
          movedBy: ctx.user.id,
          approvalId: null,
          tasks: check.tasks,
        });
        if (!moved) return STALE;
        // A move made while an approval waited (a withdrawal, say) leaves nothing to approve.
        const cancelled = await tx
          .update(caseApprovals)
          .set({
            status: "cancelled",
            decidedBy: ctx.user.id,
            decidedAt: new Date(),
            decisionReason: `moved to ${input.to}`,
          })
          .where(and(eq(caseApprovals.caseId, row.id), eq(caseApprovals.status, "pending")))
          .returning({ id: caseApprovals.id });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.transition",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: {
            from: row.state,
            to: input.to,
            kind: check.kind,
            tasks: check.tasks.map((t) => t.kind),
            ...(cancelled.length > 0 ? { cancelledApprovalIds: cancelled.map((c) => c.id) } : {}),
          },
        });
        return {
          id: row.id,
          version: input.version + 1,
          state: input.to,
          approvalId: null as string | null,
          tasks: check.tasks,
          suggestions: check.suggestions,
        };
      });
      if (result === STALE) return refuseStale(ctx, "case.transition", target);
      if (result === PENDING) {
        return deny(
          ctx,
          "case.transition",
          "BAD_REQUEST",
          target,
          "approval_pending" satisfies WorkflowRefusalReason,
        );
      }
      return result;
    }),

  /**
   * A manager of the programme approves (the move is applied, its guards checked again) or rejects
   * (the case stays where it is; a reason is required) a transition waiting for approval. The
   * person who asked cannot decide.
   */
  decideApproval: authedProcedure
    .meta({ action: "case.approve" })
    .input(caseDecideApprovalInput)
    .mutation(async ({ ctx, input }) => {
      const [approval] = await ctx.db
        .select()
        .from(caseApprovals)
        .where(eq(caseApprovals.id, input.approvalId))
        .limit(1);
      if (!approval) {
        return deny(ctx, "case.approve", "NOT_FOUND", { entityType: "approval", entityId: input.approvalId });
      }
      const { row } = await requireCase(ctx, approval.caseId, "case.approve");
      const target = { entityType: "case", entityId: row.id };
      if (row.version !== input.version) {
        return refuseStale(ctx, "case.decideApproval", target);
      }
      if (approval.status !== "pending" || approval.fromState !== row.state) {
        return deny(
          ctx,
          "case.decideApproval",
          "BAD_REQUEST",
          target,
          "approval_not_pending" satisfies WorkflowRefusalReason,
        );
      }
      if (approval.requestedBy === ctx.user.id) {
        return deny(
          ctx,
          "case.decideApproval",
          "FORBIDDEN",
          target,
          "own_request" satisfies WorkflowRefusalReason,
        );
      }
      const now = new Date();
      const decided = {
        decidedBy: ctx.user.id,
        decidedAt: now,
        decisionReason: input.reason,
      };
      if (!input.approve) {
        const result = await ctx.db.transaction(async (tx) => {
          if (!(await claimVersion(tx, row.id, input.version))) return STALE;
          await tx
            .update(caseApprovals)
            .set({ status: "rejected", ...decided })
            .where(eq(caseApprovals.id, approval.id));
          await appendAudit(tx, {
            actorId: ctx.user.id,
            action: "case.decideApproval",
            outcome: "allowed",
            ...target,
            ip: ctx.ip,
            detail: {
              approvalId: approval.id,
              approve: false,
              from: approval.fromState,
              to: approval.toState,
            },
          });
          return { id: row.id, version: input.version + 1, state: row.state, tasks: [] as WorkflowTask[] };
        });
        if (result === STALE) return refuseStale(ctx, "case.decideApproval", target);
        return result;
      }
      // The facts (and the unsafe-destinations list) may have changed since the request: check again.
      const { facts } = await guardFacts(ctx.db, row.id);
      const check = checkTransition(row.programme, row.state, approval.toState, facts, {
        reason: approval.reason,
      });
      if (!check.ok) return refuseWithReasons(ctx, "case.decideApproval", target, check.errors);
      const result = await ctx.db.transaction(async (tx) => {
        const moved = await applyMove(tx, ctx.user.id, {
          row,
          version: input.version,
          to: approval.toState,
          kind: check.kind,
          reason: approval.reason,
          movedBy: approval.requestedBy,
          approvalId: approval.id,
          tasks: check.tasks,
        });
        if (!moved) return STALE;
        await tx
          .update(caseApprovals)
          .set({ status: "approved", ...decided })
          .where(eq(caseApprovals.id, approval.id));
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.decideApproval",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: {
            approvalId: approval.id,
            approve: true,
            from: approval.fromState,
            to: approval.toState,
            tasks: check.tasks.map((t) => t.kind),
          },
        });
        return { id: row.id, version: input.version + 1, state: approval.toState, tasks: check.tasks };
      });
      if (result === STALE) return refuseStale(ctx, "case.decideApproval", target);
      return result;
    }),
};
