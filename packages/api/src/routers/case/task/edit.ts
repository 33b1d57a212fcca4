import { caseTasks } from "@kelias/db";
import { taskEditInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/** Changes a manual task's title, due date and priority against the version that was read. */
export const edit = caseProcedure("case.update", taskEditInput).mutation(async ({ ctx, input }) => {
  const target = caseTarget(ctx.case.row.id);
  const [current] = await ctx.db
    .select({ id: caseTasks.id })
    .from(caseTasks)
    .where(and(eq(caseTasks.id, input.taskId), eq(caseTasks.caseId, ctx.case.row.id)))
    .limit(1);
  if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
  return ctx.db.transaction(async (tx) => {
    const version = await claimVersion(tx, caseTasks, current.id, input.version, {
      title: input.title,
      dueDate: input.dueDate,
      priority: input.priority,
      updatedBy: ctx.user.id,
    });
    await recordAllowed(tx, ctx, "case.task.edit", target, {
      taskId: current.id,
      dueDate: input.dueDate,
      priority: input.priority,
      version,
    });
    return { id: current.id, version };
  });
});
