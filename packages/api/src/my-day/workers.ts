import type { Executor } from "@kelias/db";
import { type CaseFacts, can } from "@kelias/domain";
import { activeActor } from "../user/active-actor";

/**
 * Whether the user may be given work on the case (a task, an appointment to go to): an active
 * account the policy lets change the case (`case.update`: assigned to it, in its programme).
 */
export async function mayWorkOn(db: Executor, userId: string, facts: CaseFacts): Promise<boolean> {
  const actor = await activeActor(db, userId);
  return actor !== null && can(actor, { kind: "case.update", case: facts });
}
