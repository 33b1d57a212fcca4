import { caseAssessments, caseTasks, type Executor, riskReviewIntervals } from "@kelias/db";
import { type ReviewIntervals, reviewIntervalsFrom } from "@kelias/domain";
import { and, desc, eq, isNull } from "drizzle-orm";

/** The review intervals of the lower risk levels as the reference data holds them now. */
export async function reviewIntervalsNow(db: Executor): Promise<ReviewIntervals> {
  const rows = await db
    .select({ riskLevel: riskReviewIntervals.riskLevel, days: riskReviewIntervals.days })
    .from(riskReviewIntervals);
  return reviewIntervalsFrom(rows);
}

/**
 * The case's latest assessment (by date assessed, then when its latest revision was recorded), whose
 * risk level is the case's (`currentRiskLevel` in the domain orders them the same way).
 */
export async function latestAssessmentOf(db: Executor, caseId: string) {
  const [latest] = await db
    .select({
      id: caseAssessments.id,
      kind: caseAssessments.kind,
      riskLevel: caseAssessments.riskLevel,
      assessedOn: caseAssessments.assessedOn,
      reviewDue: caseAssessments.reviewDue,
    })
    .from(caseAssessments)
    .where(eq(caseAssessments.caseId, caseId))
    .orderBy(desc(caseAssessments.assessedOn), desc(caseAssessments.updatedAt))
    .limit(1);
  return latest ?? null;
}

/** The review task an assessment created, when it is still open. */
export async function openReviewTask(db: Executor, taskId: string | null) {
  if (taskId === null) return null;
  const [task] = await db
    .select({ id: caseTasks.id, dueDate: caseTasks.dueDate })
    .from(caseTasks)
    .where(and(eq(caseTasks.id, taskId), isNull(caseTasks.doneAt)))
    .limit(1);
  return task ?? null;
}
