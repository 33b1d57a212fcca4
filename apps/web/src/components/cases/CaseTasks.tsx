import type { RouterOutputs } from "@kelias/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseSection } from "./CaseSection";
import { calendarDate, DAY_FORMAT, MOMENT_FORMAT } from "./record-format";
import { AddTaskForm, TaskToggle } from "./TaskForms";

type Task = RouterOutputs["case"]["get"]["record"]["tasks"][number];

/** The name of a task: its title, or for a workflow task, what the workflow asks for. */
export async function taskName(task: { title: string | null; kind: string | null }): Promise<string> {
  if (task.title !== null) return task.title;
  const t = await getTranslations("workflow.taskKinds");
  return t(task.kind as "reintegration_contact");
}

export function OverdueBadge({ label }: { label: string }) {
  return (
    <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-900 dark:text-red-50">
      {label}
    </span>
  );
}

/** The case's tasks: open ones first, overdue ones marked; workflow-created ones named by the workflow. */
export async function CaseTasks({
  caseId,
  tasks,
  canUpdate,
}: {
  caseId: string;
  tasks: Task[];
  canUpdate: boolean;
}) {
  const t = await getTranslations("record.tasks");
  const format = await getFormatter();
  const named = await Promise.all(tasks.map(async (task) => ({ task, name: await taskName(task) })));
  return (
    <CaseSection id="case-tasks" title={t("title")}>
      {tasks.length === 0 ? (
        <p className="mt-3 text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {named.map(({ task, name }) => (
            <li key={task.id} className="flex flex-col gap-1 text-sm">
              {canUpdate ? (
                <TaskToggle
                  caseId={caseId}
                  taskId={task.id}
                  origin={task.origin}
                  version={task.version}
                  done={task.done}
                  label={name}
                />
              ) : (
                <p className={task.done ? "line-through" : undefined}>{name}</p>
              )}
              <p className="flex flex-wrap items-center gap-2 pl-6 text-xs text-slate-600 dark:text-slate-400">
                {task.overdue ? <OverdueBadge label={t("overdue")} /> : null}
                <span>
                  {task.dueDate
                    ? t("dueOn", { date: format.dateTime(calendarDate(task.dueDate), DAY_FORMAT) })
                    : t("noDue")}
                </span>
                <span>
                  ·{" "}
                  {task.origin === "workflow"
                    ? t("fromWorkflow")
                    : t("addedBy", { name: task.createdByName })}
                </span>
                {task.done && task.doneAt ? (
                  <span>
                    ·{" "}
                    {t("doneBy", {
                      name: task.doneByName ?? "",
                      date: format.dateTime(task.doneAt, MOMENT_FORMAT),
                    })}
                  </span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canUpdate ? (
        <div className="mt-4 max-w-2xl">
          <AddTaskForm caseId={caseId} />
        </div>
      ) : null}
    </CaseSection>
  );
}
