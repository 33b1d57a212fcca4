import { caseScope, myTasksInput, officeToday } from "@kelias/domain";
import { authorize } from "../../../authorize";
import { type OpenTask, openTasks } from "../../../my-day/open-tasks";
import { caseScopeSql } from "../../../scope";
import { authedProcedure } from "../../../trpc";

export type MyTask = OpenTask;

/**
 * "My tasks": the open tasks given to the actor (or, naming nobody, of the cases they own), in the
 * cases within their scope at this moment, manual and workflow-created, with the page's filters:
 * due (overdue, this week), programme, case; sorted by due date or priority.
 */
export const mine = authedProcedure
  .meta({ action: "case.list" })
  .input(myTasksInput.optional())
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "case.list" });
    const filters = myTasksInput.parse(input ?? {});
    const today = officeToday(new Date());
    const { tasks, caseOptions } = await openTasks(ctx, {
      ...filters,
      cases: caseScopeSql(ctx, caseScope(ctx.user, "access")),
      assigneeId: ctx.user.id,
      today,
    });
    return { today, tasks, caseOptions };
  });
