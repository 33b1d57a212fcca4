import { caseAssessmentRevisions, caseAssessments, caseTasks } from "@kelias/db";
import {
  assessmentKindsFor,
  assessmentRecordInput,
  REVIEW_TASK_TITLE,
  reviewDueDate,
  reviewTaskFor,
} from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { openReviewTask, reviewIntervalsNow } from "../../../case-record/assessments";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, requireVersion } from "../../../concurrency";
import { type Transaction, writeOnce } from "../../../idempotency";

/**
 * Records an assessment of the case, or a new revision of one against the version that was read
 * (the earlier revisions stay). The risk level sets the review date; a high risk also creates a
 * high-priority review task on the case, due within 7 days, in the same transaction, unless the
 * review task of this assessment is still open. The audit log names the assessment, its version
 * and the task, never what was assessed.
 */
export const record = caseProcedure("case.assessment.write", assessmentRecordInput).mutation(
  async ({ ctx, input }) => {
    const c = ctx.case.row;
    const target = caseTarget(c.id);
    if (!assessmentKindsFor(c.programme).includes(input.content.kind)) {
      return deny(ctx, ctx.action, "BAD_REQUEST", target, "assessment_kind_not_offered");
    }
    let current: typeof caseAssessments.$inferSelect | null = null;
    if (input.assessmentId !== null) {
      const [row] = await ctx.db
        .select()
        .from(caseAssessments)
        .where(and(eq(caseAssessments.id, input.assessmentId), eq(caseAssessments.caseId, c.id)))
        .limit(1);
      if (!row) return deny(ctx, ctx.action, "NOT_FOUND", target);
      requireVersion(row.version, input.version ?? 0);
      if (row.kind !== input.content.kind) {
        return deny(ctx, ctx.action, "BAD_REQUEST", target, "assessment_kind_changed");
      }
      current = row;
    }
    const reviewDue = reviewDueDate(input.riskLevel, input.assessedOn, await reviewIntervalsNow(ctx.db));
    return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
      const now = new Date();
      const fields = {
        assessedOn: input.assessedOn,
        riskLevel: input.riskLevel,
        reviewDue,
        content: input.content,
        summary: input.summary,
      };
      let id: string;
      let version: number;
      let taskId: string | null;
      if (current) {
        // Claimed first: the row stays locked, so the open-task check below sees no concurrent edit.
        version = await claimVersion(tx, caseAssessments, current.id, current.version, {
          ...fields,
          updatedBy: ctx.user.id,
          updatedAt: now,
        });
        id = current.id;
        taskId = current.reviewTaskId;
      } else {
        const [row] = await tx
          .insert(caseAssessments)
          .values({
            caseId: c.id,
            kind: input.content.kind,
            ...fields,
            createdBy: ctx.user.id,
            createdAt: now,
            updatedBy: ctx.user.id,
            updatedAt: now,
          })
          .returning({ id: caseAssessments.id, version: caseAssessments.version });
        if (!row) throw new Error("assessment insert returned nothing");
        ({ id, version } = row);
        taskId = null;
      }
      await tx.insert(caseAssessmentRevisions).values({
        assessmentId: id,
        version,
        ...fields,
        recordedBy: ctx.user.id,
        recordedAt: now,
      });
      const plan = reviewTaskFor({ riskLevel: input.riskLevel, reviewDue }, await openReviewTask(tx, taskId));
      const createdTaskId = plan ? await addReviewTask(tx, c.id, ctx.user.id, plan) : null;
      if (createdTaskId) {
        await tx
          .update(caseAssessments)
          .set({ reviewTaskId: createdTaskId })
          .where(eq(caseAssessments.id, id));
      }
      await recordAllowed(tx, ctx, "case.assessment.record", target, {
        assessmentId: id,
        kind: input.content.kind,
        version,
        reviewTaskId: createdTaskId,
      });
      return { id, version, reviewDue, reviewTaskId: createdTaskId ?? taskId };
    });
  },
);

/** The review task, given to the case's owner (whoever that is when it is done). */
async function addReviewTask(
  tx: Transaction,
  caseId: string,
  userId: string,
  plan: NonNullable<ReturnType<typeof reviewTaskFor>>,
): Promise<string> {
  const [task] = await tx
    .insert(caseTasks)
    .values({
      caseId,
      title: REVIEW_TASK_TITLE,
      dueDate: plan.dueDate,
      priority: plan.priority,
      assigneeId: null,
      createdBy: userId,
      updatedBy: userId,
    })
    .returning({ id: caseTasks.id });
  if (!task) throw new Error("task insert returned nothing");
  return task.id;
}
