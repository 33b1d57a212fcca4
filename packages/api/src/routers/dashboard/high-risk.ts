import { caseAssessments, cases, users } from "@kelias/db";
import { caseScope, officeToday } from "@kelias/domain";
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { reportProgrammes, reportRequestInput } from "../../reports/report-programmes";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

/** At most this many rows; the panel says how many more there are. */
const LIMIT = 50;

/**
 * The high-risk cases of the programmes the manager manages: open cases whose latest assessment
 * (by date assessed, then when recorded) set a high risk, soonest review first, with the review
 * date. A drill-down, so the rows are a listing scope (restricted cases are counted, not named).
 */
export const highRisk = authedProcedure
  .meta({ action: "dashboard.read" })
  .input(reportRequestInput)
  .query(async ({ ctx, input }) => {
    const programmes = await reportProgrammes(ctx, input.programme);
    const today = officeToday(new Date());
    const latest = ctx.db
      .selectDistinctOn([caseAssessments.caseId], {
        caseId: caseAssessments.caseId,
        riskLevel: caseAssessments.riskLevel,
        assessedOn: caseAssessments.assessedOn,
        reviewDue: caseAssessments.reviewDue,
      })
      .from(caseAssessments)
      .orderBy(caseAssessments.caseId, desc(caseAssessments.assessedOn), desc(caseAssessments.updatedAt))
      .as("latest");
    const open = and(
      eq(latest.riskLevel, "high"),
      inArray(cases.programme, programmes.length > 0 ? programmes : ["avrr"]),
      isNull(cases.closedAt),
    );
    const [rows, [restricted]] = await Promise.all([
      programmes.length === 0
        ? []
        : ctx.db
            .select({
              id: cases.id,
              reference: cases.reference,
              programme: cases.programme,
              state: cases.state,
              ownerName: users.name,
              assessedOn: latest.assessedOn,
              reviewDue: latest.reviewDue,
            })
            .from(cases)
            .innerJoin(latest, eq(latest.caseId, cases.id))
            .innerJoin(users, eq(users.id, cases.ownerId))
            .where(and(open, caseScopeSql(ctx, caseScope(ctx.user, "listing"))))
            .orderBy(asc(latest.reviewDue), asc(cases.reference))
            .limit(LIMIT + 1),
      programmes.length === 0
        ? [{ n: 0 }]
        : ctx.db
            .select({ n: count() })
            .from(cases)
            .innerJoin(latest, eq(latest.caseId, cases.id))
            .where(and(open, eq(cases.restricted, true), caseScopeSql(ctx, caseScope(ctx.user, "access")))),
    ]);
    const shown = rows.slice(0, LIMIT);
    await recordAllowed(
      ctx.db,
      ctx,
      "dashboard.highRisk",
      { entityType: "programme", entityId: input.programme ?? null },
      {
        programmes,
        cases: shown.map((r) => r.id),
      },
    );
    return {
      today,
      cases: shown.map((r) => ({ ...r, overdue: r.reviewDue < today })),
      more: rows.length > LIMIT,
      restricted: restricted?.n ?? 0,
    };
  });
