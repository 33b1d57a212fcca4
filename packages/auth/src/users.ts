import { type Database, users } from "@kelias/db";
import type { Actor, Programme, Role } from "@kelias/domain";
import { eq, sql } from "drizzle-orm";

export interface SessionUser extends Actor {
  name: string;
  email: string;
}

export async function findUserByEmail(db: Database, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row;
}

/**
 * Turns a session's claims into the acting user, read fresh from the database: a deactivated user,
 * or one whose access changed since sign-in (session version bumped), gets no user at all. An
 * account whose handover waits for a second administrator is loaded as such, and the policy keeps
 * it away from every case.
 */
export async function resolveSessionUser(
  db: Database,
  claims: { userId: string; sessionVersion: number } | null,
): Promise<SessionUser | null> {
  if (!claims) return null;
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      roles: users.roles,
      programmes: users.programmes,
      active: users.active,
      sessionVersion: users.sessionVersion,
      handoverPendingBy: users.handoverPendingBy,
    })
    .from(users)
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!row?.active || row.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles as Role[],
    programmes: row.programmes as Programme[],
    handoverPending: row.handoverPendingBy !== null,
  };
}
