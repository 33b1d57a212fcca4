import { caseFeedback, cases } from "@kelias/db";
import {
  type FeedbackFigures,
  type FeedbackKind,
  type Programme,
  periodDates,
  type ReferralSource,
  type ReportPeriod,
} from "@kelias/domain";
import { and, count, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { AuthedContext } from "../context";
import { withinDays } from "./figure-filters";

type Ctx = Pick<AuthedContext, "db">;

export interface IntakeFigures {
  /** Cases opened in the period by entry point (null: not recorded), most first. */
  sources: { source: ReferralSource | null; cases: number }[];
  opened: number;
  feedback: FeedbackFigures;
}

/**
 * The dashboard's entry points and feedback over the given programmes (all managed by the actor,
 * checked by the caller): cases opened in the period by how they came, feedback received and
 * resolved in the period, and complaints open now.
 */
export async function intakeFigures(
  ctx: Ctx,
  programmes: Programme[],
  period: ReportPeriod,
): Promise<IntakeFigures> {
  const { since, until } = periodDates(period);
  const inProgrammes = inArray(cases.programme, programmes);
  const feedbackOfProgrammes = sql`exists (select 1 from ${cases} where ${cases.id} = ${caseFeedback.caseId} and ${inProgrammes})`;
  const receivedInPeriod = and(gte(caseFeedback.receivedOn, since), lt(caseFeedback.receivedOn, until));
  const [sources, received, [open], [resolved], [rating]] = await Promise.all([
    ctx.db
      .select({ source: cases.referralSource, cases: count() })
      .from(cases)
      .where(and(inProgrammes, ...withinDays(cases.openedAt, since, until)))
      .groupBy(cases.referralSource)
      .orderBy(desc(count()), cases.referralSource),
    ctx.db
      .select({ kind: caseFeedback.kind, count: count() })
      .from(caseFeedback)
      .where(and(receivedInPeriod, feedbackOfProgrammes))
      .groupBy(caseFeedback.kind),
    ctx.db
      .select({ count: count() })
      .from(caseFeedback)
      .where(and(eq(caseFeedback.kind, "complaint"), eq(caseFeedback.status, "open"), feedbackOfProgrammes)),
    ctx.db
      .select({ count: count() })
      .from(caseFeedback)
      .where(
        and(gte(caseFeedback.resolvedOn, since), lt(caseFeedback.resolvedOn, until), feedbackOfProgrammes),
      ),
    ctx.db
      .select({ mean: sql<string | null>`avg(${caseFeedback.rating})` })
      .from(caseFeedback)
      .where(and(receivedInPeriod, feedbackOfProgrammes)),
  ]);
  const kinds: FeedbackKind[] = ["satisfaction", "complaint", "suggestion"];
  return {
    sources,
    opened: sources.reduce((sum, row) => sum + row.cases, 0),
    feedback: {
      received: kinds.map((kind) => ({ kind, count: received.find((r) => r.kind === kind)?.count ?? 0 })),
      openComplaints: open?.count ?? 0,
      resolved: resolved?.count ?? 0,
      meanRating: rating?.mean == null ? null : Math.round(Number(rating.mean) * 10) / 10,
    },
  };
}
