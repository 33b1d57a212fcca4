import type { Programme, TaskDueFilter, TaskSort } from "@kelias/domain";
import { getTranslations } from "next-intl/server";
import { QuerySelect, queryButton } from "@/components/ui/QueryField";

export interface TaskFilterValues {
  due?: TaskDueFilter | undefined;
  programme?: Programme | undefined;
  caseId?: string | undefined;
  sort: TaskSort;
  assigneeId?: string | undefined;
}

interface Props {
  /** The page the form sends its filters to (they live in its address). */
  action: string;
  values: TaskFilterValues;
  programmes: readonly Programme[];
  cases: readonly { id: string; reference: string; personName: string }[];
  /** The team view filters by assignee too. */
  staff?: readonly { id: string; name: string }[];
}

/** The filters of a task list as a plain GET form: each filter is a query parameter of the page. */
export async function TaskFilters({ action, values, programmes, cases, staff }: Props) {
  const t = await getTranslations();
  return (
    <search className="mt-4">
      <form
        method="get"
        action={action}
        className="flex flex-wrap items-end gap-3"
        aria-label={t("myDay.tasks.filters")}
      >
        <QuerySelect
          id="tasks-due"
          name="due"
          label={t("myDay.tasks.due")}
          defaultValue={values.due}
          anyLabel={t("myDay.tasks.anyDue")}
          options={[
            { value: "overdue", label: t("myDay.tasks.dueOverdue") },
            { value: "week", label: t("myDay.tasks.dueWeek") },
          ]}
        />
        <QuerySelect
          id="tasks-programme"
          name="programme"
          label={t("myDay.tasks.programme")}
          defaultValue={values.programme}
          anyLabel={t("myDay.tasks.anyProgramme")}
          options={programmes.map((p) => ({ value: p, label: t(`programmes.${p}`) }))}
        />
        <QuerySelect
          id="tasks-case"
          name="caseId"
          label={t("myDay.tasks.case")}
          defaultValue={values.caseId}
          anyLabel={t("myDay.tasks.anyCase")}
          options={cases.map((c) => ({ value: c.id, label: `${c.reference} · ${c.personName}` }))}
        />
        {staff ? (
          <QuerySelect
            id="tasks-assignee"
            name="assigneeId"
            label={t("myDay.team.assignee")}
            defaultValue={values.assigneeId}
            anyLabel={t("myDay.team.anyAssignee")}
            options={staff.map((s) => ({ value: s.id, label: s.name }))}
          />
        ) : null}
        <QuerySelect
          id="tasks-sort"
          name="sort"
          label={t("myDay.tasks.sort")}
          defaultValue={values.sort}
          options={[
            { value: "due", label: t("myDay.tasks.sortDue") },
            { value: "priority", label: t("myDay.tasks.sortPriority") },
          ]}
        />
        <button type="submit" className={queryButton}>
          {t("myDay.tasks.apply")}
        </button>
        <a href={action} className="py-2 text-sm text-brand-700 underline dark:text-brand-300">
          {t("myDay.tasks.clear")}
        </a>
      </form>
    </search>
  );
}

/** The filters of the page's address: what the API does not know is dropped, not refused. */
export function filtersFrom(
  query: Record<string, string | string[] | undefined>,
  keys: readonly ("due" | "programme" | "caseId" | "sort" | "assigneeId")[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) out[key] = value;
  }
  return out;
}
