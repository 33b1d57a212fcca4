import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OverdueBadge, taskName } from "@/components/cases/CaseTasks";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { TaskToggle } from "@/components/cases/TaskForms";
import { RecordLink } from "@/components/RecordLink";
import { DataTable } from "@/components/ui/DataTable";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myTasks"))("title") };
}

/** The open tasks of the cases I work on, overdue first. */
export default async function MyTasksPage() {
  const t = await getTranslations();
  const format = await getFormatter();
  const { tasks } = await orPageError((await api()).case.task.mine());
  const named = await Promise.all(tasks.map(async (task) => ({ task, name: await taskName(task) })));
  const overdue = tasks.filter((task) => task.overdue).length;
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("myTasks.title")}</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {tasks.length === 0 ? t("myTasks.none") : t("myTasks.summary", { count: tasks.length, overdue })}
      </p>
      {tasks.length > 0 ? (
        <DataTable
          spacing="mt-6"
          columns={[
            { key: "myTasks.task", label: t("myTasks.task") },
            { key: "myTasks.due", label: t("myTasks.due") },
            { key: "myTasks.case", label: t("myTasks.case") },
          ]}
        >
          {named.map(({ task, name }) => (
            <tr key={task.id}>
              <td className="px-3 py-2">
                <TaskToggle
                  caseId={task.caseId}
                  taskId={task.id}
                  origin={task.origin}
                  version={task.version}
                  done={false}
                  label={name}
                />
              </td>
              <td className="px-3 py-2">
                <span className="flex flex-wrap items-center gap-2">
                  {task.dueDate
                    ? format.dateTime(calendarDate(task.dueDate), DAY_FORMAT)
                    : t("record.tasks.noDue")}
                  {task.overdue ? <OverdueBadge label={t("record.tasks.overdue")} /> : null}
                </span>
              </td>
              <td className="px-3 py-2">
                <RecordLink
                  className="text-brand-700 underline dark:text-brand-300"
                  href={`/cases/${task.caseId}`}
                >
                  {task.caseReference}
                </RecordLink>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {t(`programmesShort.${task.programme}`)}
                </span>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
