import { parseIsoDate } from "../age";
import { addCalendarMonths } from "../workflows/calendar";
import { WORKFLOW_TASK_KINDS, type WorkflowTaskKind } from "../workflows/types";

/**
 * When an AVRR returnee is monitored after arrival, as versioned reference data. **verify**: the
 * points (3, 6 and 12 months after arrival) are the ones the AVRR workflow's arrival tasks already
 * use and the domain brief implies, not a figure checked against the programme's donor agreement;
 * a changed schedule is a new value with a new `id`, never an edit of this one.
 */
export interface MonitoringScheduleVersion {
  /** Recorded with nothing: the schedule is computed on reading, from the current version. */
  id: string;
  /** Each point, in calendar months after the arrival date. */
  pointsMonths: readonly number[];
  /** A point is "due" from this many days before its date (before that it is "upcoming"). */
  dueWindowDays: number;
  verify: boolean;
  note: string;
}

export const MONITORING_SCHEDULE_V1: MonitoringScheduleVersion = {
  id: "avrr-monitoring-v1",
  pointsMonths: [3, 6, 12],
  dueWindowDays: 30,
  verify: true,
  note: "3, 6 and 12 months after arrival, as the AVRR arrival tasks; verify against the programme's agreement.",
};

export const MONITORING_SCHEDULES: Readonly<Record<string, MonitoringScheduleVersion>> = {
  [MONITORING_SCHEDULE_V1.id]: MONITORING_SCHEDULE_V1,
};
export const CURRENT_MONITORING_SCHEDULE = MONITORING_SCHEDULE_V1;

export const MONITORING_POINT_STATUSES = ["upcoming", "due", "overdue", "done"] as const;
export type MonitoringPointStatus = (typeof MONITORING_POINT_STATUSES)[number];

export interface MonitoringPoint {
  monthsAfterArrival: number;
  dueDate: string;
  status: MonitoringPointStatus;
  /** The contact that fulfilled the point (the earliest one recorded for it). */
  visitId: string | null;
}

/** What the schedule needs of a recorded contact: which point it was for (null: an extra contact). */
export interface ScheduledContact {
  id: string;
  pointMonths: number | null;
  date: string;
}

function dayNumber(isoDate: string): number {
  const d = parseIsoDate(isoDate);
  if (!d) throw new RangeError(`not an ISO date: ${isoDate}`);
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/**
 * The monitoring points of a case that arrived on `arrivalDate`, on the office's `today`: each
 * point's date is that many calendar months after arrival (31 January + 1 month is 28 February);
 * a point is done once a contact was recorded for it, overdue when its date has passed (due on the
 * day itself is not overdue), due within the schedule's window before its date, else upcoming.
 * No arrival date, no schedule.
 */
export function monitoringSchedule(
  arrivalDate: string | null,
  contacts: readonly ScheduledContact[],
  today: string,
  schedule: MonitoringScheduleVersion = CURRENT_MONITORING_SCHEDULE,
): MonitoringPoint[] {
  if (!arrivalDate) return [];
  const todayNumber = dayNumber(today);
  return [...schedule.pointsMonths]
    .sort((a, b) => a - b)
    .map((months) => {
      const dueDate = addCalendarMonths(arrivalDate, months);
      const fulfilling = contacts
        .filter((c) => c.pointMonths === months)
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))[0];
      const daysLeft = dayNumber(dueDate) - todayNumber;
      const status: MonitoringPointStatus = fulfilling
        ? "done"
        : daysLeft < 0
          ? "overdue"
          : daysLeft <= schedule.dueWindowDays
            ? "due"
            : "upcoming";
      return { monthsAfterArrival: months, dueDate, status, visitId: fulfilling?.id ?? null };
    });
}

/**
 * Why a monitoring contact cannot be recorded on a case: monitoring counts from the arrival, so a
 * contact needs the arrival date recorded and cannot be earlier than it. Null when it can.
 */
export function monitoringContactProblem(
  arrivalDate: string | null,
  contact: { date: string },
): "arrival_missing" | "before_arrival" | null {
  if (!arrivalDate) return "arrival_missing";
  if (contact.date < arrivalDate) return "before_arrival";
  return null;
}

/**
 * The AVRR workflow task a contact at a schedule point fulfils (the arrival creates one per point:
 * `monitoring_3_months` …); null for a point the workflow has no task for, or an extra contact.
 */
export function monitoringTaskKind(pointMonths: number | null): WorkflowTaskKind | null {
  if (pointMonths === null) return null;
  const kind = `monitoring_${pointMonths}_months`;
  return (WORKFLOW_TASK_KINDS as readonly string[]).includes(kind) ? (kind as WorkflowTaskKind) : null;
}
