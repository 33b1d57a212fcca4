import { type FamilyRelationship, familySteps } from "@kelias/domain";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../audit";
import { cases, families, familyMembers, people } from "../schema";
import { personSearchColumns } from "../search-keys";

/** At most this many demo families, of two or three members each. */
const DEMO_FAMILIES = 2;
const RELATIONSHIPS: FamilyRelationship[] = ["head", "spouse", "sibling"];

/**
 * One or two AVRR households, made of demo cases of `ownerId` that stand where a family step starts
 * (eligibility counselling, travel documents, travel booked), grouped by state: members of the head's
 * citizenship take the head's family name, and every case stays its member's own (facts, history,
 * sensitive notes as seeded). Nothing when no two such cases exist (a demo without people).
 */
export async function seedFamilies(tx: Executor, options: { ownerId: string }): Promise<void> {
  const starts = [...new Set(familySteps("avrr").map((s) => s.from))];
  const rows = await tx
    .select({
      caseId: cases.id,
      state: cases.state,
      openedAt: cases.openedAt,
      personId: people.id,
      citizenships: people.citizenships,
      familyName: people.familyName,
      familyNameLatin: people.familyNameLatin,
      givenName: people.givenName,
      givenNameLatin: people.givenNameLatin,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId))
    .where(
      and(
        eq(cases.programme, "avrr"),
        eq(cases.ownerId, options.ownerId),
        inArray(cases.state, starts),
        isNull(cases.closedAt),
      ),
    )
    .orderBy(asc(cases.reference));
  // Households of people standing at the same step; one case per person.
  const groups = new Map<string, typeof rows>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.personId)) continue;
    seen.add(row.personId);
    const group = groups.get(row.state) ?? [];
    if (group.length < RELATIONSHIPS.length) group.push(row);
    groups.set(row.state, group);
  }
  const households = [...groups.values()].filter((g) => g.length >= 2).slice(0, DEMO_FAMILIES);
  for (const members of households) {
    const [head] = members;
    if (!head) continue;
    const at = new Date(Math.max(...members.map((m) => m.openedAt.getTime())));
    const [family] = await tx
      .insert(families)
      .values({
        programme: "avrr",
        createdBy: options.ownerId,
        updatedBy: options.ownerId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: families.id });
    if (!family) throw new Error("family insert returned nothing");
    for (const [index, member] of members.entries()) {
      // A member of the head's citizenship takes the head's family name; one of another keeps theirs
      // (a couple of two nationalities).
      const sameOrigin = member.citizenships[0] === head.citizenships[0];
      if (index > 0 && sameOrigin) {
        const names = {
          givenName: member.givenName,
          givenNameLatin: member.givenNameLatin,
          familyName: head.familyName,
          familyNameLatin: head.familyNameLatin,
        };
        await tx
          .update(people)
          .set({
            familyName: names.familyName,
            familyNameLatin: names.familyNameLatin,
            ...personSearchColumns(names),
          })
          .where(eq(people.id, member.personId));
      }
      await tx.insert(familyMembers).values({
        familyId: family.id,
        caseId: member.caseId,
        relationship:
          index === 0 || sameOrigin ? (RELATIONSHIPS[index] ?? "other") : index === 1 ? "spouse" : "other",
        createdBy: options.ownerId,
        createdAt: at,
      });
    }
  }
}
