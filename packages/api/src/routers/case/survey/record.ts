import { monitoringVisits, sustainabilitySurveys } from "@kelias/db";
import {
  CURRENT_SURVEY_CATALOGUE,
  scoreSurvey,
  surveyAnswerProblems,
  surveyRecordInput,
} from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { refuseField } from "../../../field-refusal";
import { writeOnce } from "../../../idempotency";

/**
 * Records a sustainability survey with the current catalogue, usually taken at a monitoring contact
 * of the same case: the answers are checked against the catalogue and scored by the domain, and the
 * scores are kept with the answers. A survey is recorded once and never edited.
 */
export const record = caseProcedure("case.reintegration.write", surveyRecordInput).mutation(
  async ({ ctx, input }) => {
    const caseRow = ctx.case.row;
    const target = caseTarget(caseRow.id);
    const catalogue = CURRENT_SURVEY_CATALOGUE;
    const problem = surveyAnswerProblems(catalogue, input.answers)[0];
    if (problem) await refuseField(ctx, ctx.action, target, `answers.${problem.indicatorId}`, problem.code);
    const score = scoreSurvey(catalogue, input.answers);
    if (score.scoredIndicators === 0) await refuseField(ctx, ctx.action, target, "answers", "required");
    if (input.visitId !== null) {
      const [visit] = await ctx.db
        .select({ id: monitoringVisits.id })
        .from(monitoringVisits)
        .where(and(eq(monitoringVisits.id, input.visitId), eq(monitoringVisits.caseId, caseRow.id)))
        .limit(1);
      if (!visit) await refuseField(ctx, ctx.action, target, "visitId", "unknown_visit");
    }
    return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
      const [survey] = await tx
        .insert(sustainabilitySurveys)
        .values({
          caseId: caseRow.id,
          visitId: input.visitId,
          catalogueId: catalogue.id,
          takenOn: input.takenOn,
          answers: input.answers,
          economicScore: score.dimensions.economic,
          socialScore: score.dimensions.social,
          psychosocialScore: score.dimensions.psychosocial,
          compositeScore: score.composite,
          createdBy: ctx.user.id,
        })
        .returning({ id: sustainabilitySurveys.id });
      if (!survey) throw new Error("survey insert returned nothing");
      await recordAllowed(tx, ctx, "case.survey.record", target, {
        surveyId: survey.id,
        catalogueId: catalogue.id,
        visitId: input.visitId,
        scoredIndicators: score.scoredIndicators,
      });
      return { id: survey.id, score };
    });
  },
);
