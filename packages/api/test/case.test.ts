import { randomUUID } from "node:crypto";
import { caseAssignments, cases, verifyAuditChain } from "@kelias/db";
import { caseReference, initialState, type Programme } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { IP, PERSON, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "counter_trafficking", "social_assistance"]);
const otherWorker = api.user(["caseworker"], ["avrr", "counter_trafficking", "social_assistance"]);
const avrrManager = api.user(["manager"], ["avrr"]);
const ctManager = api.user(["manager"], ["counter_trafficking"]);
const admin = api.user(["admin"]);
let personId: string;

const YEAR = new Date().getUTCFullYear();

beforeAll(async () => {
  ({ id: personId } = await (await api.as(worker)).person.create(PERSON));
});

const casesOwnedBy = (user: TestUser) => api.db.select().from(cases).where(eq(cases.ownerId, user.id));

/** The sequence number at the end of a reference. */
const sequenceOf = (reference: string) => Number(reference.split("-").at(-1));

describe("case.create", () => {
  it.each<[Programme, string, boolean]>([
    ["avrr", "AVRR", false],
    ["social_assistance", "SA", false],
    ["counter_trafficking", "CT", true],
  ])(
    "opens a %s case: reference, first state, owner, restriction, audit",
    async (programme, code, restricted) => {
      const caller = await api.as(worker);
      const created = await caller.case.create({ ...SOURCE, personId, programme });
      expect(created.reference).toMatch(new RegExp(`^${code}-${YEAR}-\\d{5}$`));

      const [row] = await api.db.select().from(cases).where(eq(cases.id, created.id));
      expect(row).toMatchObject({
        reference: created.reference,
        programme,
        state: initialState(programme),
        personId,
        ownerId: worker.id,
        restricted,
        closedAt: null,
        version: 1,
      });
      const assignments = await api.db
        .select()
        .from(caseAssignments)
        .where(eq(caseAssignments.caseId, created.id));
      expect(assignments).toEqual([expect.objectContaining({ userId: worker.id, kind: "owner" })]);
      expect(await api.lastAuditOf(worker.id)).toMatchObject({
        action: "case.create",
        outcome: "allowed",
        entityType: "case",
        entityId: created.id,
        ip: IP,
        detail: { programme, personId, reference: created.reference },
      });
    },
  );

  it("numbers a programme's cases consecutively; refused attempts use no number", async () => {
    const caller = await api.as(worker);
    const first = await caller.case.create({ ...SOURCE, personId, programme: "avrr" });
    await trpcError((await api.as(otherWorker)).case.create({ ...SOURCE, personId, programme: "avrr" }));
    await trpcError(caller.case.create({ ...SOURCE, personId: randomUUID(), programme: "avrr" }));
    const second = await caller.case.create({ ...SOURCE, personId, programme: "avrr" });
    expect(sequenceOf(second.reference)).toBe(sequenceOf(first.reference) + 1);
    expect(second.reference).toBe(caseReference("avrr", YEAR, sequenceOf(first.reference) + 1));
  });

  it("refuses a programme the caseworker does not work in: FORBIDDEN, audited, nothing written", async () => {
    const before = (await casesOwnedBy(worker)).length;
    const caller = await api.as(worker);
    expect(
      (await trpcError(caller.case.create({ ...SOURCE, personId, programme: "labour_migration" }))).code,
    ).toBe("FORBIDDEN");
    expect(await casesOwnedBy(worker)).toHaveLength(before);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.create",
      outcome: "denied",
      detail: { code: "FORBIDDEN" },
    });
  });

  it.each([
    ["a manager", () => avrrManager],
    ["an admin", () => admin],
  ])("refuses %s: FORBIDDEN, audited", async (_, who) => {
    const user = who();
    expect(
      (await trpcError((await api.as(user)).case.create({ ...SOURCE, personId, programme: "avrr" }))).code,
    ).toBe("FORBIDDEN");
    expect(await casesOwnedBy(user)).toHaveLength(0);
    expect(await api.lastAuditOf(user.id)).toMatchObject({ action: "case.create", outcome: "denied" });
  });

  it("answers NOT_FOUND for a person the caseworker may not see, audited, nothing written", async () => {
    const caller = await api.as(otherWorker);
    const error = await trpcError(caller.case.create({ ...SOURCE, personId, programme: "avrr" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await casesOwnedBy(otherWorker)).toHaveLength(0);
    expect(await api.lastAuditOf(otherWorker.id)).toMatchObject({
      action: "case.create",
      outcome: "denied",
      entityType: "person",
      entityId: personId,
      detail: { code: "NOT_FOUND" },
    });
  });

  it("answers NOT_FOUND for a person that does not exist, the same way", async () => {
    const caller = await api.as(otherWorker);
    const missing = await trpcError(
      caller.case.create({ ...SOURCE, personId: randomUUID(), programme: "avrr" }),
    );
    const hidden = await trpcError(caller.case.create({ ...SOURCE, personId, programme: "avrr" }));
    expect([missing.code, missing.message]).toEqual([hidden.code, hidden.message]);
  });

  it("lets a caseworker assigned to one of the person's cases open another", async () => {
    const helper = await api.createUser(["caseworker"], ["avrr", "social_assistance"]);
    const [existing] = await casesOwnedBy(worker);
    if (!existing) throw new Error("no case to assign");
    await api.assign(existing.id, helper.id);
    const created = await (await api.as(helper)).case.create({
      ...SOURCE,
      personId,
      programme: "social_assistance",
    });
    const [row] = await api.db.select().from(cases).where(eq(cases.id, created.id));
    expect(row?.ownerId).toBe(helper.id);
  });

  it.each([
    ["a person id that is not a uuid", { ...SOURCE, personId: "1", programme: "avrr" }],
    ["an unknown programme", { ...SOURCE, personId: randomUUID(), programme: "asylum" }],
    ["no programme", { ...SOURCE, personId: randomUUID() }],
    ["no entry point", { personId: randomUUID(), programme: "avrr" }],
  ])("refuses %s with BAD_REQUEST, writing nothing", async (_, input) => {
    const auditBefore = (await api.auditOf(worker.id)).length;
    const caller = await api.as(worker);
    const error = await trpcError(caller.case.create(input as Parameters<typeof caller.case.create>[0]));
    expect(error.code).toBe("BAD_REQUEST");
    expect(await api.auditOf(worker.id)).toHaveLength(auditBefore);
  });
});

