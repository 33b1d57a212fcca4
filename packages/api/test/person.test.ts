import { randomUUID } from "node:crypto";
import { people, verifyAuditChain } from "@kelias/db";
import { todayIso } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { errorShape, IP, PERSON, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const otherWorker = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const manager = api.user(["manager"], ["avrr"]);
const otherManager = api.user(["manager"], ["social_assistance", "labour_migration"]);
const admin = api.user(["admin"]);

const peopleBy = (user: TestUser) => api.db.select().from(people).where(eq(people.createdBy, user.id));

describe("person.create", () => {
  it("registers a person with a date of birth, and audits it", async () => {
    const caller = await api.as(worker);
    const { id } = await caller.person.create({ ...PERSON, givenName: "  Olena  " });
    const [row] = await api.db.select().from(people).where(eq(people.id, id));
    expect(row).toMatchObject({
      givenName: "Olena",
      familyName: "Kovalenko",
      dateOfBirth: "1990-04-12",
      estimatedAge: null,
      ageEstimatedOn: null,
      sex: "female",
      citizenships: ["UA"],
      createdBy: worker.id,
      version: 1,
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "person.create",
      outcome: "allowed",
      entityType: "person",
      entityId: id,
      ip: IP,
    });
  });

  it("registers a person with an estimated age, recording the day of the estimate", async () => {
    const caller = await api.as(worker);
    const { id } = await caller.person.create({
      givenName: "Ahmed",
      familyName: "Hassan",
      estimatedAge: 16,
      sex: "male",
      citizenships: ["IQ", "SY"],
    });
    const [row] = await api.db.select().from(people).where(eq(people.id, id));
    expect(row).toMatchObject({
      dateOfBirth: null,
      estimatedAge: 16,
      ageEstimatedOn: todayIso(new Date()),
      citizenships: ["IQ", "SY"],
    });
  });

  const dayAfterTomorrow = todayIso(new Date(Date.now() + 2 * 86_400_000));
  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "neither date of birth nor estimate",
      { dateOfBirth: null, estimatedAge: null },
      "dateOfBirth",
      "birth_or_estimate",
    ],
    ["both date of birth and estimate", { estimatedAge: 30 }, "dateOfBirth", "birth_or_estimate"],
    ["a date of birth in the future", { dateOfBirth: dayAfterTomorrow }, "dateOfBirth", "in_future"],
    ["an impossible date of birth", { dateOfBirth: "2023-02-29" }, "dateOfBirth", "invalid_date"],
    ["an estimated age over 120", { dateOfBirth: null, estimatedAge: 121 }, "estimatedAge", "out_of_range"],
    ["an unknown country", { citizenships: ["ZZ"] }, "citizenships", ""],
    ["a duplicated citizenship", { citizenships: ["UA", "LT", "UA"] }, "citizenships", "duplicate"],
    ["no citizenship", { citizenships: [] }, "citizenships", "required"],
    ["six citizenships", { citizenships: ["UA", "LT", "PL", "LV", "EE", "FI"] }, "citizenships", "too_many"],
    ["a blank given name", { givenName: "   " }, "givenName", "required"],
    ["a family name over 200 characters", { familyName: "x".repeat(201) }, "familyName", "too_long"],
    ["a sex outside the vocabulary", { sex: "F" }, "sex", ""],
  ])("refuses %s: BAD_REQUEST with field errors, nothing written", async (_, patch, field, message) => {
    const caller = await api.as(worker);
    const peopleBefore = (await peopleBy(worker)).length;
    const auditBefore = (await api.auditOf(worker.id)).length;

    const error = await trpcError(caller.person.create({ ...PERSON, ...patch } as typeof PERSON));
    expect(error.code).toBe("BAD_REQUEST");
    const shape = errorShape(error, "person.create", "mutation");
    expect(shape.data.code).toBe("BAD_REQUEST");
    const fieldErrors = shape.data.fieldErrors?.fieldErrors as Record<string, string[] | undefined>;
    expect(Object.keys(fieldErrors)).toEqual([field]);
    if (message) expect(fieldErrors[field]).toEqual([message]);
    else expect(fieldErrors[field]?.length).toBe(1);

    expect(await peopleBy(worker)).toHaveLength(peopleBefore);
    expect(await api.auditOf(worker.id)).toHaveLength(auditBefore);
  });

  it("refuses input that is not an object at all", async () => {
    const caller = await api.as(worker);
    const error = await trpcError(caller.person.create(null as unknown as typeof PERSON));
    expect(error.code).toBe("BAD_REQUEST");
    expect(errorShape(error, "person.create", "mutation").data.fieldErrors?.formErrors).toHaveLength(1);
  });

  it.each([
    ["a manager", () => manager],
    ["an admin", () => admin],
  ])("refuses %s with FORBIDDEN, audited, nothing written", async (_, who) => {
    const user = who();
    const caller = await api.as(user);
    expect((await trpcError(caller.person.create(PERSON))).code).toBe("FORBIDDEN");
    expect(await peopleBy(user)).toHaveLength(0);
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "person.create",
      outcome: "denied",
      ip: IP,
      detail: { code: "FORBIDDEN" },
    });
  });

  it("has no field errors for a refusal that is not about input", async () => {
    const caller = await api.as(manager);
    const error = await trpcError(caller.person.create(PERSON));
    expect(errorShape(error, "person.create", "mutation").data.fieldErrors).toBeNull();
  });
});

