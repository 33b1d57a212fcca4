import type { SessionUser } from "@kelias/auth";
import type { Database } from "@kelias/db";

export interface Context {
  db: Database;
  /** Null when signed out; otherwise read fresh from the database for this request. */
  user: SessionUser | null;
  ip: string | null;
  /** The request's session record (account.sessions marks it, account.signOutOthers keeps it). */
  sessionId?: string | null;
  /**
   * A signed-in user who must enrol a second factor before anything else: `user` is null for them,
   * and only the enrolment procedures of the account router accept this instead.
   */
  pendingEnrolment?: SessionUser | null;
}

/** The context of a signed-in request (tRPC procedures and the HTTP routes alike). */
export type AuthedContext = Context & { user: NonNullable<Context["user"]> };
