import { type Executor, users } from "@kelias/db";
import { type CaseFacts, can } from "@kelias/domain";
import { and, eq } from "drizzle-orm";

/**
 * Whether the user may be given work on the case (a task, an appointment to go to): an active
 * account the policy lets change the case (`case.update`: assigned to it, in its programme).
 */
export async function mayWorkOn(db: Executor, userId: string, facts: CaseFacts): Promise<boolean> {
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
  if (!candidate) return false;
  const { handoverPendingBy, ...actor } = candidate;
  return can({ ...actor, handoverPending: handoverPendingBy !== null }, { kind: "case.update", case: facts });
}
