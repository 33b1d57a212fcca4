import {
  type AppointmentKind,
  addDays,
  officeInstant,
  officeToday,
  officeWeek,
  type Programme,
  type TaskPriority,
} from "@kelias/domain";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../audit";
import { caseAppointments, cases, caseTasks } from "../schema";
import type { SeededRandom } from "./random";

/** What each programme's appointments are, and where. */
const APPOINTMENTS: Record<Programme, { kind: AppointmentKind; place: string }[]> = {
  avrr: [
    { kind: "counselling", place: "Office, room 2" },
    { kind: "embassy_visit", place: "Embassy of Georgia, Vilnius" },
    { kind: "flight", place: "Vilnius airport, terminal A" },
  ],
  counter_trafficking: [
    { kind: "counselling", place: "Safe accommodation, meeting room" },
    { kind: "medical", place: "Vilnius University Hospital Santaros Klinikos" },
    { kind: "legal", place: "Legal aid office, Gedimino pr." },
  ],
  social_assistance: [
    { kind: "counselling", place: "Office, room 1" },
    { kind: "home_visit", place: "The person's home" },
  ],
  labour_migration: [
    { kind: "interview", place: "Office, room 3" },
    { kind: "counselling", place: "Online call" },
  ],
};

const TIMES = ["09:00", "09:30", "10:30", "11:00", "13:00", "14:00", "15:30"];

export interface DemoDay {
  now: Date;
  /** The caseworker with the rich caseload: most of the week's appointments are theirs. */
  caseworkerId: string;
}

/**
 * "My day" for the demo: task priorities, and appointments of the open cases this week (a few next
 * week, one cancelled), in office time. Tasks stay with the cases' owners (the demo cases have no
 * co-workers, whom a task could be given to).
 */
export async function seedMyDay(tx: Executor, random: SeededRandom, d: DemoDay): Promise<void> {
  const open = await tx
    .select({ id: cases.id, programme: cases.programme, ownerId: cases.ownerId })
    .from(cases)
    .where(isNull(cases.closedAt))
    .orderBy(asc(cases.reference));
  if (open.length === 0) return;

  // Priorities: a few tasks are urgent, a few can wait.
  const tasks = await tx
    .select({ id: caseTasks.id })
    .from(caseTasks)
    .where(
      and(
        isNull(caseTasks.doneAt),
        inArray(
          caseTasks.caseId,
          open.map((c) => c.id),
        ),
      ),
    )
    .orderBy(asc(caseTasks.createdAt), asc(caseTasks.id));
  for (const task of tasks) {
    const roll = random.int(0, 9);
    const priority: TaskPriority | null = roll < 2 ? "high" : roll === 9 ? "low" : null;
    if (priority) await tx.update(caseTasks).set({ priority }).where(eq(caseTasks.id, task.id));
  }

  // Appointments: this week on the working days, a few next week.
  const today = officeToday(d.now);
  const monday = officeWeek(today).start;
  const mine = open.filter((c) => c.ownerId === d.caseworkerId).slice(0, 8);
  const theirs = open.filter((c) => c.ownerId !== d.caseworkerId).slice(0, 3);
  let n = 0;
  for (const c of [...mine, ...theirs]) {
    const { kind, place } = random.pick(APPOINTMENTS[c.programme]);
    const weekday = n % 5;
    const day = addDays(monday, n < 8 ? weekday : 7 + weekday);
    const startsAt = officeInstant(day, random.pick(TIMES));
    const cancelled = n === 3;
    await tx.insert(caseAppointments).values({
      caseId: c.id,
      kind,
      startsAt,
      durationMinutes: kind === "flight" ? 180 : random.pick([30, 60, 90]),
      place,
      note: kind === "embassy_visit" ? "Bring the passport photos and the return decision." : "",
      createdBy: c.ownerId,
      createdAt: d.now,
      updatedBy: c.ownerId,
      updatedAt: d.now,
      ...(cancelled
        ? {
            cancelledAt: d.now,
            cancelledBy: c.ownerId,
            cancelReason: "The person is ill; to be planned again.",
            version: 2,
          }
        : {}),
    });
    n += 1;
  }
}
