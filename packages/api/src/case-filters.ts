import { cases } from "@kelias/db";
import { lt, type SQL } from "drizzle-orm";

/**
 * Cases with an open task (manual or workflow-created) due before `today`: the case's earliest
 * open task date, which the task triggers keep on the case (migration 0016). A list tests it on
 * each row it walks; the dashboard reads it as a range of `cases_programme_next_task_due_idx`.
 */
export function hasOverdueTask(today: string): SQL {
  return lt(cases.nextTaskDue, today);
}
