import { caseConsents } from "@kelias/db";
import { consentWithdrawInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/**
 * Records that the person withdrew a consent, from the day they did; the consent stays on file.
 * A consent is withdrawn once (`already_withdrawn`).
 */
export const withdraw = caseProcedure("case.update", consentWithdrawInput).mutation(
  async ({ ctx, input }) => {
    const target = caseTarget(ctx.case.row.id);
    const [current] = await ctx.db
      .select({ id: caseConsents.id, purpose: caseConsents.purpose, withdrawnOn: caseConsents.withdrawnOn })
      .from(caseConsents)
      .where(and(eq(caseConsents.id, input.consentId), eq(caseConsents.caseId, ctx.case.row.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    if (current.withdrawnOn !== null)
      return deny(ctx, ctx.action, "BAD_REQUEST", target, "already_withdrawn");
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, caseConsents, current.id, input.version, {
        withdrawnOn: input.withdrawnOn,
        withdrawnBy: ctx.user.id,
        withdrawnAt: new Date(),
        withdrawalNote: input.note,
      });
      await recordAllowed(tx, ctx, "case.consent.withdraw", target, {
        consentId: current.id,
        purpose: current.purpose,
      });
      return { id: current.id, version };
    });
  },
);
