import { caseApprovals, cases } from "@kelias/db";
import {
  can,
  caseWithdrawApprovalInput,
  type WorkflowRefusalReason,
  type WorkflowTask,
} from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, requireVersion, StaleVersion } from "../../../concurrency";
import { approvalProcedure, refuseNotPending } from "../../../workflow/approval-procedure";

/**
 * The person who asked for a move withdraws the request while it waits: the case stays where it
 * is and the request is kept as cancelled, with who withdrew it, when and why. Only the requester
 * (`case.approval.withdraw`), against the case version they were shown; a request decided or
 * cancelled meanwhile cannot be withdrawn.
 */
export const withdrawApproval = approvalProcedure("case.update", caseWithdrawApprovalInput)
  .meta({ action: "case.approval.withdraw" })
  .mutation(async ({ ctx, input }) => {
    const { approval } = ctx;
    const { row, facts } = ctx.case;
    const target = caseTarget(row.id);
    if (!can(ctx.user, { kind: "case.approval.withdraw", case: facts, requestedBy: approval.requestedBy })) {
      return deny(ctx, ctx.action, "FORBIDDEN", target, "not_own_request" satisfies WorkflowRefusalReason);
    }
    if (approval.status !== "pending") {
      return refuseNotPending(ctx, target);
    }
    requireVersion(row.version, input.version);
    return ctx.db.transaction(async (tx) => {
      // The case version orders every change of its workflow: a decision made meanwhile bumped it.
      const version = await claimVersion(tx, cases, row.id, input.version);
      const [withdrawn] = await tx
        .update(caseApprovals)
        .set({
          status: "cancelled",
          decidedBy: ctx.user.id,
          decidedAt: new Date(),
          decisionReason: input.reason,
        })
        .where(and(eq(caseApprovals.id, approval.id), eq(caseApprovals.status, "pending")))
        .returning({ id: caseApprovals.id });
      // Unreachable while every change of an approval claims the case version first; refused as stale if not.
      if (!withdrawn) throw new StaleVersion();
      await recordAllowed(tx, ctx, "case.workflow.withdrawApproval", target, {
        approvalId: approval.id,
        from: approval.fromState,
        to: approval.toState,
      });
      return { id: row.id, version, state: row.state, tasks: [] as WorkflowTask[] };
    });
  });
