import { caseAppointments, cases, type Executor, people, users } from "@kelias/db";
import { type AppointmentKind, officeLocal, type Programme } from "@kelias/domain";
import { and, asc, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AuthedContext } from "../context";
import { assignedTo } from "../scope";

export interface Appointment {
  id: string;
  caseId: string;
  caseReference: string;
  programme: Programme;
  restricted: boolean;
  personName: string;
  kind: AppointmentKind;
  startsAt: Date;
  /** The office's local date and time of day it starts. */
  date: string;
  time: string;
  durationMinutes: number;
  place: string;
  note: string;
  /** Who goes: the appointment's attendee, or the case's owner when it names none. */
  attendeeId: string;
  /** Null: the appointment names nobody, so the case's owner goes. */
  namedAttendeeId: string | null;
  attendeeName: string;
  cancelled: boolean;
  cancelledAt: Date | null;
  cancelledByName: string | null;
  cancelReason: string;
  createdByName: string;
  version: number;
}

/** An appointment never lists more than this many at once (a case's, a week's, a feed's). */
const APPOINTMENTS_LIMIT = 1000;

const attendee = alias(users, "attendee");
const author = alias(users, "author");
const canceller = alias(users, "canceller");

/** The appointments `where` selects (over the appointment and its case), in the order they start. */
export async function appointmentsWhere(db: Executor, where: SQL | undefined): Promise<Appointment[]> {
  const rows = await db
    .select({
      a: caseAppointments,
      caseReference: cases.reference,
      programme: cases.programme,
      restricted: cases.restricted,
      givenName: people.givenName,
      familyName: people.familyName,
      attendeeId: sql<string>`coalesce(${caseAppointments.attendeeId}, ${cases.ownerId})`,
      attendeeName: sql<string>`coalesce(${attendee.name}, (select u.name from users u where u.id = ${cases.ownerId}))`,
      authorName: author.name,
      cancelledByName: canceller.name,
    })
    .from(caseAppointments)
    .innerJoin(cases, eq(cases.id, caseAppointments.caseId))
    .innerJoin(people, eq(people.id, cases.personId))
    .innerJoin(author, eq(author.id, caseAppointments.createdBy))
    .leftJoin(attendee, eq(attendee.id, caseAppointments.attendeeId))
    .leftJoin(canceller, eq(canceller.id, caseAppointments.cancelledBy))
    .where(where)
    .orderBy(asc(caseAppointments.startsAt), asc(caseAppointments.id))
    .limit(APPOINTMENTS_LIMIT);
  return rows.map(({ a, ...r }) => ({
    id: a.id,
    caseId: a.caseId,
    caseReference: r.caseReference,
    programme: r.programme,
    restricted: r.restricted,
    personName: `${r.givenName} ${r.familyName}`,
    kind: a.kind,
    startsAt: a.startsAt,
    ...officeLocal(a.startsAt),
    durationMinutes: a.durationMinutes,
    place: a.place,
    note: a.note,
    attendeeId: r.attendeeId,
    namedAttendeeId: a.attendeeId,
    attendeeName: r.attendeeName ?? "",
    cancelled: a.cancelledAt !== null,
    cancelledAt: a.cancelledAt,
    cancelledByName: r.cancelledByName,
    cancelReason: a.cancelReason,
    createdByName: r.authorName,
    version: a.version,
  }));
}

/**
 * The appointments of a user between two instants: those they go to and those of the cases they
 * work on, among the cases `scope` lets them read now.
 */
export function userAppointmentsWhere(
  ctx: Pick<AuthedContext, "db">,
  userId: string,
  scope: SQL,
  span: { from: Date; to: Date },
): SQL | undefined {
  return and(
    scope,
    gte(caseAppointments.startsAt, span.from),
    lt(caseAppointments.startsAt, span.to),
    or(eq(sql`coalesce(${caseAppointments.attendeeId}, ${cases.ownerId})`, userId), assignedTo(ctx, userId)),
  );
}
