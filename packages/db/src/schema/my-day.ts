import { APPOINTMENT_KINDS, type AppointmentKind } from "@kelias/domain";
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authored, userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, id, now, oneOf, version } from "./columns";
import { users } from "./users";

/**
 * An appointment of a case: a counselling session, an embassy visit, a flight … at a moment (the
 * office's local date and time, stored as an instant), in a place, with the colleague who goes.
 * Cancelling keeps the row, marked, so the case shows what was planned.
 */
export const caseAppointments = pgTable(
  "case_appointments",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    kind: text().$type<AppointmentKind>().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: integer().notNull().default(60),
    place: text().notNull(),
    note: text().notNull().default(""),
    /** The colleague who goes; null is the case's owner, whoever that is now. */
    attendeeId: userRef(),
    ...authored(),
    cancelledAt: timestamp({ withTimezone: true }),
    cancelledBy: userRef(),
    cancelReason: text().notNull().default(""),
    version: version(),
  },
  (t) => [
    index("case_appointments_case_idx").on(t.caseId, t.startsAt),
    // "This week" and the calendar feed: a span of time, then the cases in scope.
    index("case_appointments_starts_idx").on(t.startsAt, t.caseId),
    check("case_appointments_kind_check", oneOf(t.kind, APPOINTMENT_KINDS)),
    check("case_appointments_duration_check", sql`${t.durationMinutes} between 5 and 1440`),
    check("case_appointments_cancelled_check", sql`(${t.cancelledAt} is null) = (${t.cancelledBy} is null)`),
  ],
);

/**
 * A user's private calendar subscription: the SHA-256 of the secret token in its address (the token
 * itself is shown once, when made). One per user; making a new one replaces it, and revoking deletes it.
 */
export const calendarFeeds = pgTable("calendar_feeds", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text().notNull().unique(),
  createdAt: now(),
  /** The last time a calendar fetched the feed: the account page shows whether it is in use. */
  lastUsedAt: timestamp({ withTimezone: true }),
});
