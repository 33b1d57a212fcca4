import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { latestAssessmentOf } from "../../../case-record/assessments";
import { caseTarget } from "../../../case-record/audit";

/** The case's current risk level (its latest assessment's), when it was assessed and reviewed next. */
export const current = caseProcedure("case.assessment.read").query(async ({ ctx }) => {
  const latest = await latestAssessmentOf(ctx.db, ctx.case.row.id);
  await recordAllowed(ctx.db, ctx, "case.assessment.read", caseTarget(ctx.case.row.id), {});
  return (
    latest && { riskLevel: latest.riskLevel, assessedOn: latest.assessedOn, reviewDue: latest.reviewDue }
  );
});
