import { riskReviewIntervalChanges, riskReviewIntervals } from "@kelias/db";
import { reviewIntervalSetInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { claimVersion } from "../../../concurrency";
import { authedProcedure } from "../../../trpc";

/**
 * Changes the review interval of a lower risk level against the version read; the change is kept.
 * Assessments already recorded keep their review date; the next revision uses the new interval.
 */
export const set = authedProcedure
  .meta({ action: "reference.manage" })
  .input(reviewIntervalSetInput)
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "reference", entityId: `risk_review:${input.riskLevel}` };
    await authorize(ctx, { kind: "reference.manage" }, target);
    return ctx.db.transaction(async (tx) => {
      const now = new Date();
      const version = await claimVersion(tx, riskReviewIntervals, input.riskLevel, input.version, {
        days: input.days,
        updatedBy: ctx.user.id,
        updatedAt: now,
      });
      await tx.insert(riskReviewIntervalChanges).values({
        riskLevel: input.riskLevel,
        days: input.days,
        version,
        changedBy: ctx.user.id,
        changedAt: now,
      });
      await recordAllowed(tx, ctx, "reference.riskReview.set", target, { days: input.days, version });
      return { riskLevel: input.riskLevel, days: input.days, version };
    });
  });
