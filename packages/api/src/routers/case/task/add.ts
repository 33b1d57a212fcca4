import { caseTasks } from "@kelias/db";
import { taskAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { writeOnce } from "../../../idempotency";
import { mayWorkOn } from "../../../my-day/workers";

/**
 * Adds a task to the case, with an optional due date, a priority and the person who does it: someone
 * who works on the case, or (naming nobody, or the owner) the case's owner, whoever that is later.
 */
export const add = caseProcedure("case.update", taskAddInput).mutation(async ({ ctx, input }) => {
  const target = caseTarget(ctx.case.row.id);
  const assigneeId = input.assigneeId === ctx.case.row.ownerId ? null : input.assigneeId;
  if (assigneeId !== null && !(await mayWorkOn(ctx.db, assigneeId, ctx.case.facts))) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "assignee_not_on_case");
  }
  return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const [task] = await tx
      .insert(caseTasks)
      .values({
        caseId: ctx.case.row.id,
        title: input.title,
        dueDate: input.dueDate,
        priority: input.priority,
        assigneeId,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      })
      .returning({ id: caseTasks.id, version: caseTasks.version });
    if (!task) throw new Error("task insert returned nothing");
    await recordAllowed(tx, ctx, "case.task.add", target, {
      taskId: task.id,
      dueDate: input.dueDate,
      priority: input.priority,
      assigneeId,
    });
    return task;
  });
});
