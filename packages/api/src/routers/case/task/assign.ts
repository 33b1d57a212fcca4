import { caseTasks, caseWorkflowTasks } from "@kelias/db";
import { taskAssignInput } from "@kelias/domain";
import { and, eq, isNull } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";
import { mayWorkOn } from "../../../my-day/workers";

/**
 * Gives an open task to someone else who works on the case, against the version of the task that
 * was read: whoever works on the case, or a manager of its programme, may. Giving it to the case's
 * owner stores no name, so the task follows the case when it is handed over.
 */
export const assign = caseProcedure("case.task.assign", taskAssignInput).mutation(async ({ ctx, input }) => {
  const { row, facts } = ctx.case;
  const target = caseTarget(row.id);
  const table = input.origin === "manual" ? caseTasks : caseWorkflowTasks;
  const [current] = await ctx.db
    .select({ id: table.id, assigneeId: table.assigneeId })
    .from(table)
    .where(and(eq(table.id, input.taskId), eq(table.caseId, row.id), isNull(table.doneAt)))
    .limit(1);
  if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
  if (!(await mayWorkOn(ctx.db, input.assigneeId, facts))) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "assignee_not_on_case");
  }
  const assigneeId = input.assigneeId === row.ownerId ? null : input.assigneeId;
  return ctx.db.transaction(async (tx) => {
    const version =
      input.origin === "manual"
        ? await claimVersion(tx, caseTasks, current.id, input.version, { assigneeId, updatedBy: ctx.user.id })
        : await claimVersion(tx, caseWorkflowTasks, current.id, input.version, { assigneeId });
    await recordAllowed(tx, ctx, "case.task.assign", target, {
      taskId: current.id,
      origin: input.origin,
      fromUserId: current.assigneeId ?? row.ownerId,
      toUserId: input.assigneeId,
      version,
    });
    return { id: current.id, version };
  });
});
