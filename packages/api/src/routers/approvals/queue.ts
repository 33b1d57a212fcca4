import { caseApprovals, cases, people } from "@kelias/db";
import { can, caseScope } from "@kelias/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { casePersonName, caseSummary } from "../../case-summary";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";
import { approvalRequest, requester } from "../../workflow/approval-request";

/** The longest queue shown at once; the oldest requests come first. */
const QUEUE_LIMIT = 200;

/**
 * Everything waiting for the actor's decision in the programmes they manage, oldest first, with
 * what a manager needs to decide from the queue. Decisions go through `case.workflow.decideApproval`,
 * which checks each one again on its case.
 */
export const queue = authedProcedure
  .meta({ action: "approval.list" })
  .input(z.void())
  .query(async ({ ctx }) => {
    if (!can(ctx.user, { kind: "approval.list" })) return deny(ctx, ctx.action, "FORBIDDEN");
    const scope = caseScope(ctx.user, "access");
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
              ...approvalRequest,
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
    await recordAllowed(ctx.db, ctx, "approvals.queue", null, { caseIds: rows.map((r) => r.caseId) });
    return rows.map((row) => ({
      ...row,
      /** The requester cannot decide their own request. */
      ownRequest: row.requestedById === ctx.user.id,
    }));
  });
