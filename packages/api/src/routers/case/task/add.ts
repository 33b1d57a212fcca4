import { caseTasks } from "@kelias/db";
import { taskAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { writeOnce } from "../../../idempotency";

/** Adds a task to the case, with an optional due date. */
export const add = caseProcedure("case.update", taskAddInput).mutation(({ ctx, input }) =>
  writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const [task] = await tx
      .insert(caseTasks)
      .values({
        caseId: ctx.case.row.id,
        title: input.title,
        dueDate: input.dueDate,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      })
      .returning({ id: caseTasks.id, version: caseTasks.version });
    if (!task) throw new Error("task insert returned nothing");
    await recordAllowed(tx, ctx, "case.task.add", caseTarget(ctx.case.row.id), {
      taskId: task.id,
      dueDate: input.dueDate,
    });
    return task;
  }),
);
