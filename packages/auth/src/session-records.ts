import {
  authSessions,
  type Database,
  type Executor,
  mfaTotp,
  type SessionEndReason,
  users,
} from "@kelias/db";
import { and, desc, eq, isNull, ne } from "drizzle-orm";
import { readSecuritySettings, type SecuritySettings } from "./security-settings";

/** Last-seen is written at most this often: every request reads the row, few need to write it. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

const MAX_USER_AGENT = 512;

export async function startSession(
  db: Executor,
  input: { userId: string; ip: string | null; userAgent: string | null; mfa: boolean; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(authSessions)
    .values({
      userId: input.userId,
      createdAt: input.now,
      lastSeenAt: input.now,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
      mfa: input.mfa,
    })
    .returning({ id: authSessions.id });
  if (!row) throw new Error("session insert returned nothing");
  return row.id;
}

/** Why a session is over, or null while it is still valid. */
export function sessionEnd(
  session: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null },
  settings: SecuritySettings,
  now: Date,
): "ended" | "idle" | "expired" | null {
  if (session.endedAt) return "ended";
  if (now.getTime() - session.createdAt.getTime() >= settings.absoluteLifetimeHours * 3_600_000)
    return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= settings.idleTimeoutMinutes * 60_000) return "idle";
  return null;
}

export type SessionCheck =
  | { ok: true; isDemo: boolean; mfaEnrolled: boolean; settings: SecuritySettings }
  | { ok: false; reason: "unknown" | "ended" | "idle" | "expired" };

/**
 * The per-request check of a session record: it exists, belongs to the user, was not ended, and
 * neither the idle timeout nor the absolute lifetime has passed (the record is closed when one has).
 * Marks the session as seen. Also answers what the caller needs to decide about MFA.
 */
export async function checkSession(
  db: Database,
  claims: { sessionId: string; userId: string },
  now: Date,
): Promise<SessionCheck> {
  const [row] = await db
    .select({
      userId: authSessions.userId,
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
      endedAt: authSessions.endedAt,
      isDemo: users.isDemo,
      mfaConfirmedAt: mfaTotp.confirmedAt,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .leftJoin(mfaTotp, eq(mfaTotp.userId, authSessions.userId))
    .where(eq(authSessions.id, claims.sessionId))
    .limit(1);
  if (!row || row.userId !== claims.userId) return { ok: false, reason: "unknown" };
  const settings = await readSecuritySettings(db);
  const end = sessionEnd(row, settings, now);
  if (end === "ended") return { ok: false, reason: "ended" };
  if (end) {
    await endSession(db, claims.sessionId, end, now);
    return { ok: false, reason: end };
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.update(authSessions).set({ lastSeenAt: now }).where(eq(authSessions.id, claims.sessionId));
  }
  return { ok: true, isDemo: row.isDemo, mfaEnrolled: Boolean(row.mfaConfirmedAt), settings };
}

export async function endSession(
  db: Executor,
  sessionId: string,
  reason: SessionEndReason,
  at = new Date(),
): Promise<void> {
  await db
    .update(authSessions)
    .set({ endedAt: at, endReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.endedAt)));
}

/** Ends every open session of the user except `keep` (the caller's own); returns how many ended. */
export async function endOtherSessions(
  db: Executor,
  userId: string,
  keep: string | null,
  reason: SessionEndReason,
  at = new Date(),
): Promise<number> {
  const ended = await db
    .update(authSessions)
    .set({ endedAt: at, endReason: reason })
    .where(
      and(
        eq(authSessions.userId, userId),
        isNull(authSessions.endedAt),
        keep ? ne(authSessions.id, keep) : undefined,
      ),
    )
    .returning({ id: authSessions.id });
  return ended.length;
}

export interface ActiveSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  mfa: boolean;
}

/** The user's sessions that are still valid now, the most recently used first. */
export async function activeSessions(db: Database, userId: string, now: Date): Promise<ActiveSession[]> {
  const settings = await readSecuritySettings(db);
  const rows = await db
    .select({
      id: authSessions.id,
      createdAt: authSessions.createdAt,
      lastSeenAt: authSessions.lastSeenAt,
      endedAt: authSessions.endedAt,
      ip: authSessions.ip,
      userAgent: authSessions.userAgent,
      mfa: authSessions.mfa,
    })
    .from(authSessions)
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)))
    .orderBy(desc(authSessions.lastSeenAt));
  return rows
    .filter((row) => sessionEnd(row, settings, now) === null)
    .map(({ endedAt: _ended, ...session }) => session);
}
