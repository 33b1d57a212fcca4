import { caseAssessmentRevisions, caseAssessments, caseTasks } from "@kelias/db";
import {
  assessmentKindsFor,
  can,
  currentRiskLevel,
  HIGH_RISK_REVIEW_DAYS,
  officeToday,
} from "@kelias/domain";
import { count, desc, eq, inArray } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { reviewIntervalsNow } from "../../../case-record/assessments";
import { caseTarget } from "../../../case-record/audit";
import { namesOf } from "../../../case-record/names";

/**
 * The assessments of a case, latest first, each as its latest revision has it, with how many
 * revisions it has and the state of its review task; the case's current risk level (the latest
 * assessment's), the kinds its programme records and the review intervals that apply.
 */
export const list = caseProcedure("case.assessment.read").query(async ({ ctx }) => {
  const c = ctx.case.row;
  const rows = await ctx.db
    .select()
    .from(caseAssessments)
    .where(eq(caseAssessments.caseId, c.id))
    .orderBy(desc(caseAssessments.assessedOn), desc(caseAssessments.updatedAt));
  const ids = rows.map((r) => r.id);
  const taskIds = rows.flatMap((r) => (r.reviewTaskId ? [r.reviewTaskId] : []));
  const [revisionCounts, tasks, names, intervals] = await Promise.all([
    ids.length === 0
      ? []
      : ctx.db
          .select({ assessmentId: caseAssessmentRevisions.assessmentId, n: count() })
          .from(caseAssessmentRevisions)
          .where(inArray(caseAssessmentRevisions.assessmentId, ids))
          .groupBy(caseAssessmentRevisions.assessmentId),
    taskIds.length === 0
      ? []
      : ctx.db
          .select({ id: caseTasks.id, dueDate: caseTasks.dueDate, doneAt: caseTasks.doneAt })
          .from(caseTasks)
          .where(inArray(caseTasks.id, taskIds)),
    namesOf(
      ctx.db,
      rows.flatMap((r) => [r.createdBy, r.updatedBy]),
    ),
    reviewIntervalsNow(ctx.db),
  ]);
  await recordAllowed(ctx.db, ctx, "case.assessment.read", caseTarget(c.id), {});
  const assessments = rows.map((r) => {
    const task = tasks.find((t) => t.id === r.reviewTaskId);
    return {
      id: r.id,
      kind: r.kind,
      version: r.version,
      assessedOn: r.assessedOn,
      riskLevel: r.riskLevel,
      reviewDue: r.reviewDue,
      content: r.content,
      summary: r.summary,
      createdByName: names.get(r.createdBy) ?? "",
      createdAt: r.createdAt,
      updatedByName: names.get(r.updatedBy) ?? "",
      updatedAt: r.updatedAt,
      revisions: revisionCounts.find((n) => n.assessmentId === r.id)?.n ?? 1,
      reviewTask: task ? { id: task.id, dueDate: task.dueDate, done: task.doneAt !== null } : null,
    };
  });
  const latest = assessments[0];
  return {
    today: officeToday(new Date()),
    current: latest
      ? {
          riskLevel: currentRiskLevel(
            rows.map((r) => ({ riskLevel: r.riskLevel, assessedOn: r.assessedOn, recordedAt: r.updatedAt })),
          ),
          assessedOn: latest.assessedOn,
          reviewDue: latest.reviewDue,
        }
      : null,
    kinds: assessmentKindsFor(c.programme),
    intervals: { high: HIGH_RISK_REVIEW_DAYS, ...intervals },
    canWrite: can(ctx.user, { kind: "case.assessment.write", case: ctx.case.facts }),
    assessments,
  };
});
