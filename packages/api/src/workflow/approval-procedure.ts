import { caseApprovals } from "@kelias/db";
import type { WorkflowRefusalReason } from "@kelias/domain";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { deny } from "../authorize";
import { type CaseActionKind, requireCase } from "../case-access";
import type { AuthedContext } from "../context";
import { staleResultAgainst } from "../stale-target";
import { authedProcedure } from "../trpc";

/**
 * A procedure on one approval request: its input names `approvalId`; the request and its case are
 * loaded before the handler runs (`ctx.approval`, `ctx.case`). An unknown request, and one on a case
 * the actor may not read, answer NOT_FOUND alike; a readable case on which the action is not
 * allowed answers FORBIDDEN; all audited under the procedure's path, as `caseProcedure` does.
 * `schema`, the whole input, is parsed before anything is loaded.
 */
export function approvalProcedure<S extends z.ZodType<{ approvalId: string }, unknown>>(
  access: CaseActionKind,
  schema: S,
) {
  return authedProcedure
    .meta({ action: access })
    .input(schema)
    .use(async ({ ctx, input, next }) => {
      const { approvalId } = input as { approvalId: string };
      const [approval] = await ctx.db
        .select()
        .from(caseApprovals)
        .where(eq(caseApprovals.id, approvalId))
        .limit(1);
      if (!approval) {
        return deny(ctx, ctx.action, "NOT_FOUND", { entityType: "approval", entityId: approvalId });
      }
      const loaded = await requireCase(ctx, approval.caseId, access);
      const result = await next({ ctx: { approval, case: loaded } });
      return staleResultAgainst(result, { entityType: "case", entityId: loaded.row.id });
    });
}

/** Refuses (audited) an action on a request that was decided, withdrawn or cancelled meanwhile. */
export function refuseNotPending(
  ctx: AuthedContext & { action: string },
  target: { entityType: string; entityId: string },
): Promise<never> {
  return deny(ctx, ctx.action, "BAD_REQUEST", target, "approval_not_pending" satisfies WorkflowRefusalReason);
}
