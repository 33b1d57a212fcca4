import { currentUser } from "@kelias/auth";
import { myTasksInput } from "@kelias/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { filtersFrom, TaskFilters } from "@/components/my-day/TaskFilters";
import { TaskList } from "@/components/my-day/TaskList";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myTasks"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The open tasks given to me, in the cases I may open now: filtered by due date (overdue, this
 * week), programme and case from the page's address; grouped by due date, or sorted by priority.
 */
export default async function MyTasksPage({ searchParams }: Props) {
  const t = await getTranslations();
  const parsed = myTasksInput.safeParse(
    filtersFrom(await searchParams, ["due", "programme", "caseId", "sort"]),
  );
  const filters = parsed.success ? parsed.data : myTasksInput.parse({});
  const [{ tasks, caseOptions }, user] = await Promise.all([
    orPageError((await api()).case.task.mine(filters)),
    currentUser(),
  ]);
  const overdue = tasks.filter((task) => task.overdue).length;
  const filtered = Boolean(filters.due || filters.programme || filters.caseId);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("myTasks.title")}</h1>
      <TaskFilters action="/tasks" values={filters} programmes={user?.programmes ?? []} cases={caseOptions} />
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300" role="status">
        {tasks.length === 0
          ? filtered
            ? t("myDay.tasks.noneMatching")
            : t("myTasks.none")
          : t("myDay.tasks.count", { count: tasks.length, overdue })}
      </p>
      {tasks.length > 0 ? <TaskList tasks={tasks} sort={filters.sort} showAssignee={false} canTick /> : null}
    </>
  );
}
