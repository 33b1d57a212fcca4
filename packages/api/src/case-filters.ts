import { cases } from "@kelias/db";
import { type CaseFigureFilter, type CaseListInput, officeToday } from "@kelias/domain";
import { eq, lt, type SQL } from "drizzle-orm";
import type { AuthedContext } from "./context";
import { figureFilterSql } from "./reports/figure-filters";
import { assignedTo } from "./scope";

/**
 * Cases with an open task (manual or workflow-created) due before `today`: the case's earliest
 * open task date, which the task triggers keep on the case (migration 0016). A list tests it on
 * each row it walks; the dashboard reads it as a range of `cases_programme_next_task_due_idx`.
 */
export function hasOverdueTask(today: string): SQL {
  return lt(cases.nextTaskDue, today);
}

/** What the case list and its export filter by, besides the figures' filters. */
type CaseListFilter = Pick<CaseListInput, "view" | "programme" | "assigneeId" | "state" | "overdue"> &
  CaseFigureFilter;

/** The case list's filters, which its export shares; the caller adds the actor's scope. */
export function caseListFilters(ctx: Pick<AuthedContext, "db" | "user">, input: CaseListFilter): SQL[] {
  const filters: SQL[] = [];
  if (input.view === "mine") filters.push(assignedTo(ctx, ctx.user.id));
  if (input.programme) filters.push(eq(cases.programme, input.programme));
  if (input.assigneeId) filters.push(assignedTo(ctx, input.assigneeId));
  if (input.state) filters.push(eq(cases.state, input.state));
  if (input.overdue) filters.push(hasOverdueTask(officeToday(new Date())));
  filters.push(...figureFilterSql(ctx, input));
  return filters;
}
