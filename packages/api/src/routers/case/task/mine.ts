import { cases, caseTasks, caseWorkflowTasks } from "@kelias/db";
import {
  caseScope,
  compareTasks,
  isOverdue,
  officeToday,
  type Programme,
  type TaskOrigin,
  type WorkflowTaskKind,
} from "@kelias/domain";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../../authorize";
import { assignedTo, caseScopeSql } from "../../../scope";
import { authedProcedure } from "../../../trpc";

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

/**
 * The open tasks of the cases the actor works on (assigned, within their scope), manual and
 * workflow-created: overdue first, then by due date.
 */
export const mine = authedProcedure
  .meta({ action: "case.list" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "case.list" });
    const myCases = and(caseScopeSql(ctx, caseScope(ctx.user, "access")), assignedTo(ctx, ctx.user.id));
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
        .where(and(isNull(caseTasks.doneAt), myCases))
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
        .where(and(isNull(caseWorkflowTasks.doneAt), myCases))
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
  });
