import type { CountryCode, FamilyRelationship } from "@kelias/domain";
import type { Executor } from "../audit";
import { nextCaseReference } from "../references";
import { caseAssignments, cases, caseWorkflowFacts, families, familyMembers, people } from "../schema";
import { personSearchColumns } from "../search-keys";
import { DAY, isoDay } from "./days";
import { seedStateHistory } from "./state-history";

interface DemoMember {
  givenName: string;
  sex: "female" | "male";
  age: number;
  relationship: FamilyRelationship;
  /** The member's own travel documents are recorded (the family departs only when everyone's are). */
  travelDocuments: boolean;
}

interface DemoFamily {
  familyName: string;
  country: CountryCode;
  state: "eligibility_counselling" | "travel_booked";
  openedDaysAgo: number;
  members: DemoMember[];
}

/**
 * Two AVRR households: one in eligibility counselling, ready to ask for its eligibility together,
 * and one with travel booked whose child still lacks travel documents, so that the family page
 * shows a refused departure naming the member and the guard.
 */
const DEMO_FAMILIES: DemoFamily[] = [
  {
    familyName: "Beridze",
    country: "GE",
    state: "travel_booked",
    openedDaysAgo: 60,
    members: [
      { givenName: "Nino", sex: "female", age: 38, relationship: "head", travelDocuments: true },
      { givenName: "Giorgi", sex: "male", age: 41, relationship: "spouse", travelDocuments: true },
      { givenName: "Mariam", sex: "female", age: 9, relationship: "child", travelDocuments: false },
    ],
  },
  {
    familyName: "Rusu",
    country: "MD",
    state: "eligibility_counselling",
    openedDaysAgo: 12,
    members: [
      { givenName: "Ion", sex: "male", age: 45, relationship: "head", travelDocuments: false },
      { givenName: "Elena", sex: "female", age: 43, relationship: "spouse", travelDocuments: false },
    ],
  },
];

/** The demo families: their people, one AVRR case each (with its state history and facts), grouped. */
export async function seedFamilies(
  tx: Executor,
  options: { now: Date; ownerId: string; managerId: string },
): Promise<void> {
  const { now, ownerId, managerId } = options;
  for (const demo of DEMO_FAMILIES) {
    const openedAt = new Date(now.getTime() - demo.openedDaysAgo * DAY);
    const [family] = await tx
      .insert(families)
      .values({
        programme: "avrr",
        createdBy: ownerId,
        updatedBy: ownerId,
        createdAt: openedAt,
        updatedAt: openedAt,
      })
      .returning({ id: families.id });
    if (!family) throw new Error("family insert returned nothing");
    for (const member of demo.members) {
      const names = { givenName: member.givenName, familyName: demo.familyName };
      const birth = new Date(now.getTime() - (member.age * 365.25 + 100) * DAY);
      const [person] = await tx
        .insert(people)
        .values({
          ...names,
          ...personSearchColumns(names),
          dateOfBirth: isoDay(birth),
          sex: member.sex,
          citizenships: [demo.country],
          createdBy: ownerId,
        })
        .returning({ id: people.id });
      if (!person) throw new Error("person insert returned nothing");
      const reference = await nextCaseReference(tx, "avrr", openedAt.getUTCFullYear());
      const [row] = await tx
        .insert(cases)
        .values({
          reference,
          programme: "avrr",
          state: demo.state,
          personId: person.id,
          ownerId,
          openedAt,
          createdAt: openedAt,
          updatedAt: openedAt,
        })
        .returning({ id: cases.id });
      if (!row) throw new Error("case insert returned nothing");
      await tx
        .insert(caseAssignments)
        .values({ caseId: row.id, userId: ownerId, kind: "owner", assignedAt: openedAt });
      await seedStateHistory(tx, {
        caseId: row.id,
        programme: "avrr",
        state: demo.state,
        ownerId,
        managerId,
        openedAt,
        closedAt: null,
        now,
      });
      const booked = demo.state === "travel_booked";
      await tx.insert(caseWorkflowFacts).values({
        caseId: row.id,
        eligibilityCriterion: "expired_permit",
        voluntaryDecisionRecorded: true,
        destinationCountry: demo.country,
        travelDocumentsRecorded: booked && member.travelDocuments,
        ticketRecorded: booked,
        updatedBy: ownerId,
        updatedAt: openedAt,
      });
      await tx.insert(familyMembers).values({
        familyId: family.id,
        caseId: row.id,
        relationship: member.relationship,
        createdBy: ownerId,
        createdAt: openedAt,
      });
    }
  }
}
