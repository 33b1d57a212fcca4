import { cases, caseTasks, caseWorkflowTasks } from "@kelias/db";
import { and, eq, exists, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { AuthedContext } from "./trpc";

/**
 * Cases with an open task (manual or workflow-created) due before `today`. A probe per case on the
 * open tasks' partial indexes, so a list walks its own sort index and stops once the page is full,
 * however many overdue tasks the whole office has.
 */
export function hasOverdueTask(ctx: Pick<AuthedContext, "db">, today: string): SQL {
  const openAndLate = (table: typeof caseTasks | typeof caseWorkflowTasks) =>
    exists(
      ctx.db
        .select({ one: sql`1` })
        .from(table)
        .where(and(eq(table.caseId, cases.id), isNull(table.doneAt), lt(table.dueDate, today))),
    );
  return or(openAndLate(caseTasks), openAndLate(caseWorkflowTasks)) ?? sql`false`;
}
