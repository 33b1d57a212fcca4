import { cases, caseTasks, caseWorkflowTasks } from "@kelias/db";
import {
  caseScope,
  compareTasks,
  isOverdue,
  officeToday,
  type Programme,
  type TaskOrigin,
  taskAddInput,
  taskEditInput,
  taskSetDoneInput,
  type WorkflowTaskKind,
} from "@kelias/domain";
import { and, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize, deny, refuseStale, STALE } from "../authorize";
import { requireCase } from "../case-access";
import { assignedTo, caseScopeSql } from "../scope";
import { authedProcedure } from "../trpc";
import { auditChange, caseTarget } from "./case-record";

/** "My tasks" lists at most this many open tasks of each origin. */
const MY_TASKS_LIMIT = 500;

export interface MyTask {
  id: string;
  origin: TaskOrigin;
  title: string | null;
  kind: WorkflowTaskKind | null;
  dueDate: string | null;
  overdue: boolean;
  version: number;
  createdAt: Date;
  caseId: string;
  caseReference: string;
  programme: Programme;
}

/** Tasks on a case, written by a person; tasks a workflow created are ticked here too. */
export const caseTaskProcedures = {
  addTask: authedProcedure
    .meta({ action: "case.update" })
    .input(taskAddInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      return ctx.db.transaction(async (tx) => {
        const [task] = await tx
          .insert(caseTasks)
          .values({
            caseId: row.id,
            title: input.title,
            dueDate: input.dueDate,
            createdBy: ctx.user.id,
            updatedBy: ctx.user.id,
          })
          .returning({ id: caseTasks.id, version: caseTasks.version });
        if (!task) throw new Error("task insert returned nothing");
        await auditChange(tx, ctx, row.id, "case.task.add", { taskId: task.id, dueDate: input.dueDate });
        return task;
      });
    }),

  editTask: authedProcedure
    .meta({ action: "case.update" })
    .input(taskEditInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = caseTarget(row.id);
      const [current] = await ctx.db
        .select({ id: caseTasks.id })
        .from(caseTasks)
        .where(and(eq(caseTasks.id, input.taskId), eq(caseTasks.caseId, row.id)))
        .limit(1);
      if (!current) return deny(ctx, "case.task.edit", "NOT_FOUND", target);
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(caseTasks)
          .set({
            title: input.title,
            dueDate: input.dueDate,
            updatedBy: ctx.user.id,
            updatedAt: new Date(),
            version: sql`${caseTasks.version} + 1`,
          })
          .where(and(eq(caseTasks.id, current.id), eq(caseTasks.version, input.version)))
          .returning({ id: caseTasks.id, version: caseTasks.version });
        if (!updated) return STALE;
        await auditChange(tx, ctx, row.id, "case.task.edit", {
          taskId: current.id,
          dueDate: input.dueDate,
          version: updated.version,
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "case.task.edit", target);
      return result;
    }),

  /**
   * Ticks a task or opens it again. A manual task is checked against its version; a workflow task,
   * which has none, against the state the user saw (ticking a task someone already ticked is stale).
   */
  setTaskDone: authedProcedure
    .meta({ action: "case.update" })
    .input(taskSetDoneInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = caseTarget(row.id);
      const action = input.done ? "case.task.done" : "case.task.reopen";
      const table = input.origin === "manual" ? caseTasks : caseWorkflowTasks;
      const [current] = await ctx.db
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.id, input.taskId), eq(table.caseId, row.id)))
        .limit(1);
      if (!current) return deny(ctx, action, "NOT_FOUND", target);
      const now = new Date();
      const done = input.done ? { doneAt: now, doneBy: ctx.user.id } : { doneAt: null, doneBy: null };
      const result = await ctx.db.transaction(async (tx) => {
        let version: number;
        if (input.origin === "manual") {
          const [updated] = await tx
            .update(caseTasks)
            .set({ ...done, updatedBy: ctx.user.id, updatedAt: now, version: sql`${caseTasks.version} + 1` })
            .where(and(eq(caseTasks.id, current.id), eq(caseTasks.version, input.version)))
            .returning({ version: caseTasks.version });
          if (!updated) return STALE;
          version = updated.version;
        } else {
          const seen: SQL = input.done
            ? isNull(caseWorkflowTasks.doneAt)
            : isNotNull(caseWorkflowTasks.doneAt);
          const updated = await tx
            .update(caseWorkflowTasks)
            .set(done)
            .where(and(eq(caseWorkflowTasks.id, current.id), seen))
            .returning({ id: caseWorkflowTasks.id });
          if (updated.length === 0) return STALE;
          version = 1;
        }
        await auditChange(tx, ctx, row.id, action, { taskId: current.id, origin: input.origin });
        return { id: current.id, version, done: input.done };
      });
      if (result === STALE) return refuseStale(ctx, action, target);
      return result;
    }),

  /**
   * The open tasks of the cases the actor works on (assigned, within their scope), manual and
   * workflow-created: overdue first, then by due date.
   */
  myTasks: authedProcedure
    .meta({ action: "case.list" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "case.list" });
      const mine = and(caseScopeSql(ctx, caseScope(ctx.user)), assignedTo(ctx, ctx.user.id));
      const caseColumns = { caseId: cases.id, caseReference: cases.reference, programme: cases.programme };
      const [manual, workflow] = await Promise.all([
        ctx.db
          .select({
            id: caseTasks.id,
            title: caseTasks.title,
            dueDate: caseTasks.dueDate,
            version: caseTasks.version,
            createdAt: caseTasks.createdAt,
            ...caseColumns,
          })
          .from(caseTasks)
          .innerJoin(cases, eq(cases.id, caseTasks.caseId))
          .where(and(isNull(caseTasks.doneAt), mine))
          .orderBy(sql`${caseTasks.dueDate} asc nulls last`)
          .limit(MY_TASKS_LIMIT),
        ctx.db
          .select({
            id: caseWorkflowTasks.id,
            kind: caseWorkflowTasks.kind,
            dueDate: caseWorkflowTasks.dueDate,
            createdAt: caseWorkflowTasks.createdAt,
            ...caseColumns,
          })
          .from(caseWorkflowTasks)
          .innerJoin(cases, eq(cases.id, caseWorkflowTasks.caseId))
          .where(and(isNull(caseWorkflowTasks.doneAt), mine))
          .orderBy(sql`${caseWorkflowTasks.dueDate} asc`)
          .limit(MY_TASKS_LIMIT),
      ]);
      const today = officeToday(new Date());
      const tasks: MyTask[] = [
        ...manual.map((t) => ({
          ...t,
          origin: "manual" as const,
          kind: null,
          overdue: isOverdue({ dueDate: t.dueDate, done: false }, today),
        })),
        ...workflow.map((t) => ({
          ...t,
          origin: "workflow" as const,
          title: null,
          version: 1,
          overdue: isOverdue({ dueDate: t.dueDate, done: false }, today),
        })),
      ].sort((a, b) => compareTasks({ ...a, done: false }, { ...b, done: false }, today));
      return { today, tasks };
    }),
};
