import { randomBytes, randomUUID } from "node:crypto";
import { people, personHouseholdMembers, personIdentityDocuments, verifyAuditChain } from "@kelias/db";
import { isWithheld, type PersonCreateInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorShape, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";

/**
 * The person record beyond its name: transliteration, gender, languages, phones, identity documents,
 * address, household links; the edit with optimistic concurrency; the duplicate check at registration.
 * Every test invents names and document numbers of its own, so test files never match each other.
 */

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const colleague = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const manager = api.user(["manager"], ["avrr"]);
const admin = api.user(["admin"]);

/**
 * A random name made of letters that have a one-letter Cyrillic counterpart, with that Cyrillic
 * spelling: so a test can register the same name in both scripts.
 */
const LATIN = "abdeiklmnorstv";
const CYRILLIC = "абдеиклмнорств";
function inventedName(length = 8): { latin: string; cyrillic: string } {
  const bytes = randomBytes(length);
  const letters = [...bytes].map((b) => b % LATIN.length);
  const latin = letters.map((i) => LATIN[i]).join("");
  const cyrillic = letters.map((i) => CYRILLIC[i]).join("");
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { latin: capital(latin), cyrillic: capital(cyrillic) };
}

const documentNumber = () => `T${randomBytes(5).toString("hex").toUpperCase()}`;

function newPerson(patch: Partial<PersonCreateInput> = {}): PersonCreateInput {
  return {
    givenName: inventedName().latin,
    familyName: inventedName(10).latin,
    dateOfBirth: "1988-09-03",
    estimatedAge: null,
    sex: "female",
    citizenships: ["UA"],
    ...patch,
  };
}

describe("person.create with details, person.get", () => {
  it("stores every detail and shows it back to the caseworker who registered the person", async () => {
    const caller = await api.as(worker);
    const { id: childId } = await caller.person.create(newPerson({ dateOfBirth: "2015-02-01" }));
    const number = documentNumber();
    const name = { given: inventedName(), family: inventedName(10) };
    const { id } = await caller.person.create({
      givenName: name.given.cyrillic,
      familyName: name.family.cyrillic,
      givenNameLatin: name.given.latin,
      familyNameLatin: name.family.latin,
      dateOfBirth: "1988-09-03",
      sex: "female",
      gender: "Feminine",
      citizenships: ["UA", "PL"],
      languages: ["uk", "ru"],
      phones: ["+370 612 34567", "+380 44 123 4567"],
      address: { street: "Gedimino pr. 1-4", city: "Vilnius", postalCode: "01103" },
      documents: [
        {
          type: "passport",
          number: `${number.slice(0, 4)} ${number.slice(4)}`,
          issuingCountry: "UA",
          expiresOn: "2031-05-01",
        },
        { type: "residence_permit", number: "rp-778899", issuingCountry: "LT", expiresOn: null },
      ],
      household: [{ personId: childId, relationship: "child" }],
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "person.create",
      entityId: id,
      detail: { documents: 2, household: [childId] },
    });

    const person = await caller.person.get({ id });
    expect(person).toMatchObject({
      givenName: name.given.cyrillic,
      givenNameLatin: name.given.latin,
      familyNameLatin: name.family.latin,
      gender: "Feminine",
      citizenships: ["UA", "PL"],
      languages: ["uk", "ru"],
      phones: ["+37061234567", "+380441234567"],
      address: { street: "Gedimino pr. 1-4", city: "Vilnius", postalCode: "LT-01103" },
      documents: [
        { type: "passport", number, issuingCountry: "UA", expiresOn: "2031-05-01" },
        { type: "residence_permit", number: "RP778899", issuingCountry: "LT", expiresOn: null },
      ],
      household: [{ id: childId, relationship: "child" }],
      hiddenHouseholdMembers: 0,
      permissions: { update: true },
      version: 1,
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "person.read",
      entityId: id,
      detail: { identityDocuments: "shown" },
    });

    // The link is recorded both ways: the child's record names the parent.
    const child = await caller.person.get({ id: childId });
    expect(child.household).toEqual([
      { id, name: `${name.given.cyrillic} ${name.family.cyrillic}`, relationship: "parent" },
    ]);
  });

  it("refuses an invalid phone with BAD_REQUEST and the field's code, nothing written", async () => {
    const caller = await api.as(worker);
    const before = await api.fingerprint();
    const error = await trpcError(caller.person.create(newPerson({ phones: ["+370 612"] })));
    expect(error.code).toBe("BAD_REQUEST");
    const flattened = errorShape(error, "person.create", "mutation").data.fieldErrors;
    expect(flattened?.fieldErrors).toEqual({ phones: ["invalid_phone"] });
    expect(await api.fingerprint()).toEqual(before);
  });

  it("refuses a non-Latin name without transliteration", async () => {
    const caller = await api.as(worker);
    const error = await trpcError(caller.person.create(newPerson({ givenName: "Олена" })));
    expect(error.code).toBe("BAD_REQUEST");
    expect(errorShape(error, "person.create", "mutation").data.fieldErrors?.fieldErrors).toEqual({
      givenNameLatin: ["latin_required"],
    });
  });

  it("answers NOT_FOUND for a household member the caseworker cannot see, audited, nothing written", async () => {
    const { id: hidden } = await (await api.as(colleague)).person.create(newPerson());
    const caller = await api.as(worker);
    const seq = await api.lastAuditSeq();
    const before = await api.fingerprint();
    const error = await trpcError(
      caller.person.create(newPerson({ household: [{ personId: hidden, relationship: "sibling" }] })),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await api.fingerprint()).toEqual(before);
    expect(await api.auditSince(seq)).toEqual([
      expect.objectContaining({ action: "person.create", outcome: "denied", entityId: hidden }),
    ]);
  });

  it("shows documents to a colleague on one of the person's cases and to the programme's manager", async () => {
    const owner = await api.as(worker);
    const number = documentNumber();
    const { id } = await owner.person.create(
      newPerson({ documents: [{ type: "passport", number, issuingCountry: "UA", expiresOn: null }] }),
    );
    const { id: caseId } = await owner.case.create({ ...SOURCE, personId: id, programme: "avrr" });
    await api.assign(caseId, colleague.id);
    for (const reader of [colleague, manager]) {
      const person = await (await api.as(reader)).person.get({ id });
      expect(isWithheld(person.documents)).toBe(false);
      expect(person.documents).toEqual([{ type: "passport", number, issuingCountry: "UA", expiresOn: null }]);
    }
    // The manager reads but does not edit the person.
    expect((await (await api.as(manager)).person.get({ id })).permissions.update).toBe(false);
    expect((await (await api.as(colleague)).person.get({ id })).permissions.update).toBe(true);
  });

  it("names only the household members the reader can see, and counts the others", async () => {
    const owner = await api.as(worker);
    const { id: sibling } = await owner.person.create(newPerson());
    const { id: hiddenSibling } = await owner.person.create(newPerson());
    const { id } = await owner.person.create(
      newPerson({
        household: [
          { personId: sibling, relationship: "sibling" },
          { personId: hiddenSibling, relationship: "sibling" },
        ],
      }),
    );
    const { id: caseId } = await owner.case.create({ ...SOURCE, personId: id, programme: "avrr" });
    await owner.case
      .create({ ...SOURCE, personId: sibling, programme: "avrr" })
      .then((c) => api.assign(c.id, colleague.id));
    await api.assign(caseId, colleague.id);

    const person = await (await api.as(colleague)).person.get({ id });
    expect(person.household.map((m) => m.id)).toEqual([sibling]);
    expect(person.hiddenHouseholdMembers).toBe(1);
    expect(JSON.stringify(person)).not.toContain(hiddenSibling);
  });
});

describe("person.update", () => {
  async function registered(by: TestUser = worker, patch: Partial<PersonCreateInput> = {}) {
    const caller = await api.as(by);
    const input = newPerson(patch);
    const { id } = await caller.person.create(input);
    return { id, input };
  }

  it("changes the person against the version read, bumps the version, and audits it", async () => {
    const { id, input } = await registered(worker, {
      documents: [{ type: "passport", number: documentNumber(), issuingCountry: "UA", expiresOn: null }],
    });
    const caller = await api.as(worker);
    const number = documentNumber();
    const result = await caller.person.update({
      ...input,
      id,
      version: 1,
      familyName: "Kovalenko-Testaitė",
      estimatedAge: 35,
      dateOfBirth: null,
      phones: ["861234567"],
      languages: ["lt"],
      documents: [{ type: "national_id", number, issuingCountry: "UA", expiresOn: "2030-01-01" }],
    });
    expect(result).toEqual({ id, version: 2 });
    const person = await caller.person.get({ id });
    expect(person).toMatchObject({
      familyName: "Kovalenko-Testaitė",
      dateOfBirth: null,
      estimatedAge: 35,
      phones: ["+37061234567"],
      languages: ["lt"],
      documents: [{ type: "national_id", number, issuingCountry: "UA", expiresOn: "2030-01-01" }],
      version: 2,
    });
    const [row] = await api.db.select().from(people).where(eq(people.id, id));
    // The search key follows the new name: folded, each part of a double name a word of its own.
    expect(row?.searchName).toContain("kovalenko testaite");
    const updates = (await api.auditSince(0)).filter(
      (e) => e.action === "person.update" && e.entityId === id,
    );
    expect(updates).toEqual([expect.objectContaining({ outcome: "allowed", actorId: worker.id })]);
  });

  it("refuses a stale version with CONFLICT stale_version, changing nothing", async () => {
    const { id, input } = await registered();
    const caller = await api.as(worker);
    await caller.person.update({ ...input, id, version: 1, givenName: "First" });
    const before = await api.fingerprint();
    const seq = await api.lastAuditSeq();
    const error = await trpcError(caller.person.update({ ...input, id, version: 1, givenName: "Second" }));
    expect([error.code, error.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.fingerprint()).toEqual(before);
    expect(await api.auditSince(seq)).toEqual([
      expect.objectContaining({
        action: "person.update",
        outcome: "denied",
        entityId: id,
        detail: { code: "CONFLICT", reason: "stale_version" },
      }),
    ]);
    expect((await caller.person.get({ id })).givenName).toBe("First");
  });

  it("keeps the documents when the update leaves them out", async () => {
    const number = documentNumber();
    const { id, input } = await registered(worker, {
      documents: [{ type: "passport", number, issuingCountry: "UA", expiresOn: null }],
    });
    const caller = await api.as(worker);
    const { documents: _, ...withoutDocuments } = input;
    await caller.person.update({ ...withoutDocuments, id, version: 1, sex: "unknown" });
    const rows = await api.db
      .select()
      .from(personIdentityDocuments)
      .where(eq(personIdentityDocuments.personId, id));
    expect(rows.map((r) => r.number)).toEqual([number]);
  });

  it("answers NOT_FOUND for a person out of scope, exactly like one that does not exist", async () => {
    const { id, input } = await registered(colleague);
    const caller = await api.as(worker);
    const hidden = await trpcError(caller.person.update({ ...input, id, version: 1 }));
    const missing = await trpcError(caller.person.update({ ...input, id: randomUUID(), version: 1 }));
    expect([hidden.code, hidden.message]).toEqual(["NOT_FOUND", "Not found."]);
    expect([missing.code, missing.message]).toEqual([hidden.code, hidden.message]);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({ action: "person.update", outcome: "denied" });
  });

  it.each([
    ["a manager who sees the person through a case", () => manager, "FORBIDDEN"],
    ["an admin", () => admin, "FORBIDDEN"],
  ])("refuses %s", async (_, who, code) => {
    const { id, input } = await registered();
    await (await api.as(worker)).case.create({ ...SOURCE, personId: id, programme: "avrr" });
    const before = await api.fingerprint();
    const error = await trpcError((await api.as(who())).person.update({ ...input, id, version: 1 }));
    expect(error.code).toBe(code);
    expect(await api.fingerprint()).toEqual(before);
  });

  it("lets a colleague assigned to one of the person's cases edit, and unlinks only members they can see", async () => {
    const owner = await api.as(worker);
    const { id: visibleMember } = await owner.person.create(newPerson());
    const { id: hiddenMember } = await owner.person.create(newPerson());
    const input = newPerson({
      household: [
        { personId: visibleMember, relationship: "spouse_or_partner" },
        { personId: hiddenMember, relationship: "sibling" },
      ],
    });
    const { id } = await owner.person.create(input);
    const { id: caseId } = await owner.case.create({ ...SOURCE, personId: id, programme: "avrr" });
    await api.assign(caseId, colleague.id);
    const { id: memberCase } = await owner.case.create({
      ...SOURCE,
      personId: visibleMember,
      programme: "avrr",
    });
    await api.assign(memberCase, colleague.id);

    const editor = await api.as(colleague);
    const seen = await editor.person.get({ id });
    expect(seen.household.map((m) => m.id)).toEqual([visibleMember]);
    await editor.person.update({ ...input, id, version: seen.version, household: [] });

    const links = await api.db
      .select({ memberId: personHouseholdMembers.memberId })
      .from(personHouseholdMembers)
      .where(eq(personHouseholdMembers.personId, id));
    expect(links.map((l) => l.memberId)).toEqual([hiddenMember]);
    // The reverse link went too.
    const reverse = await api.db
      .select()
      .from(personHouseholdMembers)
      .where(eq(personHouseholdMembers.personId, visibleMember));
    expect(reverse).toEqual([]);
  });

  it("changes a relationship on both sides", async () => {
    const caller = await api.as(worker);
    const { id: member } = await caller.person.create(newPerson());
    const input = newPerson({ household: [{ personId: member, relationship: "parent" }] });
    const { id } = await caller.person.create(input);
    await caller.person.update({
      ...input,
      id,
      version: 1,
      household: [{ personId: member, relationship: "guardian" }],
    });
    expect((await caller.person.get({ id })).household).toMatchObject([
      { id: member, relationship: "guardian" },
    ]);
    expect((await caller.person.get({ id: member })).household).toMatchObject([{ id, relationship: "ward" }]);
  });
});

describe("person.checkDuplicates", () => {
  it("finds a person the caseworker can see by the same document number, written differently", async () => {
    const caller = await api.as(worker);
    const number = documentNumber();
    const existing = newPerson({
      documents: [{ type: "passport", number, issuingCountry: "UA", expiresOn: null }],
    });
    const { id } = await caller.person.create(existing);
    const spaced = `${number.slice(0, 3)} ${number.slice(3).toLowerCase()}`;
    const result = await caller.person.checkDuplicates(
      newPerson({
        citizenships: ["MD"],
        dateOfBirth: "2001-01-01",
        documents: [{ type: "travel_document", number: spaced, issuingCountry: "MD", expiresOn: null }],
      }),
    );
    expect(result).toEqual({
      matches: [{ id, name: `${existing.givenName} ${existing.familyName}`, reasons: ["document"] }],
      outOfScope: false,
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "person.checkDuplicates",
      outcome: "allowed",
      detail: { matches: [id], outOfScope: 0 },
    });
  });

  it("finds a similar name with a close date of birth and a citizenship in common", async () => {
    const caller = await api.as(worker);
    const existing = newPerson({ citizenships: ["UA", "PL"], dateOfBirth: "1988-09-03" });
    const { id } = await caller.person.create(existing);
    // One letter different, a birth date eight months off, one shared citizenship.
    const similar = {
      givenName: existing.givenName,
      familyName: `${existing.familyName.slice(0, -1)}a`,
      dateOfBirth: "1989-05-03",
      citizenships: ["PL" as const],
    };
    const result = await caller.person.checkDuplicates(newPerson(similar));
    expect(result.matches).toEqual([
      { id, name: `${existing.givenName} ${existing.familyName}`, reasons: ["name_birth_citizenship"] },
    ]);
  });

  it("gives both reasons once when a person matches on both", async () => {
    const caller = await api.as(worker);
    const number = documentNumber();
    const existing = newPerson({
      documents: [{ type: "passport", number, issuingCountry: "UA", expiresOn: null }],
    });
    const { id } = await caller.person.create(existing);
    const result = await caller.person.checkDuplicates(existing);
    expect(result.matches).toEqual([
      {
        id,
        name: `${existing.givenName} ${existing.familyName}`,
        reasons: ["document", "name_birth_citizenship"],
      },
    ]);
  });

  it("matches across scripts and diacritics through the transliteration", async () => {
    const caller = await api.as(worker);
    const given = inventedName();
    const family = inventedName(10);
    const { id } = await caller.person.create(
      newPerson({
        givenName: given.cyrillic,
        familyName: family.cyrillic,
        givenNameLatin: given.latin,
        familyNameLatin: family.latin,
      }),
    );
    // Written in Latin letters, with diacritics the transliteration does not have.
    const accented = `${family.latin.slice(0, -1)}${{ a: "á", e: "ė", i: "į", o: "ö" }[family.latin.slice(-1)] ?? "š"}`;
    const result = await caller.person.checkDuplicates(
      newPerson({ givenName: given.latin, familyName: accented }),
    );
    expect(result.matches.map((m) => m.id)).toEqual([id]);
    expect(result.matches[0]?.name).toBe(`${given.cyrillic} ${family.cyrillic}`);
  });

  it("compares estimated ages over a wider window", async () => {
    const caller = await api.as(worker);
    const existing = newPerson({ dateOfBirth: null, estimatedAge: 16 });
    const { id } = await caller.person.create(existing);
    const born = new Date().getUTCFullYear() - 18;
    const near = await caller.person.checkDuplicates({
      ...existing,
      dateOfBirth: `${born}-06-01`,
      estimatedAge: null,
    });
    expect(near.matches.map((m) => m.id)).toEqual([id]);
    const far = await caller.person.checkDuplicates({ ...existing, estimatedAge: 30 });
    expect(far.matches).toEqual([]);
  });

  it.each([
    ["another citizenship", { citizenships: ["MD" as const] }],
    ["a date of birth two years off", { dateOfBirth: "1990-09-04" }],
    ["a different name", { givenName: "Zygmunt", familyName: "Wojciechowski" }],
  ])("finds nothing for the same person with %s", async (_, patch) => {
    const caller = await api.as(worker);
    const existing = newPerson();
    await caller.person.create(existing);
    expect(await caller.person.checkDuplicates({ ...existing, ...patch })).toEqual({
      matches: [],
      outOfScope: false,
    });
  });

  it("announces a match outside the caseworker's cases without its id, name or anything else", async () => {
    const other = await api.as(colleague);
    const number = documentNumber();
    const existing = newPerson({
      documents: [{ type: "passport", number, issuingCountry: "UA", expiresOn: null }],
    });
    const { id } = await other.person.create(existing);
    await other.case.create({ ...SOURCE, personId: id, programme: "counter_trafficking" });

    const caller = await api.as(worker);
    const byDocument = await caller.person.checkDuplicates(
      newPerson({ documents: [{ type: "passport", number, issuingCountry: "UA", expiresOn: null }] }),
    );
    const byName = await caller.person.checkDuplicates({ ...existing, documents: [] });
    for (const result of [byDocument, byName]) {
      expect(result).toEqual({ matches: [], outOfScope: true });
      const text = JSON.stringify(result);
      for (const secret of [id, existing.givenName, existing.familyName, number])
        expect(text).not.toContain(secret);
    }
    // The audit records that there was a match, not whom.
    const entry = await api.lastAuditOf(worker.id);
    expect(entry).toMatchObject({ action: "person.checkDuplicates", detail: { matches: [], outOfScope: 1 } });
    expect(JSON.stringify(entry)).not.toContain(id);
  });

  it("lists in-scope matches and announces out-of-scope ones side by side", async () => {
    const existing = newPerson();
    const { id: mine } = await (await api.as(worker)).person.create(existing);
    await (await api.as(colleague)).person.create(existing);
    const result = await (await api.as(worker)).person.checkDuplicates(existing);
    expect(result.matches.map((m) => m.id)).toEqual([mine]);
    expect(result.outOfScope).toBe(true);
  });

  it.each([
    ["a manager", () => manager],
    ["an admin", () => admin],
  ])("refuses %s with FORBIDDEN, audited", async (_, who) => {
    const user = who();
    const error = await trpcError((await api.as(user)).person.checkDuplicates(newPerson()));
    expect(error.code).toBe("FORBIDDEN");
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "person.checkDuplicates",
      outcome: "denied",
    });
  });
});

describe("person.search", () => {
  it("finds people the actor can see by part of the name, never others", async () => {
    const family = inventedName(10).latin;
    const { id: mine } = await (await api.as(worker)).person.create(newPerson({ familyName: family }));
    await (await api.as(colleague)).person.create(newPerson({ familyName: family }));
    const caller = await api.as(worker);
    const found = await caller.person.search({ query: family.slice(0, 7) });
    expect(found.map((p) => p.id)).toEqual([mine]);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "person.search",
      detail: { results: [mine] },
    });
    expect(await caller.person.search({ query: family, excludeId: mine })).toEqual([]);
  });

  it("refuses an admin", async () => {
    const error = await trpcError((await api.as(admin)).person.search({ query: "Olena" }));
    expect(error.code).toBe("FORBIDDEN");
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
