import { cases, sustainabilitySurveys } from "@kelias/db";
import { can, caseScope, sustainabilitySummary } from "@kelias/domain";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

/**
 * The dashboard's reintegration sustainability summary (what donors report on): for each AVRR case
 * in the actor's scope its latest survey, then the average score of each dimension and of the
 * composite over those cases, and how many cases were surveyed. A manager of other programmes only
 * is answered `available: false`, so the dashboard shows nothing rather than an error.
 */
export const sustainability = authedProcedure
  .meta({ action: "dashboard.read" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "dashboard.read" });
    const target = { entityType: "programme", entityId: "avrr" };
    if (!can(ctx.user, { kind: "dashboard.read", programme: "avrr" })) {
      return { available: false as const };
    }
    const latest = await ctx.db
      .selectDistinctOn([sustainabilitySurveys.caseId], {
        caseId: sustainabilitySurveys.caseId,
        takenOn: sustainabilitySurveys.takenOn,
        seq: sustainabilitySurveys.seq,
        economic: sustainabilitySurveys.economicScore,
        social: sustainabilitySurveys.socialScore,
        psychosocial: sustainabilitySurveys.psychosocialScore,
        composite: sustainabilitySurveys.compositeScore,
      })
      .from(sustainabilitySurveys)
      .innerJoin(cases, eq(cases.id, sustainabilitySurveys.caseId))
      .where(and(eq(cases.programme, "avrr"), caseScopeSql(ctx, caseScope(ctx.user, "access"))))
      .orderBy(
        sustainabilitySurveys.caseId,
        desc(sustainabilitySurveys.takenOn),
        desc(sustainabilitySurveys.seq),
      );
    const summary = sustainabilitySummary(
      latest.map((row) => ({
        caseId: row.caseId,
        takenOn: row.takenOn,
        seq: row.seq,
        score: {
          dimensions: { economic: row.economic, social: row.social, psychosocial: row.psychosocial },
          composite: row.composite,
          scoredIndicators: 0,
        },
      })),
    );
    await recordAllowed(ctx.db, ctx, "dashboard.sustainability", target, {
      casesSurveyed: summary.casesSurveyed,
    });
    return { available: true as const, ...summary };
  });
