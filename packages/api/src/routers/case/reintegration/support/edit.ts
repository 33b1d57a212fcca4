import { reintegrationSupport } from "@kelias/db";
import { supportEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../../audit/record";
import { deny } from "../../../../authorize";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { claimVersion } from "../../../../concurrency";
import { supportColumns } from "./columns";

/** Edits a support item (its status and delivered date, say) against the version that was read. */
export const edit = caseProcedure("case.reintegration.write", supportEditInput).mutation(
  async ({ ctx, input }) => {
    const caseRow = ctx.case.row;
    const target = caseTarget(caseRow.id);
    const [current] = await ctx.db
      .select({ id: reintegrationSupport.id, status: reintegrationSupport.status })
      .from(reintegrationSupport)
      .where(and(eq(reintegrationSupport.id, input.itemId), eq(reintegrationSupport.caseId, caseRow.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, reintegrationSupport, current.id, input.version, {
        ...supportColumns(input),
        updatedBy: ctx.user.id,
      });
      await recordAllowed(tx, ctx, "case.reintegration.support.edit", target, {
        itemId: current.id,
        from: current.status,
        status: input.status,
        version,
      });
      return { id: current.id, version };
    });
  },
);