describe("person.get", () => {
  let personId: string;
  let avrrCaseId: string;
  let ctCaseId: string;

  beforeAll(async () => {
    const caller = await api.as(worker);
    ({ id: personId } = await caller.person.create({ ...PERSON, givenName: "Iryna", familyName: "Melnyk" }));
    ({ id: avrrCaseId } = await caller.case.create({ ...SOURCE, personId, programme: "avrr" }));
    ({ id: ctCaseId } = await caller.case.create({ ...SOURCE, personId, programme: "counter_trafficking" }));
  });

  it("shows the person and all their cases to the caseworker who registered them, audited", async () => {
    const caller = await api.as(worker);
    const person = await caller.person.get({ id: personId });
    expect(person).toMatchObject({
      id: personId,
      givenName: "Iryna",
      familyName: "Melnyk",
      citizenships: ["UA"],
    });
    // The counter-trafficking case is restricted: counted, never listed (it opens by link or reference).
    expect(person.cases.map((c) => c.id)).toEqual([avrrCaseId]);
    expect(person.restrictedCases).toBe(1);
    expect(JSON.stringify(person)).not.toContain(ctCaseId);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "person.read",
      outcome: "allowed",
      entityType: "person",
      entityId: personId,
    });
  });

  it("shows a person registered by someone else to a caseworker assigned to one of their cases, with only that case", async () => {
    const colleague = await api.createUser(["caseworker"], ["avrr"]);
    await api.assign(avrrCaseId, colleague.id);
    const person = await (await api.as(colleague)).person.get({ id: personId });
    expect(person.cases.map((c) => c.id)).toEqual([avrrCaseId]);
  });

  it("shows the person to a manager of one of their cases' programmes, with only those cases", async () => {
    const person = await (await api.as(manager)).person.get({ id: personId });
    expect(person.cases.map((c) => c.id)).toEqual([avrrCaseId]);
  });

  it.each([
    ["another caseworker of the same programmes", () => otherWorker],
    ["a manager of other programmes", () => otherManager],
  ])("answers %s NOT_FOUND, audited", async (_, who) => {
    const user = who();
    const error = await trpcError((await api.as(user)).person.get({ id: personId }));
    expect(error.code).toBe("NOT_FOUND");
    // Refusals under the procedure's path, like every refusal (the allowed read stays `person.read`).
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "person.get",
      outcome: "denied",
      entityType: "person",
      entityId: personId,
      detail: { code: "NOT_FOUND" },
    });
  });

  it("answers a person that does not exist exactly like one out of scope", async () => {
    const caller = await api.as(otherWorker);
    const missing = await trpcError(caller.person.get({ id: randomUUID() }));
    const hidden = await trpcError(caller.person.get({ id: personId }));
    expect([missing.code, missing.message]).toEqual([hidden.code, hidden.message]);
  });

  it("refuses an admin with FORBIDDEN, audited", async () => {
    const error = await trpcError((await api.as(admin)).person.get({ id: personId }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await api.lastAuditOf(admin.id)).toMatchObject({ action: "person.get", outcome: "denied" });
  });

  it("refuses an id that is not a uuid with BAD_REQUEST", async () => {
    const error = await trpcError((await api.as(worker)).person.get({ id: "42" }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});

describe("person.list", () => {
  it("lists the people a caseworker registered or works with, newest first, paged without repeats", async () => {
    const mine = await api.createUser(["caseworker"], ["social_assistance"]);
    const stranger = await api.createUser(["caseworker"], ["social_assistance"]);
    const caller = await api.as(mine);
    const registered: string[] = [];
    for (const familyName of ["Petrenko", "Haddad", "Nguyen"]) {
      registered.push((await caller.person.create({ ...PERSON, familyName })).id);
    }
    // Someone else's person becomes visible once the caseworker works on one of their cases.
    const strangerCaller = await api.as(stranger);
    const { id: sharedPerson } = await strangerCaller.person.create({ ...PERSON, familyName: "Okafor" });
    const { id: sharedCase } = await strangerCaller.case.create({
      ...SOURCE,
      personId: sharedPerson,
      programme: "social_assistance",
    });
    const { id: hidden } = await strangerCaller.person.create({ ...PERSON, familyName: "Hidden" });
    await api.assign(sharedCase, mine.id);

    const all = await caller.person.list({ limit: 50 });
    const ids = all.items.map((p) => p.id);
    expect([...ids].sort()).toEqual([...registered, sharedPerson].sort());
    expect(ids).not.toContain(hidden);
    const created = all.items.map((p) => p.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => b - a));

    const seen: string[] = [];
    let page = await caller.person.list({ limit: 1 });
    seen.push(...page.items.map((p) => p.id));
    while (page.olderCursor) {
      page = await caller.person.list({ limit: 1, after: page.olderCursor });
      seen.push(...page.items.map((p) => p.id));
    }
    expect(seen).toEqual(ids);

    const audit = await api.lastAuditOf(mine.id);
    expect(audit).toMatchObject({ action: "person.list", outcome: "allowed" });
  });

  it("narrows by a name, transliteration- and accent-insensitive", async () => {
    const mine = await api.createUser(["caseworker"], ["social_assistance"]);
    const caller = await api.as(mine);
    const { id } = await caller.person.create({ ...PERSON, givenName: "Žygimantas", familyName: "Šimkus" });
    await caller.person.create({ ...PERSON, familyName: "Kowalska" });
    const found = await caller.person.list({ query: "zygimantas simkus" });
    expect(found.items.map((p) => p.id)).toEqual([id]);
  });

  it("refuses a one-letter query with a field error and an admin with FORBIDDEN", async () => {
    const mine = await api.createUser(["caseworker"], ["social_assistance"]);
    const error = await trpcError((await api.as(mine)).person.list({ query: "a" }));
    expect(error.code).toBe("BAD_REQUEST");
    const refused = await trpcError((await api.as(admin)).person.list({}));
    expect(refused.code).toBe("FORBIDDEN");
  });
});
