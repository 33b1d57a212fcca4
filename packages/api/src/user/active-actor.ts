import { type Executor, users } from "@kelias/db";
import type { Actor } from "@kelias/domain";
import { and, eq } from "drizzle-orm";

/**
 * The user as the policy sees them, for a decision about giving them work; null for a deactivated
 * (or unknown) account, which is given nothing. An account whose handover waits is an actor with
 * `handoverPending`, which the policy lets do nothing.
 */
export async function activeActor(db: Executor, userId: string): Promise<Actor | null> {
  const [candidate] = await db
    .select({
      id: users.id,
      roles: users.roles,
      programmes: users.programmes,
      handoverPendingBy: users.handoverPendingBy,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .limit(1);
  if (!candidate) return null;
  const { handoverPendingBy, ...actor } = candidate;
  return { ...actor, handoverPending: handoverPendingBy !== null };
}
