import { type Executor, personHouseholdMembers } from "@kelias/db";
import { type HouseholdMemberInput, inverseRelationship } from "@kelias/domain";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { deny } from "../authorize";
import type { ProcedureContext } from "../trpc";
import { visibleIds } from "./visibility";

/**
 * Household members must be people the actor can see; one that is not answers NOT_FOUND (audited
 * under the procedure), exactly like one that does not exist.
 */
export async function requireVisibleMembers(ctx: ProcedureContext, members: readonly HouseholdMemberInput[]) {
  const ids = members.map((m) => m.personId);
  const visible = await visibleIds(ctx, ids);
  const missing = ids.find((id) => !visible.has(id));
  if (missing) await deny(ctx, ctx.action, "NOT_FOUND", { entityType: "person", entityId: missing });
}

/** Links the members both ways (a parent's child is the child's parent), updating a link that exists. */
export async function linkMembers(
  tx: Executor,
  actorId: string,
  personId: string,
  members: readonly HouseholdMemberInput[],
) {
  if (members.length === 0) return;
  const rows = members.flatMap((m) => [
    { personId, memberId: m.personId, relationship: m.relationship, createdBy: actorId },
    {
      personId: m.personId,
      memberId: personId,
      relationship: inverseRelationship(m.relationship),
      createdBy: actorId,
    },
  ]);
  await tx
    .insert(personHouseholdMembers)
    .values(rows)
    .onConflictDoUpdate({
      target: [personHouseholdMembers.personId, personHouseholdMembers.memberId],
      set: { relationship: sql`excluded.relationship` },
    });
}

/** Removes the links between the person and these members, both ways. */
export async function unlinkMembers(tx: Executor, personId: string, memberIds: readonly string[]) {
  if (memberIds.length === 0) return;
  await tx
    .delete(personHouseholdMembers)
    .where(
      or(
        and(
          eq(personHouseholdMembers.personId, personId),
          inArray(personHouseholdMembers.memberId, [...memberIds]),
        ),
        and(
          eq(personHouseholdMembers.memberId, personId),
          inArray(personHouseholdMembers.personId, [...memberIds]),
        ),
      ),
    );
}
