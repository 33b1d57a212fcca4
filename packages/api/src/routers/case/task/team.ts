import { users } from "@kelias/db";
import { caseScope, officeToday, teamTasksInput } from "@kelias/domain";
import { and, arrayOverlaps, asc, eq } from "drizzle-orm";
import { authorize } from "../../../authorize";
import { inProgrammes, openTasks } from "../../../my-day/open-tasks";
import { caseScopeSql } from "../../../scope";
import { authedProcedure } from "../../../trpc";

/**
 * The team's tasks, for a manager: the open tasks of the cases of the programmes they manage (a
 * listing: restricted cases are opened from their own page), whoever they are given to, with the
 * filters of "My tasks" and one more, the assignee. With the people of those programmes to filter by.
 */
export const team = authedProcedure
  .meta({ action: "task.team" })
  .input(teamTasksInput.optional())
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "task.team" });
    const filters = teamTasksInput.parse(input ?? {});
    if (filters.programme) await authorize(ctx, { kind: "task.team", programme: filters.programme });
    const scope = caseScope(ctx.user, "listing");
    const today = officeToday(new Date());
    const managed = scope.managedProgrammes;
    const [{ tasks, caseOptions }, staff] = await Promise.all([
      openTasks(ctx, {
        ...filters,
        cases: and(caseScopeSql(ctx, scope), inProgrammes(managed)) ?? inProgrammes([]),
        today,
      }),
      managed.length === 0
        ? Promise.resolve([])
        : ctx.db
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(
              and(
                eq(users.active, true),
                arrayOverlaps(users.roles, ["caseworker", "manager"]),
                arrayOverlaps(users.programmes, [...managed]),
              ),
            )
            .orderBy(asc(users.name)),
    ]);
    return { today, tasks, caseOptions, programmes: [...managed], staff };
  });
