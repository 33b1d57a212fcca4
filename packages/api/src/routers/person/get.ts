import { people, personHouseholdMembers } from "@kelias/db";
import {
  can,
  displayName,
  type IdentityDocumentInput,
  personDocumentsFor,
  type Withheld,
} from "@kelias/domain";
import { asc, eq, inArray } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { identityDocumentsOf } from "../../person/identity-documents";
import { personTarget } from "../../person/target";
import { visibleIds } from "../../person/visibility";
import { personProcedure } from "../../person-procedure";

/**
 * A person's record as the actor may see it: identity documents withheld unless the policy shows
 * them, household members the actor cannot see counted but never named, restricted cases counted.
 */
export const get = personProcedure("person.read").query(async ({ ctx }) => {
  const { row: person, cases: personCases, facts } = ctx.person;
  const readDocuments = can(ctx.user, { kind: "person.documents.read", person: facts });
  const [documentRows, links] = await Promise.all([
    readDocuments ? identityDocumentsOf(ctx.db, person.id) : Promise.resolve(null),
    ctx.db
      .select({
        memberId: personHouseholdMembers.memberId,
        relationship: personHouseholdMembers.relationship,
      })
      .from(personHouseholdMembers)
      .where(eq(personHouseholdMembers.personId, person.id)),
  ]);
  const seen = await visibleIds(
    ctx,
    links.map((l) => l.memberId),
  );
  const memberRows =
    seen.size === 0
      ? []
      : await ctx.db
          .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
          .from(people)
          .where(inArray(people.id, [...seen]))
          .orderBy(asc(people.familyName), asc(people.givenName));
  const household = memberRows.map((m) => ({
    id: m.id,
    name: displayName(m),
    relationship: links.find((l) => l.memberId === m.id)?.relationship ?? "other",
  }));
  const documents: IdentityDocumentInput[] | Withheld = personDocumentsFor(
    ctx.user,
    facts,
    documentRows ?? [],
  );
  await recordAllowed(ctx.db, ctx, "person.read", personTarget(person.id), {
    identityDocuments: documentRows ? "shown" : "withheld",
  });
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    givenNameLatin: person.givenNameLatin,
    familyNameLatin: person.familyNameLatin,
    dateOfBirth: person.dateOfBirth,
    estimatedAge: person.estimatedAge,
    ageEstimatedOn: person.ageEstimatedOn,
    sex: person.sex,
    gender: person.gender,
    citizenships: person.citizenships,
    languages: person.languages,
    phones: person.phones,
    address:
      person.addressStreet !== null && person.addressCity !== null
        ? { street: person.addressStreet, city: person.addressCity, postalCode: person.addressPostalCode }
        : null,
    documents,
    household,
    /** Household members the actor cannot see: counted, never named. */
    hiddenHouseholdMembers: links.length - household.length,
    version: person.version,
    /** What the interface may offer; every procedure checks again. */
    permissions: { update: can(ctx.user, { kind: "person.update", person: facts }) },
    // A list: restricted cases are counted, never named (each is opened by its link or reference).
    cases: personCases
      .filter(({ facts }) => can(ctx.user, { kind: "case.listed", case: facts }))
      .map(({ row }) => ({
        id: row.id,
        reference: row.reference,
        programme: row.programme,
        state: row.state,
        openedAt: row.openedAt,
      })),
    restrictedCases: personCases.filter(({ facts }) => facts.restricted).length,
  };
});
