import { caseReferrals } from "@kelias/db";
import { referralStatusInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/** Sets what became of a referral (sent, accepted, declined, completed) against the version read. */
export const setStatus = caseProcedure("case.update", referralStatusInput).mutation(
  async ({ ctx, input }) => {
    const target = caseTarget(ctx.case.row.id);
    const [current] = await ctx.db
      .select({ id: caseReferrals.id, status: caseReferrals.status })
      .from(caseReferrals)
      .where(and(eq(caseReferrals.id, input.referralId), eq(caseReferrals.caseId, ctx.case.row.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, caseReferrals, current.id, input.version, {
        status: input.status,
        updatedBy: ctx.user.id,
      });
      await recordAllowed(tx, ctx, "case.referral.setStatus", target, {
        referralId: current.id,
        from: current.status,
        status: input.status,
      });
      return { id: current.id, version, status: input.status };
    });
  },
);
