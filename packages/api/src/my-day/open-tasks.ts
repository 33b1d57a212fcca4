import { cases, caseTasks, caseWorkflowTasks, people, users } from "@kelias/db";
import {
  compareOpenTasks,
  isOverdue,
  type Programme,
  type TaskDueFilter,
  type TaskDueGroup,
  type TaskOrigin,
  type TaskPriority,
  type TaskSort,
  taskDueGroup,
  taskDueRange,
  type WorkflowTaskKind,
} from "@kelias/domain";
import { and, eq, inArray, isNull, lt, lte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AuthedContext } from "../context";

/** A task list answers at most this many open tasks of each origin. */
export const OPEN_TASKS_LIMIT = 500;

export interface OpenTask {
  id: string;
  origin: TaskOrigin;
  title: string | null;
  kind: WorkflowTaskKind | null;
  dueDate: string | null;
  overdue: boolean;
  dueGroup: TaskDueGroup;
  priority: TaskPriority;
  version: number;
  createdAt: Date;
  caseId: string;
  caseReference: string;
  programme: Programme;
  /** The person the case is about, beside the reference so the worker knows whom it concerns. */
  personName: string;
  /** Who does it: the task's assignee, or the case's owner when it names none. */
  assigneeId: string;
  assigneeName: string;
}

export interface OpenTaskQuery {
  /** Which cases (the scope, and any programme limit): applied to every row. */
  cases: SQL;
  /** Whose tasks; every assignee's when left out. */
  assigneeId?: string;
  due?: TaskDueFilter;
  programme?: Programme;
  caseId?: string;
  sort: TaskSort;
  today: string;
}

/** The case options of a list: the distinct cases of its tasks, by reference. */
export interface CaseOption {
  id: string;
  reference: string;
  personName: string;
}

const assignee = alias(users, "assignee");

/**
 * The open tasks, manual and workflow-created, of the cases `query.cases` selects, with their
 * filters; the case filter is applied last so that the list can offer every case it had before it.
 */
export async function openTasks(
  ctx: Pick<AuthedContext, "db">,
  query: OpenTaskQuery,
): Promise<{ tasks: OpenTask[]; caseOptions: CaseOption[] }> {
  const range = query.due ? taskDueRange(query.due, query.today) : {};
  const whereOf = (table: typeof caseTasks | typeof caseWorkflowTasks) => {
    const effective = sql<string>`coalesce(${table.assigneeId}, ${cases.ownerId})`;
    return and(
      isNull(table.doneAt),
      query.cases,
      query.assigneeId ? eq(effective, query.assigneeId) : undefined,
      query.programme ? eq(cases.programme, query.programme) : undefined,
      range.before ? lt(table.dueDate, range.before) : undefined,
      range.through ? lte(table.dueDate, range.through) : undefined,
    );
  };
  const common = {
    caseId: cases.id,
    caseReference: cases.reference,
    programme: cases.programme,
    givenName: people.givenName,
    familyName: people.familyName,
    assigneeId: sql<string>`coalesce(${assignee.id}, ${cases.ownerId})`,
  };
  const [manual, workflow] = await Promise.all([
    ctx.db
      .select({
        id: caseTasks.id,
        title: caseTasks.title,
        dueDate: caseTasks.dueDate,
        priority: caseTasks.priority,
        version: caseTasks.version,
        createdAt: caseTasks.createdAt,
        ...common,
      })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .innerJoin(people, eq(people.id, cases.personId))
      .leftJoin(assignee, eq(assignee.id, caseTasks.assigneeId))
      .where(whereOf(caseTasks))
      .orderBy(sql`${caseTasks.dueDate} asc nulls last`)
      .limit(OPEN_TASKS_LIMIT),
    ctx.db
      .select({
        id: caseWorkflowTasks.id,
        kind: caseWorkflowTasks.kind,
        dueDate: caseWorkflowTasks.dueDate,
        priority: caseWorkflowTasks.priority,
        version: caseWorkflowTasks.version,
        createdAt: caseWorkflowTasks.createdAt,
        ...common,
      })
      .from(caseWorkflowTasks)
      .innerJoin(cases, eq(cases.id, caseWorkflowTasks.caseId))
      .innerJoin(people, eq(people.id, cases.personId))
      .leftJoin(assignee, eq(assignee.id, caseWorkflowTasks.assigneeId))
      .where(whereOf(caseWorkflowTasks))
      .orderBy(sql`${caseWorkflowTasks.dueDate} asc`)
      .limit(OPEN_TASKS_LIMIT),
  ]);
  const assigneeIds = [...new Set([...manual, ...workflow].map((t) => t.assigneeId))];
  const names =
    assigneeIds.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await ctx.db
              .select({ id: users.id, name: users.name })
              .from(users)
              .where(inArray(users.id, assigneeIds))
          ).map((u) => [u.id, u.name]),
        );
  const shape = <T extends (typeof manual)[number] | (typeof workflow)[number]>(t: T) => ({
    id: t.id,
    dueDate: t.dueDate,
    overdue: isOverdue({ dueDate: t.dueDate, done: false }, query.today),
    dueGroup: taskDueGroup(t.dueDate, query.today),
    priority: t.priority,
    version: t.version,
    createdAt: t.createdAt,
    caseId: t.caseId,
    caseReference: t.caseReference,
    programme: t.programme,
    personName: `${t.givenName} ${t.familyName}`,
    assigneeId: t.assigneeId,
    assigneeName: names.get(t.assigneeId) ?? "",
  });
  const all: OpenTask[] = [
    ...manual.map((t) => ({ ...shape(t), origin: "manual" as const, title: t.title, kind: null })),
    ...workflow.map((t) => ({ ...shape(t), origin: "workflow" as const, title: null, kind: t.kind })),
  ].sort((a, b) => compareOpenTasks(a, b, query.sort));
  const caseOptions = new Map<string, CaseOption>();
  for (const t of all) {
    if (!caseOptions.has(t.caseId))
      caseOptions.set(t.caseId, { id: t.caseId, reference: t.caseReference, personName: t.personName });
  }
  return {
    tasks: query.caseId ? all.filter((t) => t.caseId === query.caseId) : all,
    caseOptions: [...caseOptions.values()].sort((a, b) => a.reference.localeCompare(b.reference)),
  };
}

/** Only the cases of the given programmes (a manager's), besides the scope. */
export function inProgrammes(programmes: readonly Programme[]): SQL {
  return programmes.length > 0 ? inArray(cases.programme, [...programmes]) : sql`false`;
}
