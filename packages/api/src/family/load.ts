import { caseApprovals, cases, type Executor, families, familyMembers, people } from "@kelias/db";
import { type CaseFacts, can, type FamilyRelationship } from "@kelias/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { deny } from "../authorize";
import { caseFactsOf } from "../case-access";
import type { AuthedContext } from "../context";

export interface LoadedMember {
  caseId: string;
  relationship: FamilyRelationship;
  row: typeof cases.$inferSelect;
  facts: CaseFacts;
}

export interface LoadedFamily {
  family: typeof families.$inferSelect;
  /** Head first, then in the order they joined. */
  members: LoadedMember[];
}

export const familyTarget = (id: string) => ({ entityType: "family", entityId: id });

/** The members of a family with their cases and what the policy needs of them. */
export async function familyMembersOf(db: Executor, familyId: string): Promise<LoadedMember[]> {
  const rows = await db
    .select({ caseId: familyMembers.caseId, relationship: familyMembers.relationship, row: cases })
    .from(familyMembers)
    .innerJoin(cases, eq(cases.id, familyMembers.caseId))
    .where(eq(familyMembers.familyId, familyId))
    .orderBy(asc(familyMembers.createdAt), asc(familyMembers.caseId));
  const facts = await caseFactsOf(
    db,
    rows.map((r) => r.row),
  );
  const members = rows.map((r) => ({ ...r, facts: facts.get(r.caseId) as CaseFacts }));
  return [
    ...members.filter((m) => m.relationship === "head"),
    ...members.filter((m) => m.relationship !== "head"),
  ];
}

/**
 * Loads a family for an action on it. A family none of whose members' cases the actor may read
 * answers NOT_FOUND, as one that does not exist; one they see but may not change (`family.update`
 * needs every member's case) FORBIDDEN.
 */
export async function requireFamily(
  ctx: AuthedContext & { action: string },
  familyId: string,
  kind: "family.read" | "family.update",
): Promise<LoadedFamily> {
  const target = familyTarget(familyId);
  const [family] = await ctx.db.select().from(families).where(eq(families.id, familyId)).limit(1);
  if (!family) return deny(ctx, ctx.action, "NOT_FOUND", target);
  const members = await familyMembersOf(ctx.db, familyId);
  const facts = members.map((m) => m.facts);
  if (!can(ctx.user, { kind: "family.read", members: facts }))
    return deny(ctx, ctx.action, "NOT_FOUND", target);
  if (!can(ctx.user, { kind, members: facts })) return deny(ctx, ctx.action, "FORBIDDEN", target);
  return { family, members };
}

/** The cases named, with their facts, and the family each belongs to already (if any). */
export async function casesForFamily(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  const rows = await db
    .select({ row: cases, familyId: familyMembers.familyId })
    .from(cases)
    .leftJoin(familyMembers, eq(familyMembers.caseId, cases.id))
    .where(inArray(cases.id, [...caseIds]));
  const facts = await caseFactsOf(
    db,
    rows.map((r) => r.row),
  );
  return rows.map((r) => ({ ...r, facts: facts.get(r.row.id) as CaseFacts }));
}

/** The member cases on which an approval waits. */
export async function pendingApprovalCases(db: Executor, caseIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .select({ caseId: caseApprovals.caseId })
    .from(caseApprovals)
    .where(and(inArray(caseApprovals.caseId, [...caseIds]), eq(caseApprovals.status, "pending")));
  return new Set(rows.map((r) => r.caseId));
}

/** The names of the people of these cases (only ever shown for the cases the reader may read). */
export async function personNamesOf(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) return new Map<string, { givenName: string; familyName: string }>();
  const rows = await db
    .select({ caseId: cases.id, givenName: people.givenName, familyName: people.familyName })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .where(inArray(cases.id, [...caseIds]));
  return new Map(rows.map((r) => [r.caseId, { givenName: r.givenName, familyName: r.familyName }]));
}