describe("case.get", () => {
  let avrrCase: { id: string; reference: string };
  let ctCase: { id: string; reference: string };

  beforeAll(async () => {
    const caller = await api.as(worker);
    avrrCase = await caller.case.create({ ...SOURCE, personId, programme: "avrr" });
    ctCase = await caller.case.create({ ...SOURCE, personId, programme: "counter_trafficking" });
  });

  it("shows the owner their case, with person and assignees, and audits the read", async () => {
    const got = await (await api.as(worker)).case.get({ id: avrrCase.id });
    expect(got).toMatchObject({
      id: avrrCase.id,
      reference: avrrCase.reference,
      programme: "avrr",
      state: "application",
      restricted: false,
      closedAt: null,
      owner: { id: worker.id, name: worker.name },
      assignees: [{ id: worker.id, name: worker.name, kind: "owner" }],
      person: {
        id: personId,
        givenName: PERSON.givenName,
        familyName: PERSON.familyName,
        citizenships: ["UA"],
      },
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.read",
      outcome: "allowed",
      entityType: "case",
      entityId: avrrCase.id,
      ip: IP,
    });
  });

  it("audits every read, not only the first", async () => {
    const caller = await api.as(worker);
    const reads = async () =>
      (await api.auditOf(worker.id)).filter((e) => e.action === "case.read" && e.entityId === ctCase.id)
        .length;
    const before = await reads();
    await caller.case.get({ id: ctCase.id });
    await caller.case.get({ id: ctCase.id });
    expect(await reads()).toBe(before + 2);
  });

  it("shows a case to a manager of its programme, restricted ones included", async () => {
    expect(await (await api.as(avrrManager)).case.get({ id: avrrCase.id })).toMatchObject({
      id: avrrCase.id,
    });
    expect(await (await api.as(ctManager)).case.get({ id: ctCase.id })).toMatchObject({
      id: ctCase.id,
      restricted: true,
    });
    expect(await api.lastAuditOf(ctManager.id)).toMatchObject({ action: "case.read", outcome: "allowed" });
  });

  it("shows a case to a caseworker assigned to it later", async () => {
    const colleague = await api.createUser(["caseworker"], ["counter_trafficking"]);
    const caller = await api.as(colleague);
    expect((await trpcError(caller.case.get({ id: ctCase.id }))).code).toBe("NOT_FOUND");
    await api.assign(ctCase.id, colleague.id);
    const got = await caller.case.get({ id: ctCase.id });
    expect(got.assignees.map((a) => [a.id, a.kind])).toEqual([
      [worker.id, "owner"],
      [colleague.id, "co"],
    ]);
  });

  it.each([
    ["another caseworker of the same programme", () => otherWorker, () => avrrCase],
    ["another caseworker, on a restricted case", () => otherWorker, () => ctCase],
    ["a manager of another programme", () => ctManager, () => avrrCase],
    ["a manager of another programme, on a restricted case", () => avrrManager, () => ctCase],
    ["an admin", () => admin, () => avrrCase],
  ])("answers %s NOT_FOUND, audited", async (_, who, which) => {
    const user = who();
    const target = which();
    const error = await trpcError((await api.as(user)).case.get({ id: target.id }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "case.get",
      outcome: "denied",
      entityType: "case",
      entityId: target.id,
      ip: IP,
      detail: { code: "NOT_FOUND" },
    });
  });

  it("answers a case that does not exist exactly like one out of scope, and audits it", async () => {
    const caller = await api.as(otherWorker);
    const id = randomUUID();
    const missing = await trpcError(caller.case.get({ id }));
    expect(await api.lastAuditOf(otherWorker.id)).toMatchObject({
      action: "case.get",
      outcome: "denied",
      entityId: id,
    });
    const hidden = await trpcError(caller.case.get({ id: avrrCase.id }));
    expect([missing.code, missing.message]).toEqual(["NOT_FOUND", hidden.message]);
    expect(hidden.code).toBe("NOT_FOUND");
  });

  it.each([["not-a-uuid"], [""], ["00000000-0000-0000-0000-00000000000g"]])(
    "refuses the id %j with BAD_REQUEST",
    async (id) => {
      const error = await trpcError((await api.as(worker)).case.get({ id }));
      expect(error.code).toBe("BAD_REQUEST");
    },
  );
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
