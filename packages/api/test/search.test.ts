import { randomUUID } from "node:crypto";
import { caseAssignments, cases } from "@kelias/db";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { PERSON, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";

/**
 * The global search (`search.find`): what it finds, in any script, and that it never shows nor
 * counts anything out of the actor's scope, nor matches inside notes the actor may not read.
 */

const api = useApiTest();

/** A word no other test writes, so that nothing but this file's records can match it. */
const word = (prefix: string) => `${prefix}${randomUUID().replace(/\D/g, "").slice(0, 6)}`;

let worker: TestUser;
let colleague: TestUser;
let manager: TestUser;
let admin: TestUser;
/**
 * Ганна Марозаў, whose passport spells her `Marozaw` (not how the transliteration would), with an
 * AVRR case of the worker's.
 */
let marozau: { personId: string; caseId: string; reference: string };
/** Іванова with a typed transliteration, an AVRR case of the colleague's: out of the worker's scope. */
let ivanova: { personId: string; caseId: string; reference: string };
const noteWord = word("reintegration");
const healthWord = word("insulin");
const traffickingWord = word("recruiter");

async function registerWithCase(owner: TestUser, person: Record<string, unknown>) {
  const caller = await api.as(owner);
  const { id: personId } = await caller.person.create({ ...PERSON, ...person });
  const { id: caseId, reference } = await caller.case.create({ ...SOURCE, personId, programme: "avrr" });
  return { personId, caseId, reference };
}

beforeAll(async () => {
  worker = await api.createUser(["caseworker"], ["avrr"]);
  colleague = await api.createUser(["caseworker"], ["avrr"]);
  manager = await api.createUser(["manager"], ["avrr"]);
  admin = await api.createUser(["admin"]);
  marozau = await registerWithCase(worker, {
    givenName: "Ганна",
    familyName: "Марозаў",
    givenNameLatin: "Hanna",
    familyNameLatin: "Marozaw",
    citizenships: ["BY"],
    dateOfBirth: "1987-03-09",
    phones: ["+370 612 00917"],
    documents: [{ type: "passport", number: "MP 4418-27", issuingCountry: "BY", expiresOn: "2031-01-01" }],
  });
  ivanova = await registerWithCase(colleague, {
    givenName: "Олена",
    familyName: "Іванова",
    givenNameLatin: "Olena",
    familyNameLatin: "Ivanova",
    dateOfBirth: "1987-03-09",
    documents: [{ type: "passport", number: "FA990017", issuingCountry: "UA", expiresOn: "2031-01-01" }],
  });
  const workerCaller = await api.as(worker);
  await workerCaller.case.note.add({ caseId: marozau.caseId, content: `Discussed the ${noteWord} grant.` });
  await workerCaller.case.sensitive.set({
    caseId: marozau.caseId,
    category: "health",
    content: `Needs ${healthWord} for the journey.`,
    version: null,
  });
  await workerCaller.case.sensitive.set({
    caseId: marozau.caseId,
    category: "identity_documents",
    content: `Passport kept by the ${traffickingWord}.`,
    version: null,
  });
  const colleagueCaller = await api.as(colleague);
  await colleagueCaller.case.note.add({ caseId: ivanova.caseId, content: `Also about the ${noteWord}.` });
});

const find = async (user: TestUser, query: string) => (await api.as(user)).search.find({ query });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("search.find", () => {
  it("finds a name written in Cyrillic by its generated and its typed transliteration, and the person's case", async () => {
    for (const query of ["Marozau", "marozau", "Марозаў", "Hanna Marozau", "Marozaw", "maroz", "Ганна"]) {
      const result = await find(worker, query);
      expect(ids(result.people), query).toEqual([marozau.personId]);
      expect(result.people[0]).toMatchObject({
        givenName: "Ганна",
        familyName: "Марозаў",
        dateOfBirth: "1987-03-09",
        citizenships: ["BY"],
        matchedBy: ["name"],
      });
      expect(ids(result.cases), query).toEqual([marozau.caseId]);
      expect(result.cases[0]).toMatchObject({
        reference: marozau.reference,
        programme: "avrr",
        state: "application",
        ownerName: worker.name,
        personGivenName: "Ганна",
        matchedBy: ["person"],
      });
    }
  });

  it("finds by a typed transliteration and by the name as written, in the actor's scope only", async () => {
    expect(ids((await find(colleague, "Ivanova")).people)).toEqual([ivanova.personId]);
    expect(ids((await find(colleague, "іванова")).people)).toEqual([ivanova.personId]);
    // The worker has no case of hers and did not register her: not shown, not counted.
    const outside = await find(worker, "Ivanova");
    expect(outside).toMatchObject({ people: [], cases: [] });
    expect(Object.keys(outside).sort()).toEqual(["cases", "kinds", "people"]);
  });

  it("finds a case by its whole reference, with or without the zeros, and by a part of it", async () => {
    const [code, year, sequence] = marozau.reference.split("-") as [string, string, string];
    const unpadded = `${code}-${year}-${Number(sequence)}`;
    for (const query of [
      marozau.reference,
      unpadded,
      marozau.reference.toLowerCase(),
      `${year}-${sequence}`,
    ]) {
      const result = await find(worker, query);
      expect(ids(result.cases), query).toContain(marozau.caseId);
      expect(result.cases.find((c) => c.id === marozau.caseId)?.matchedBy).toContain("reference");
    }
    // The colleague's case, by its whole reference: not in the worker's scope, so nothing.
    expect((await find(worker, ivanova.reference)).cases).toEqual([]);
  });

  it("finds people by document number, phone number and date of birth, in scope only", async () => {
    expect((await find(worker, "mp441827")).people).toMatchObject([
      { id: marozau.personId, matchedBy: ["document"] },
    ]);
    expect((await find(worker, "+37061200917")).people).toMatchObject([
      { id: marozau.personId, matchedBy: ["phone"] },
    ]);
    expect((await find(worker, "8 612 00917")).people).toMatchObject([{ id: marozau.personId }]);
    // Both were born that day; the worker sees only the one in scope.
    expect(ids((await find(worker, "09.03.1987")).people)).toEqual([marozau.personId]);
    expect(ids((await find(colleague, "1987-03-09")).people)).toEqual([ivanova.personId]);
    expect((await find(worker, "FA990017")).people).toEqual([]);
  });

  it("a manager of the programme finds both, with their cases; an admin may not search", async () => {
    const result = await find(manager, "09.03.1987");
    expect(ids(result.people).sort()).toEqual([marozau.personId, ivanova.personId].sort());
    expect(ids(result.cases).sort()).toEqual([marozau.caseId, ivanova.caseId].sort());
    const error = await trpcError(find(admin, "Marozau"));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("searches the notes of the cases in scope, with a snippet of the note", async () => {
    const result = await find(worker, noteWord);
    expect(ids(result.cases)).toEqual([marozau.caseId]);
    expect(result.cases[0]?.matchedBy).toEqual(["note"]);
    expect(result.cases[0]?.noteSnippet).toContain(`\u0002${noteWord}\u0003`);
    expect(ids((await find(colleague, noteWord)).cases)).toEqual([ivanova.caseId]);
    expect(ids((await find(manager, noteWord)).cases).sort()).toEqual(
      [marozau.caseId, ivanova.caseId].sort(),
    );
  });

  it("matches sensitive notes only for those who may read them, and shows only their category", async () => {
    const mine = await find(worker, healthWord);
    expect(mine.cases).toMatchObject([
      { id: marozau.caseId, matchedBy: ["sensitive"], sensitiveCategories: ["health"], noteSnippet: null },
    ]);
    expect(JSON.stringify(mine)).not.toContain("journey");
    // Health stays with the people working on the case: the programme's manager does not match it ...
    expect((await find(manager, healthWord)).cases).toEqual([]);
    // ... but does read identity documents, and so matches them.
    expect((await find(manager, traffickingWord)).cases).toMatchObject([
      { id: marozau.caseId, sensitiveCategories: ["identity_documents"] },
    ]);
    // Assigned to the case, the colleague reads (and matches) its health notes too.
    await api.assign(marozau.caseId, colleague.id);
    try {
      expect(ids((await find(colleague, healthWord)).cases)).toEqual([marozau.caseId]);
    } finally {
      await api.db.delete(caseAssignments).where(eq(caseAssignments.userId, colleague.id));
    }
    expect((await find(colleague, healthWord)).cases).toEqual([]);
  });

  it("lists a restricted case only by its whole reference, to whoever may open it", async () => {
    const restricted = await registerWithCase(worker, { givenName: "Hanna", familyName: word("Restricted") });
    await api.db.update(cases).set({ restricted: true }).where(eq(cases.id, restricted.caseId));
    expect((await find(worker, restricted.reference)).cases).toMatchObject([{ id: restricted.caseId }]);
    const [code, year] = restricted.reference.split("-") as [string, string];
    expect(ids((await find(worker, `${code}-${year}`)).cases)).not.toContain(restricted.caseId);
    // The person is still the worker's own registration, so the people list shows them; their
    // restricted case is not listed through them.
    const byName = await find(worker, "Hanna");
    expect(ids(byName.cases)).not.toContain(restricted.caseId);
    expect((await find(colleague, restricted.reference)).cases).toEqual([]);
  });

  it("audits what kind of query it was and what it showed, never the query", async () => {
    const before = await api.lastAuditSeq();
    await find(worker, "Марозаў");
    const [entry] = await api.auditSince(before);
    expect(entry).toMatchObject({
      action: "search.find",
      outcome: "allowed",
      actorId: worker.id,
      detail: {
        kinds: ["name", "notes"],
        people: [marozau.personId],
        cases: [marozau.caseId],
        noteMatches: 0,
        sensitiveMatches: 0,
      },
    });
    const logged = JSON.stringify(entry);
    expect(logged).not.toContain("Марозаў");
    expect(logged.toLowerCase()).not.toContain("marozau");
  });

  it("refuses a query too short, or with nothing to search, and records the refusal", async () => {
    const short = await trpcError(find(worker, "a"));
    expect(short.code).toBe("BAD_REQUEST");
    const empty = await trpcError(find(worker, "-- !"));
    expect(empty.code).toBe("BAD_REQUEST");
  });
});
