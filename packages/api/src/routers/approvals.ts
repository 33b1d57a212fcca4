import { appendAudit, caseApprovals, caseAssignments, caseHandovers, cases, people, users } from "@kelias/db";
import { bulkReassignInput, caseScope } from "@kelias/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { authorize, deny, refuseStale } from "../authorize";
import { type LoadedCase, requireCase } from "../case-access";
import { casePersonName, caseSummary } from "../case-summary";
import { caseScopeSql } from "../scope";
import { authedProcedure, router } from "../trpc";
import { claimVersion, eligibleAssignee } from "./case-team";

const requester = alias(users, "requester");
/** Thrown inside the transaction so that the cases already moved are rolled back with it. */
class StaleVersion extends Error {}

/** The longest queue shown at once; the oldest requests come first. */
const QUEUE_LIMIT = 200;

export const approvalsRouter = router({
  /**
   * Everything waiting for the actor's decision in the programmes they manage, oldest first, with
   * what a manager needs to decide from the queue. Decisions go through `case.decideApproval`,
   * which checks each one again on its case.
   */
  queue: authedProcedure
    .meta({ action: "approval.list" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "approval.list" });
      const scope = caseScope(ctx.user);
      const managed = scope.managedProgrammes;
      const rows =
        managed.length === 0
          ? []
          : await ctx.db
              .select({
                approvalId: caseApprovals.id,
                caseId: cases.id,
                caseVersion: cases.version,
                ...caseSummary,
                ...casePersonName,
                fromState: caseApprovals.fromState,
                toState: caseApprovals.toState,
                kind: caseApprovals.kind,
                reason: caseApprovals.reason,
                requestedById: caseApprovals.requestedBy,
                requestedByName: requester.name,
                requestedAt: caseApprovals.requestedAt,
              })
              .from(caseApprovals)
              .innerJoin(cases, eq(cases.id, caseApprovals.caseId))
              .innerJoin(people, eq(people.id, cases.personId))
              .innerJoin(requester, eq(requester.id, caseApprovals.requestedBy))
              .where(
                and(
                  eq(caseApprovals.status, "pending"),
                  caseScopeSql(ctx, scope),
                  inArray(cases.programme, [...managed]),
                ),
              )
              .orderBy(asc(caseApprovals.requestedAt))
              .limit(QUEUE_LIMIT);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "approval.list",
        outcome: "allowed",
        ip: ctx.ip,
        detail: { caseIds: rows.map((r) => r.caseId) },
      });
      return rows.map((row) => ({
        ...row,
        /** The requester cannot decide their own request. */
        ownRequest: row.requestedById === ctx.user.id,
      }));
    }),

  /**
   * Moves a set of cases from one caseworker to another in one transaction, with a handover note
   * on each case and an audit entry per case. The owner's cases change owner; where the person was
   * a co-worker, the new person becomes co-worker. Any case out of scope, changed meanwhile or not
   * worked on by the person refuses the whole move.
   */
  bulkReassign: authedProcedure
    .meta({ action: "case.assign" })
    .input(bulkReassignInput)
    .mutation(async ({ ctx, input }) => {
      const loaded: LoadedCase[] = [];
      for (const { caseId, version } of input.cases) {
        const found = await requireCase(ctx, caseId, "case.assign");
        const target = { entityType: "case", entityId: caseId };
        if (found.row.version !== version) {
          return refuseStale(ctx, "case.bulkReassign", target);
        }
        if (!found.facts.assigneeIds.includes(input.fromUserId)) {
          return deny(ctx, "case.bulkReassign", "BAD_REQUEST", target, "not_assigned");
        }
        if (!(await eligibleAssignee(ctx, input.toUserId, found.row.programme))) {
          return deny(ctx, "case.bulkReassign", "BAD_REQUEST", target, "assignee_not_eligible");
        }
        loaded.push(found);
      }
      const versions = new Map(input.cases.map((c) => [c.caseId, c.version]));
      const move = ctx.db.transaction(async (tx) => {
        const moved: { id: string; version: number }[] = [];
        for (const { row, facts } of loaded) {
          const version = versions.get(row.id) ?? 0;
          const asOwner = row.ownerId === input.fromUserId;
          const set = asOwner ? { ownerId: input.toUserId } : {};
          if (!(await claimVersion(tx, row.id, version, set))) throw new StaleVersion();
          await tx
            .delete(caseAssignments)
            .where(and(eq(caseAssignments.caseId, row.id), eq(caseAssignments.userId, input.fromUserId)));
          if (asOwner) {
            await tx
              .insert(caseAssignments)
              .values({ caseId: row.id, userId: input.toUserId, kind: "owner" })
              .onConflictDoUpdate({
                target: [caseAssignments.caseId, caseAssignments.userId],
                set: { kind: "owner", assignedAt: new Date() },
              });
          } else if (!facts.assigneeIds.includes(input.toUserId)) {
            await tx.insert(caseAssignments).values({ caseId: row.id, userId: input.toUserId, kind: "co" });
          }
          await tx.insert(caseHandovers).values(
            asOwner
              ? [
                  {
                    caseId: row.id,
                    kind: "owner" as const,
                    fromUserId: input.fromUserId,
                    toUserId: input.toUserId,
                    note: input.note,
                    createdBy: ctx.user.id,
                  },
                ]
              : [
                  {
                    caseId: row.id,
                    kind: "co_removed" as const,
                    fromUserId: input.fromUserId,
                    note: input.note,
                    createdBy: ctx.user.id,
                  },
                  {
                    caseId: row.id,
                    kind: "co_added" as const,
                    toUserId: input.toUserId,
                    note: input.note,
                    createdBy: ctx.user.id,
                  },
                ],
          );
          await appendAudit(tx, {
            actorId: ctx.user.id,
            action: "case.assign",
            outcome: "allowed",
            entityType: "case",
            entityId: row.id,
            ip: ctx.ip,
            detail: {
              bulk: true,
              as: asOwner ? "owner" : "co",
              fromUserId: input.fromUserId,
              userId: input.toUserId,
            },
          });
          moved.push({ id: row.id, version: version + 1 });
        }
        return moved;
      });
      try {
        return { cases: await move };
      } catch (error) {
        if (!(error instanceof StaleVersion)) throw error;
        return refuseStale(ctx, "case.bulkReassign", { entityType: "case" });
      }
    }),
});
