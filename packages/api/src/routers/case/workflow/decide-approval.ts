import { caseApprovals, cases } from "@kelias/db";
import {
  caseDecideApprovalInput,
  checkTransition,
  type WorkflowRefusalReason,
  type WorkflowTask,
} from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, requireVersion } from "../../../concurrency";
import { refuseWithReasons } from "../../../refusal-reasons";
import { approvalProcedure, refuseNotPending } from "../../../workflow/approval-procedure";
import { guardFacts } from "../../../workflow/guard-facts";
import { moveCase } from "../../../workflow/move-case";

/**
 * A manager of the programme approves (the move is applied, its guards checked again) or rejects
 * (the case stays where it is; a reason is required) a transition waiting for approval. The
 * person who asked cannot decide.
 */
export const decideApproval = approvalProcedure("case.approve", caseDecideApprovalInput).mutation(
  async ({ ctx, input }) => {
    const { approval } = ctx;
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    requireVersion(row.version, input.version);
    if (approval.status !== "pending" || approval.fromState !== row.state) {
      return refuseNotPending(ctx, target);
    }
    if (approval.requestedBy === ctx.user.id) {
      return deny(ctx, ctx.action, "FORBIDDEN", target, "own_request" satisfies WorkflowRefusalReason);
    }
    const now = new Date();
    const decided = { decidedBy: ctx.user.id, decidedAt: now, decisionReason: input.reason };
    const moveOf = { from: approval.fromState, to: approval.toState, approvalId: approval.id };
    if (!input.approve) {
      return ctx.db.transaction(async (tx) => {
        const version = await claimVersion(tx, cases, row.id, input.version);
        await tx
          .update(caseApprovals)
          .set({ status: "rejected", ...decided })
          .where(eq(caseApprovals.id, approval.id));
        await recordAllowed(tx, ctx, "case.workflow.decideApproval", target, { ...moveOf, approve: false });
        return { id: row.id, version, state: row.state, tasks: [] as WorkflowTask[] };
      });
    }
    // The facts (and the unsafe-destinations list) may have changed since the request: check again.
    const { facts } = await guardFacts(ctx.db, row.id);
    const check = checkTransition(row.programme, row.state, approval.toState, facts, {
      reason: approval.reason,
    });
    if (!check.ok) return refuseWithReasons(ctx, ctx.action, target, check.errors);
    return ctx.db.transaction(async (tx) => {
      const moved = await moveCase(tx, ctx.user.id, {
        case: row,
        version: input.version,
        steps: [{ to: approval.toState, kind: check.kind }],
        reason: approval.reason,
        movedBy: approval.requestedBy,
        approvalId: approval.id,
        tasks: check.tasks,
        at: now,
      });
      await tx
        .update(caseApprovals)
        .set({ status: "approved", ...decided })
        .where(eq(caseApprovals.id, approval.id));
      await recordAllowed(tx, ctx, "case.workflow.decideApproval", target, {
        ...moveOf,
        approve: true,
        tasks: check.tasks.map((t) => t.kind),
      });
      return { id: row.id, version: moved.version, state: moved.state, tasks: check.tasks };
    });
  },
);
