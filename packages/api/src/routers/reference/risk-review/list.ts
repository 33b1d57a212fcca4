import { riskReviewIntervalChanges, riskReviewIntervals, users } from "@kelias/db";
import { DEFAULT_REVIEW_INTERVALS, HIGH_RISK_REVIEW_DAYS, REVIEW_INTERVAL_BOUNDS } from "@kelias/domain";
import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/**
 * The review intervals of medium- and low-risk assessments (high risk is always 7 days), their
 * bounds and defaults, and the latest 50 changes.
 */
export const list = authedProcedure
  .meta({ action: "reference.read" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "reference.read" });
    const [intervals, changes] = await Promise.all([
      ctx.db
        .select({
          riskLevel: riskReviewIntervals.riskLevel,
          days: riskReviewIntervals.days,
          version: riskReviewIntervals.version,
          updatedAt: riskReviewIntervals.updatedAt,
          updatedByName: users.name,
        })
        .from(riskReviewIntervals)
        .leftJoin(users, eq(users.id, riskReviewIntervals.updatedBy))
        .orderBy(asc(riskReviewIntervals.days)),
      ctx.db
        .select({
          id: riskReviewIntervalChanges.id,
          riskLevel: riskReviewIntervalChanges.riskLevel,
          days: riskReviewIntervalChanges.days,
          version: riskReviewIntervalChanges.version,
          changedAt: riskReviewIntervalChanges.changedAt,
          changedByName: users.name,
        })
        .from(riskReviewIntervalChanges)
        .innerJoin(users, eq(users.id, riskReviewIntervalChanges.changedBy))
        .orderBy(desc(riskReviewIntervalChanges.changedAt))
        .limit(50),
    ]);
    return {
      highDays: HIGH_RISK_REVIEW_DAYS,
      defaults: DEFAULT_REVIEW_INTERVALS,
      bounds: REVIEW_INTERVAL_BOUNDS,
      intervals,
      changes,
    };
  });
