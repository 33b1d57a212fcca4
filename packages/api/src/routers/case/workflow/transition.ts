import { caseApprovals, cases } from "@kelias/db";
import {
  caseTransitionInput,
  checkTransition,
  type WorkflowRefusalReason,
  type WorkflowTask,
} from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, requireVersion } from "../../../concurrency";
import { refuseWithReasons } from "../../../refusal-reasons";
import { guardFacts } from "../../../workflow/guard-facts";
import { moveCase } from "../../../workflow/move-case";

/**
 * Moves a case to another state of its workflow, or, for the moves that need a second pair of
 * eyes, asks the programme's managers to approve it (one approval waits at a time). Refused moves
 * answer BAD_REQUEST with every reason at once (`data.reasons`; the message is the first).
 */
export const transition = caseProcedure("case.update", caseTransitionInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    requireVersion(row.version, input.version);
    const { facts } = await guardFacts(ctx.db, row.id);
    const check = checkTransition(row.programme, row.state, input.to, facts, { reason: input.reason });
    if (!check.ok) return refuseWithReasons(ctx, ctx.action, target, check.errors);
    if (check.needsApproval) {
      const [waiting] = await ctx.db
        .select({ id: caseApprovals.id })
        .from(caseApprovals)
        .where(and(eq(caseApprovals.caseId, row.id), eq(caseApprovals.status, "pending")))
        .limit(1);
      if (waiting) {
        return deny(
          ctx,
          ctx.action,
          "BAD_REQUEST",
          target,
          "approval_pending" satisfies WorkflowRefusalReason,
        );
      }
    }
    return ctx.db.transaction(async (tx) => {
      if (check.needsApproval) {
        // Claiming the version serialises the requests: one asked for meanwhile moved it on.
        const version = await claimVersion(tx, cases, row.id, input.version);
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
        await recordAllowed(tx, ctx, "case.workflow.transition", target, {
          from: row.state,
          to: input.to,
          kind: check.kind,
          approvalId: approval.id,
          pending: true,
        });
        return {
          id: row.id,
          version,
          state: row.state,
          approvalId: approval.id as string | null,
          tasks: [] as WorkflowTask[],
          suggestions: check.suggestions,
        };
      }
      const moved = await moveCase(tx, ctx.user.id, {
        case: row,
        version: input.version,
        steps: [{ to: input.to, kind: check.kind }],
        reason: input.reason,
        movedBy: ctx.user.id,
        approvalId: null,
        tasks: check.tasks,
        at: new Date(),
      });
      await recordAllowed(tx, ctx, "case.workflow.transition", target, {
        from: row.state,
        to: input.to,
        kind: check.kind,
        tasks: check.tasks.map((t) => t.kind),
        ...(moved.cancelledApprovalIds.length > 0
          ? { cancelledApprovalIds: moved.cancelledApprovalIds }
          : {}),
      });
      return {
        id: row.id,
        version: moved.version,
        state: moved.state,
        approvalId: null as string | null,
        tasks: check.tasks,
        suggestions: check.suggestions,
      };
    });
  },
);
