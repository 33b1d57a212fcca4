import type { RouterOutputs } from "@kelias/api";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseSection } from "./CaseSection";
import { calendarDate, DAY_FORMAT, MOMENT_FORMAT } from "./record-format";
import { AddTaskForm, TaskAssign, TaskToggle } from "./TaskForms";

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

/** A task's priority, shown beside it unless it is normal. */
export function PriorityBadge({ priority, label }: { priority: string; label: string }) {
  if (priority === "normal") return null;
  return (
    <span
      className={
        priority === "high"
          ? "rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-50"
          : "rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-100"
      }
    >
      {label}
    </span>
  );
}

/**
 * The case's tasks: open ones first, overdue ones marked; workflow-created ones named by the
 * workflow; each with its priority and who does it (the case's owner unless it names someone).
 */
export async function CaseTasks({
  caseId,
  tasks,
  canUpdate,
  canReassign = canUpdate,
  team = [],
}: {
  caseId: string;
  tasks: Task[];
  canUpdate: boolean;
  /** Whoever works on the case, and the programme's managers (`case.task.assign`). */
  canReassign?: boolean;
  /** The people who work on the case, the owner first (whom a task may be given to). */
  team?: readonly { id: string; name: string; kind: "owner" | "co" }[];
}) {
  const t = await getTranslations("record.tasks");
  const tDay = await getTranslations("myDay");
  const owner = team.find((p) => p.kind === "owner");
  const people = [...team]
    .sort((a, b) => Number(b.kind === "owner") - Number(a.kind === "owner"))
    .map((p) => ({
      id: p.id,
      label: p.kind === "owner" ? tDay("tasks.ownerOption", { name: p.name }) : p.name,
    }));
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
                {task.done ? null : (
                  <PriorityBadge priority={task.priority} label={tDay(`priorities.${task.priority}`)} />
                )}
                {task.done ? null : (
                  <span>{tDay("tasks.assignedTo", { name: task.assigneeName ?? owner?.name ?? "" })} ·</span>
                )}
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
              {canReassign && !task.done && people.length > 1 ? (
                <div className="pl-6">
                  <TaskAssign
                    caseId={caseId}
                    taskId={task.id}
                    origin={task.origin}
                    version={task.version}
                    assigneeId={task.assigneeId ?? owner?.id ?? ""}
                    people={people}
                    label={name}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canUpdate ? (
        <div className="mt-4 max-w-2xl">
          <AddTaskForm caseId={caseId} people={people} />
        </div>
      ) : null}
    </CaseSection>
  );
}
