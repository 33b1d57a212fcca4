import { teamTasksInput } from "@kelias/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { filtersFrom, TaskFilters } from "@/components/my-day/TaskFilters";
import { TaskList } from "@/components/my-day/TaskList";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myDay.team"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A manager's view of their team's open tasks: the cases of the programmes they manage, with the
 * filters of "My tasks" and the assignee; each task opens on its case, where it is reassigned.
 */
export default async function TeamTasksPage({ searchParams }: Props) {
  const t = await getTranslations();
  const parsed = teamTasksInput.safeParse(
    filtersFrom(await searchParams, ["due", "programme", "caseId", "sort", "assigneeId"]),
  );
  const filters = parsed.success ? parsed.data : teamTasksInput.parse({});
  const { tasks, caseOptions, programmes, staff } = await orPageError((await api()).case.task.team(filters));
  const overdue = tasks.filter((task) => task.overdue).length;
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("myDay.team.title")}</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("myDay.team.intro")}</p>
      <TaskFilters
        action="/tasks/team"
        values={filters}
        programmes={programmes}
        cases={caseOptions}
        staff={staff}
      />
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" role="status">
        {tasks.length === 0
          ? t("myDay.tasks.noneMatching")
          : t("myDay.tasks.count", { count: tasks.length, overdue })}
      </p>
      {tasks.length > 0 ? <TaskList tasks={tasks} sort={filters.sort} showAssignee canTick={false} /> : null}
    </>
  );
}
