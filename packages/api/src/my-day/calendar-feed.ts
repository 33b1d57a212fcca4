import { createHash, randomBytes } from "node:crypto";
import { appendAudit, calendarFeeds, type Database, type Executor, users } from "@kelias/db";
import {
  type Actor,
  type AppointmentKind,
  calendarFeedToken,
  can,
  caseScope,
  feedEventOf,
  type Programme,
  type Role,
} from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import ical, { ICalEventStatus } from "ical-generator";
import { caseScopeSql } from "../scope";
import { appointmentsWhere, userAppointmentsWhere } from "./appointments";

/**
 * A user's private calendar feed: an address with a secret token that a calendar application
 * fetches without signing in. Only the token's SHA-256 is stored (the token has 256 random bits,
 * so a fast hash is enough: nothing can be guessed from it); the token itself is shown once, when
 * made. Every fetch reads the account and the case scope afresh: an account deactivated, or a case
 * the user no longer works on, is gone from the next fetch.
 */

/** How far back and ahead the feed reaches. */
const FEED_PAST_DAYS = 31;
const FEED_FUTURE_DAYS = 366;
const DAY = 86_400_000;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** Makes a new feed token for the user, replacing any earlier one (whose address stops working). */
export async function renewFeedToken(db: Executor, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash: hashOf(token) })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash: hashOf(token), createdAt: new Date(), lastUsedAt: null },
    });
  return token;
}

/** Ends the user's feed; true when there was one. */
export async function revokeFeedToken(db: Executor, userId: string): Promise<boolean> {
  const deleted = await db
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .returning({ userId: calendarFeeds.userId });
  return deleted.length > 0;
}

export async function feedStatus(db: Executor, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .limit(1);
  return row
    ? { active: true as const, ...row }
    : { active: false as const, createdAt: null, lastUsedAt: null };
}

export interface FeedLabels {
  calendarName: string;
  kind: (kind: AppointmentKind) => string;
}

const FEED_ACTION = "calendar.feed.read";

async function refuse(
  db: Database,
  ip: string | null,
  actorId: string | null,
  reason: string,
): Promise<never> {
  await appendAudit(db, {
    actorId,
    action: FEED_ACTION,
    outcome: "denied",
    ip,
    detail: { code: "NOT_FOUND", reason },
  });
  // The same answer for every refusal, so an address can not be probed for what exists.
  throw new TRPCError({ code: "NOT_FOUND", message: "Not found." });
}

/**
 * The iCalendar text of the feed whose token is `raw`: the user's appointments (those they go to
 * and those of the cases they work on, in their case scope now), from a month ago to a year ahead,
 * cancelled ones as cancelled events so calendars take them off. What each event says is
 * `feedEventOf`'s rule: the kind and the case reference, never the person's name or the note.
 * A wrong, replaced or revoked token, or an account that is no longer active, answers NOT_FOUND.
 */
export async function calendarFeed(
  ctx: { db: Database; ip: string | null },
  raw: string,
  labels: FeedLabels,
  now = new Date(),
): Promise<string> {
  const token = calendarFeedToken.safeParse(raw);
  if (!token.success) return refuse(ctx.db, ctx.ip, null, "invalid_token");
  const [row] = await ctx.db
    .select({
      id: users.id,
      roles: users.roles,
      programmes: users.programmes,
      active: users.active,
      handoverPendingBy: users.handoverPendingBy,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, hashOf(token.data)))
    .limit(1);
  if (!row) return refuse(ctx.db, ctx.ip, null, "unknown_token");
  const actor: Actor = {
    id: row.id,
    roles: row.roles as Role[],
    programmes: row.programmes as Programme[],
    handoverPending: row.handoverPendingBy !== null,
  };
  if (!row.active || !can(actor, { kind: "calendar.read" }))
    return refuse(ctx.db, ctx.ip, row.id, "not_allowed");
  const span = {
    from: new Date(now.getTime() - FEED_PAST_DAYS * DAY),
    to: new Date(now.getTime() + FEED_FUTURE_DAYS * DAY),
  };
  const appointments = await appointmentsWhere(
    ctx.db,
    userAppointmentsWhere(ctx, actor.id, caseScopeSql(ctx, caseScope(actor, "access")), span),
  );
  const calendar = ical({
    name: labels.calendarName,
    prodId: { company: "Kelias", product: "Kelias", language: "EN" },
    ttl: 60 * 60,
  });
  for (const appointment of appointments) {
    const event = feedEventOf(appointment, labels.kind(appointment.kind));
    calendar.createEvent({
      id: `${event.id}@kelias`,
      start: event.start,
      end: event.end,
      stamp: now,
      summary: event.summary,
      location: event.location,
      sequence: appointment.version,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  await ctx.db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.userId, actor.id));
  await appendAudit(ctx.db, {
    actorId: actor.id,
    action: FEED_ACTION,
    outcome: "allowed",
    ip: ctx.ip,
    detail: { events: appointments.length },
  });
  return calendar.toString();
}
