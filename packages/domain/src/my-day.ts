import { z } from "zod";
import { isIsoDate } from "./age";
import { OFFICE_TIME_ZONE, TASK_ORIGINS, TASK_PRIORITIES, type TaskPriority } from "./case-record";
import { withIdempotencyKey } from "./idempotency";
import { idInput, intInput, storableString, textInput, versionInput } from "./input-schemas";
import { PROGRAMMES } from "./programmes";

/**
 * A caseworker's day: the priorities and assignees of tasks, the "My tasks" and team filters, and
 * appointments (counselling sessions, embassy visits, flights …) with the office's local time and
 * what of them may leave the system in a calendar feed. No I/O.
 */

// ---------------------------------------------------------------------------------------------
// Tasks: priority, due groups, filters

/** High first. */
export function comparePriority(a: TaskPriority, b: TaskPriority): number {
  return TASK_PRIORITIES.indexOf(a) - TASK_PRIORITIES.indexOf(b);
}

/** `iso` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The office week (Monday to Sunday, ISO 8601) that holds the calendar date `day`. */
export function officeWeek(day: string): { start: string; end: string } {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  const start = addDays(day, -((weekday + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/**
 * Where a task stands on the calendar, which groups "My tasks": overdue, due today, due later this
 * week, due after this week, or with no due date.
 */
export const TASK_DUE_GROUPS = ["overdue", "today", "this_week", "later", "undated"] as const;
export type TaskDueGroup = (typeof TASK_DUE_GROUPS)[number];

export function taskDueGroup(dueDate: string | null, today: string): TaskDueGroup {
  if (dueDate === null) return "undated";
  if (dueDate < today) return "overdue";
  if (dueDate === today) return "today";
  return dueDate <= officeWeek(today).end ? "this_week" : "later";
}

/**
 * The due filters of a task list: overdue (due before today), or due this week (not done, due on
 * or before Sunday: overdue tasks included, since they are due now too).
 */
export const TASK_DUE_FILTERS = ["overdue", "week"] as const;
export type TaskDueFilter = (typeof TASK_DUE_FILTERS)[number];

/** The due dates a filter keeps: before `before` (exclusive), or up to `through` (inclusive). */
export function taskDueRange(filter: TaskDueFilter, today: string): { before?: string; through?: string } {
  return filter === "overdue" ? { before: today } : { through: officeWeek(today).end };
}

/** Whether a task's due date passes a due filter (none: every task). */
export function matchesDueFilter(
  dueDate: string | null,
  filter: TaskDueFilter | undefined,
  today: string,
): boolean {
  if (!filter) return true;
  if (dueDate === null) return false;
  const range = taskDueRange(filter, today);
  return (
    (range.before === undefined || dueDate < range.before) &&
    (range.through === undefined || dueDate <= range.through)
  );
}

/** How a task list is sorted: by due date (undated last), or by priority and then due date. */
export const TASK_SORTS = ["due", "priority"] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

interface SortableTask {
  dueDate: string | null;
  priority: TaskPriority;
  createdAt: Date;
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The order of "My tasks" and the team's tasks; ties go to the higher priority, then the older task. */
export function compareOpenTasks(a: SortableTask, b: SortableTask, sort: TaskSort): number {
  const first =
    sort === "priority"
      ? comparePriority(a.priority, b.priority) || compareDue(a.dueDate, b.dueDate)
      : compareDue(a.dueDate, b.dueDate) || comparePriority(a.priority, b.priority);
  return first || a.createdAt.getTime() - b.createdAt.getTime();
}

const programme = z.enum(PROGRAMMES);

/**
 * Gives a task to someone else who works on the case, against the version of the task that was
 * read (a workflow task's version counts its reassignments).
 */
export const taskAssignInput = z.object({
  caseId: idInput(),
  taskId: idInput(),
  origin: z.enum(TASK_ORIGINS),
  version: versionInput,
  assigneeId: idInput(),
});
export type TaskAssignInput = z.input<typeof taskAssignInput>;

/** The filters of "My tasks", as they appear in the page's address. */
export const myTasksInput = z.object({
  due: z.enum(TASK_DUE_FILTERS).optional(),
  programme: programme.optional(),
  caseId: idInput().optional(),
  sort: z.enum(TASK_SORTS).default("due"),
});
export type MyTasksInput = z.input<typeof myTasksInput>;

/** The team view: the same filters, and whose tasks (any assignee when left out). */
export const teamTasksInput = myTasksInput.extend({ assigneeId: idInput().optional() });
export type TeamTasksInput = z.input<typeof teamTasksInput>;

// ---------------------------------------------------------------------------------------------
// Appointments

/** What an appointment is for. */
export const APPOINTMENT_KINDS = [
  "counselling",
  "embassy_visit",
  "flight",
  "medical",
  "legal",
  "interview",
  "home_visit",
  "other",
] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/** An appointment lasts from 5 minutes to a day. */
export const APPOINTMENT_MINUTES = { min: 5, max: 24 * 60, default: 60 } as const;

/** The parts of an instant on the clock and calendar of a time zone. */
function partsIn(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** A local time of day, HH:MM on a 24-hour clock. */
export function isLocalTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/**
 * The instant a local date and time of day (the office's clock) names. A time the clock skips
 * (the spring change, 03:00–03:59 in Vilnius) is read with the offset before the change, so it
 * lands an hour later; a time the clock shows twice (autumn) is the first of the two.
 */
export function officeInstant(date: string, time: string, timeZone: string = OFFICE_TIME_ZONE): Date {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset half a day before and after: they differ only around a change of the clock.
  const before = wall - offsetAt(new Date(wall - 43_200_000), timeZone);
  const after = wall - offsetAt(new Date(wall + 43_200_000), timeZone);
  const shows = (t: number) => {
    const local = officeLocal(new Date(t), timeZone);
    return local.date === date && local.time === time;
  };
  const readings = [before, after].filter(shows);
  return new Date(readings.length > 0 ? Math.min(...readings) : before);
}

/** The office's local date (YYYY-MM-DD) and time of day (HH:MM) of an instant. */
export function officeLocal(
  instant: Date,
  timeZone: string = OFFICE_TIME_ZONE,
): { date: string; time: string } {
  const p = partsIn(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The instants an office week runs between: Monday 00:00 to the next Monday 00:00, local. */
export function officeWeekSpan(day: string, timeZone: string = OFFICE_TIME_ZONE): { from: Date; to: Date } {
  const week = officeWeek(day);
  return {
    from: officeInstant(week.start, "00:00", timeZone),
    to: officeInstant(addDays(week.end, 1), "00:00", timeZone),
  };
}

const appointmentDate = storableString()
  .trim()
  .refine(isIsoDate, { message: "invalid_date" })
  .refine((value) => value >= "2000-01-01" && value <= "2099-12-31", { message: "invalid_date" });
const localTime = storableString().trim().refine(isLocalTime, { message: "invalid_time" });

const appointmentFields = {
  kind: z.enum(APPOINTMENT_KINDS),
  /** The office's local date and time of day. */
  date: appointmentDate,
  time: localTime,
  durationMinutes: intInput(APPOINTMENT_MINUTES.min).max(APPOINTMENT_MINUTES.max, "too_long"),
  place: textInput(300).min(1, "required"),
  note: textInput(2000).default(""),
  /** The colleague who goes (one who works on the case); the author when left out. */
  attendeeId: idInput().nullable().default(null),
};

export const appointmentAddInput = z.object({
  caseId: idInput(),
  ...appointmentFields,
  ...withIdempotencyKey,
});
export type AppointmentAddInput = z.input<typeof appointmentAddInput>;

export const appointmentEditInput = z.object({
  caseId: idInput(),
  appointmentId: idInput(),
  version: versionInput,
  ...appointmentFields,
});
export type AppointmentEditInput = z.input<typeof appointmentEditInput>;

/** Calls an appointment off; it stays on the case, marked cancelled, with the reason. */
export const appointmentCancelInput = z.object({
  caseId: idInput(),
  appointmentId: idInput(),
  version: versionInput,
  reason: textInput(500).default(""),
});
export type AppointmentCancelInput = z.input<typeof appointmentCancelInput>;

/** The week of "This week": the one holding `day` (today when left out). */
export const appointmentWeekInput = z.object({
  day: appointmentDate.optional(),
});
export type AppointmentWeekInput = z.input<typeof appointmentWeekInput>;

/** What a calendar feed subscription is asked with: the secret token of its address. */
export const calendarFeedToken = storableString()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "invalid_token");

/**
 * What of an appointment goes into the calendar feed, which leaves the system for a phone or a
 * mail server the office does not control. Never the person's name, the note (free text can say
 * anything) or the programme's sensitive details: the kind and the case reference, so that the
 * caseworker knows which case to open. The place goes too (the caseworker has to find it), except
 * for restricted cases, whose place (a shelter, say) may itself put someone in danger.
 */
export interface FeedAppointment {
  id: string;
  kind: AppointmentKind;
  caseReference: string;
  restricted: boolean;
  place: string;
  startsAt: Date;
  durationMinutes: number;
  cancelled: boolean;
}

export interface FeedEvent {
  id: string;
  start: Date;
  end: Date;
  /** The kind, as a translated label, and the case reference. */
  summary: string;
  location: string | null;
  cancelled: boolean;
}

export function feedEventOf(appointment: FeedAppointment, kindLabel: string): FeedEvent {
  return {
    id: appointment.id,
    start: appointment.startsAt,
    end: new Date(appointment.startsAt.getTime() + appointment.durationMinutes * 60_000),
    summary: `${kindLabel} · ${appointment.caseReference}`,
    location: appointment.restricted ? null : appointment.place,
    cancelled: appointment.cancelled,
  };
}
