/// <reference path="./next-auth.d.ts" />
import { type Database, sharedDatabase } from "@kelias/db";
import { getServerSession } from "next-auth";
import { authEnv } from "./env";
import { authOptions, mfaEnrolmentDue } from "./options";
import { checkSession } from "./session-records";
import { resolveSessionUser, type SessionUser } from "./users";

/**
 * A request's session, checked against the database. `user` is the acting user; a user who must
 * enrol a second factor first has none, only `pendingEnrolment` (which only enrolment accepts).
 */
export interface RequestSession {
  user: SessionUser | null;
  pendingEnrolment: SessionUser | null;
  sessionId: string | null;
}

const NOBODY: RequestSession = { user: null, pendingEnrolment: null, sessionId: null };

export async function resolveRequestSession(
  db: Database,
  claims: { userId: string; sessionVersion: number; sessionId: string } | null,
  options: { now: Date; demoMode: boolean },
): Promise<RequestSession> {
  // A token without a session record (issued before records existed) is no longer accepted.
  if (!claims?.sessionId) return NOBODY;
  const check = await checkSession(db, claims, options.now);
  if (!check.ok) return NOBODY;
  const user = await resolveSessionUser(db, claims);
  if (!user) return NOBODY;
  const due = mfaEnrolmentDue(
    { ...user, isDemo: check.isDemo, mfaEnrolled: check.mfaEnrolled },
    check.settings,
    options.demoMode,
  );
  return due
    ? { user: null, pendingEnrolment: user, sessionId: claims.sessionId }
    : { user, pendingEnrolment: null, sessionId: claims.sessionId };
}

/** The current request's session (server components, route handlers). */
export async function currentSession(): Promise<RequestSession> {
  const session = await getServerSession(authOptions());
  if (!session?.user.id) return NOBODY;
  const { db } = await sharedDatabase();
  return resolveRequestSession(
    db,
    { userId: session.user.id, sessionVersion: session.sessionVersion, sessionId: session.sessionId },
    { now: new Date(), demoMode: authEnv().demoMode },
  );
}

/** The signed-in user of the current request, or null (also while MFA enrolment is due). */
export async function currentUser(): Promise<SessionUser | null> {
  return (await currentSession()).user;
}
