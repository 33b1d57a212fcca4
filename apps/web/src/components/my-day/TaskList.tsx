import type { RouterOutputs } from "@kelias/api";
import { TASK_DUE_GROUPS, type TaskSort } from "@kelias/domain";
import { getFormatter, getTranslations } from "next-intl/server";
import { OverdueBadge, PriorityBadge, taskName } from "@/components/cases/CaseTasks";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { TaskToggle } from "@/components/cases/TaskForms";
import { RecordLink } from "@/components/RecordLink";
import { DataTable } from "@/components/ui/DataTable";

export type ListedTask = RouterOutputs["case"]["task"]["mine"]["tasks"][number];

interface Props {
  tasks: ListedTask[];
  sort: TaskSort;
  /** The team view names who does each task; "My tasks" are all the reader's. */
  showAssignee: boolean;
  /** Whether the reader may tick the tasks off here (the people working on the cases). */
  canTick: boolean;
}

/**
 * Open tasks as tables: sorted by due date, grouped (overdue, today, later this week, after this
 * week, undated); sorted by priority, one table. Beside each case reference, the person's name.
 */
export async function TaskList({ tasks, sort, showAssignee, canTick }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const named = await Promise.all(tasks.map(async (task) => ({ task, name: await taskName(task) })));
  const groups =
    sort === "due"
      ? TASK_DUE_GROUPS.map((group) => ({
          group,
          rows: named.filter(({ task }) => task.dueGroup === group),
        })).filter((g) => g.rows.length > 0)
      : [{ group: null, rows: named }];
  const columns = [
    { key: "task", label: t("myDay.tasks.task") },
    { key: "due", label: t("myTasks.due") },
    { key: "priority", label: t("myDay.priority") },
    { key: "case", label: t("myTasks.case") },
    ...(showAssignee ? [{ key: "assignee", label: t("myDay.team.assignee") }] : []),
  ];
  return (
    <>
      {groups.map(({ group, rows }) => {
        const heading = group ? t(`myDay.dueGroups.${group}`) : null;
        const id = `tasks-${group ?? "all"}`;
        return (
          <section key={id} aria-labelledby={heading ? id : undefined} className="mt-6">
            {heading ? (
              <h2 id={id} className="text-lg font-semibold">
                {heading}{" "}
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                  ({rows.length})
                </span>
              </h2>
            ) : null}
            <DataTable
              spacing="mt-2"
              caption={
                heading ? t("myDay.tasks.groupCaption", { group: heading, count: rows.length }) : undefined
              }
              columns={columns}
            >
              {rows.map(({ task, name }) => (
                <tr key={task.id}>
                  <td className="px-3 py-2">
                    {canTick ? (
                      <TaskToggle
                        caseId={task.caseId}
                        taskId={task.id}
                        origin={task.origin}
                        version={task.version}
                        done={false}
                        label={name}
                      />
                    ) : (
                      name
                    )}
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
                    {task.priority === "normal" ? (
                      t("myDay.priorities.normal")
                    ) : (
                      <PriorityBadge
                        priority={task.priority}
                        label={t(`myDay.priorities.${task.priority}`)}
                      />
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <RecordLink
                      className="text-brand-700 underline dark:text-brand-300"
                      href={`/cases/${task.caseId}#case-tasks`}
                    >
                      {task.caseReference}
                    </RecordLink>{" "}
                    <span className="font-medium">{task.personName}</span>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {t(`programmesShort.${task.programme}`)}
                    </span>
                  </td>
                  {showAssignee ? <td className="px-3 py-2">{task.assigneeName}</td> : null}
                </tr>
              ))}
            </DataTable>
          </section>
        );
      })}
    </>
  );
}
