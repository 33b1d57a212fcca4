import { caseAssessmentRevisions, caseAssessments } from "@kelias/db";
import { assessmentGetInput } from "@kelias/domain";
import { and, desc, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { namesOf } from "../../../case-record/names";

/** One assessment of the case with every revision, newest first: who recorded each and when. */
export const get = caseProcedure("case.assessment.read", assessmentGetInput).query(async ({ ctx, input }) => {
  const target = caseTarget(ctx.case.row.id);
  const [assessment] = await ctx.db
    .select({ id: caseAssessments.id, kind: caseAssessments.kind, version: caseAssessments.version })
    .from(caseAssessments)
    .where(and(eq(caseAssessments.id, input.assessmentId), eq(caseAssessments.caseId, ctx.case.row.id)))
    .limit(1);
  if (!assessment) return deny(ctx, ctx.action, "NOT_FOUND", target);
  const revisions = await ctx.db
    .select()
    .from(caseAssessmentRevisions)
    .where(eq(caseAssessmentRevisions.assessmentId, assessment.id))
    .orderBy(desc(caseAssessmentRevisions.version));
  const names = await namesOf(
    ctx.db,
    revisions.map((r) => r.recordedBy),
  );
  await recordAllowed(ctx.db, ctx, "case.assessment.history.read", target, { assessmentId: assessment.id });
  return {
    ...assessment,
    revisions: revisions.map((r) => ({
      version: r.version,
      assessedOn: r.assessedOn,
      riskLevel: r.riskLevel,
      reviewDue: r.reviewDue,
      content: r.content,
      summary: r.summary,
      recordedByName: names.get(r.recordedBy) ?? "",
      recordedAt: r.recordedAt,
    })),
  };
});
