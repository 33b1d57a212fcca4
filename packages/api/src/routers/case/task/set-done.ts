import { caseTasks, caseWorkflowTasks } from "@kelias/db";
import { taskSetDoneInput } from "@kelias/domain";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, StaleVersion } from "../../../concurrency";

/**
 * Ticks a task or opens it again. A manual task is checked against its version; a workflow task,
 * which has none, against the state the user saw (ticking a task someone already ticked is stale).
 */
export const setDone = caseProcedure("case.update", taskSetDoneInput).mutation(async ({ ctx, input }) => {
  const target = caseTarget(ctx.case.row.id);
  const table = input.origin === "manual" ? caseTasks : caseWorkflowTasks;
  const [current] = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, input.taskId), eq(table.caseId, ctx.case.row.id)))
    .limit(1);
  if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
  const now = new Date();
  const done = input.done ? { doneAt: now, doneBy: ctx.user.id } : { doneAt: null, doneBy: null };
  return ctx.db.transaction(async (tx) => {
    let version = 1;
    if (input.origin === "manual") {
      version = await claimVersion(tx, caseTasks, current.id, input.version, {
        ...done,
        updatedBy: ctx.user.id,
        updatedAt: now,
      });
    } else {
      const seen = input.done ? isNull(caseWorkflowTasks.doneAt) : isNotNull(caseWorkflowTasks.doneAt);
      const updated = await tx
        .update(caseWorkflowTasks)
        .set(done)
        .where(and(eq(caseWorkflowTasks.id, current.id), seen))
        .returning({ id: caseWorkflowTasks.id, version: caseWorkflowTasks.version });
      if (!updated[0]) throw new StaleVersion();
      version = updated[0].version;
    }
    await recordAllowed(tx, ctx, "case.task.setDone", target, {
      taskId: current.id,
      origin: input.origin,
      done: input.done,
    });
    return { id: current.id, version, done: input.done };
  });
});
