import { randomUUID } from "node:crypto";
import { resolveSessionUser } from "@kelias/auth";
import {
  caseAssignments,
  caseConsents,
  caseDocuments,
  caseNotes,
  caseReferrals,
  caseServices,
  cases,
  caseTasks,
  idempotencyKeys,
  partners,
  people,
  serviceTypes,
  verifyAuditChain,
} from "@kelias/db";
import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { uploadCaseDocument } from "../src/documents";
import { IDEMPOTENCY_KEY_HOURS } from "../src/idempotency";
import { IP, PERSON, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";
import { FULL_CHECKLIST, insertConsent, insertPartner } from "./support/case-record";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "counter_trafficking", "labour_migration"]);
const colleague = api.user(["caseworker"], ["avrr"]);
const admin = api.user(["admin"]);

const as = (user: TestUser) => api.as(user);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** How many rows of a table match: what a duplicated write would make two of. */
async function countOf(
  table:
    | typeof caseNotes
    | typeof caseTasks
    | typeof caseServices
    | typeof caseConsents
    | typeof caseReferrals
    | typeof caseDocuments,
  caseId: string,
): Promise<number> {
  const [row] = await api.db.select({ n: count() }).from(table).where(eq(table.caseId, caseId));
  return row?.n ?? 0;
}

async function keyRow(actorId: string, key: string) {
  const [row] = await api.db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key)));
  return row;
}

interface CreateCase {
  name: string;
  actor: () => TestUser;
  /**
   * Whether the same request without a key makes a second record. Partner names and service-type
   * codes are unique anyway, and a screening answers the case already opened from its source.
   */
  duplicatesWithoutKey: boolean;
  /** Sends one request with the key; the same call twice is a retry. */
  send(key: string): Promise<{ id: string }>;
  /** The rows the write creates, counted where a duplicate would show. */
  written(): Promise<number>;
}

/** Every procedure that creates a record, each with the place a duplicate would appear. */
async function creates(): Promise<CreateCase[]> {
  const c = await api.openCase(worker, "avrr");
  const source = await api.openCase(worker, "labour_migration");
  const partner = await insertPartner(api.db);
  await insertConsent(api.db, c.id, { partnerId: partner.id });
  const personFamilyName = `Idempotent ${randomUUID().slice(0, 8)}`;
  const partnerName = `Partner ${randomUUID().slice(0, 8)}`;
  const serviceTypeCode = `food_${randomUUID().slice(0, 8)}`;
  const workerCaller = await as(worker);
  const adminCaller = await as(admin);
  return [
    {
      name: "case.note.add",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: (key) => workerCaller.case.note.add({ caseId: c.id, content: "Called.", idempotencyKey: key }),
      written: () => countOf(caseNotes, c.id),
    },
    {
      name: "case.task.add",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: (key) =>
        workerCaller.case.task.add({ caseId: c.id, title: "Call back", dueDate: null, idempotencyKey: key }),
      written: () => countOf(caseTasks, c.id),
    },
    {
      name: "case.service.add",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: (key) =>
        workerCaller.case.service.add({
          caseId: c.id,
          type: "ticket",
          provider: "Airline",
          deliveredOn: "2026-02-03",
          quantity: 1,
          cost: "300",
          currency: "EUR",
          idempotencyKey: key,
        }),
      written: () => countOf(caseServices, c.id),
    },
    {
      name: "case.consent.record",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: (key) =>
        workerCaller.case.consent.record({
          caseId: c.id,
          purpose: "assistance",
          givenOn: "2026-01-15",
          checklist: FULL_CHECKLIST,
          idempotencyKey: key,
        }),
      written: () => countOf(caseConsents, c.id),
    },
    {
      name: "case.referral.add",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: (key) =>
        workerCaller.case.referral.add({
          caseId: c.id,
          partnerId: partner.id,
          reason: "Legal advice.",
          idempotencyKey: key,
        }),
      written: () => countOf(caseReferrals, c.id),
    },
    {
      name: "case.create",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: (key) =>
        workerCaller.case.create({ ...SOURCE, personId: c.personId, programme: "avrr", idempotencyKey: key }),
      written: async () => api.db.$count(cases, eq(cases.personId, c.personId)),
    },
    {
      name: "person.create",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: (key) =>
        workerCaller.person.create({ ...PERSON, familyName: personFamilyName, idempotencyKey: key }),
      written: async () => api.db.$count(people, eq(people.familyName, personFamilyName)),
    },
    {
      name: "identification.screenForTrafficking",
      actor: () => worker,
      duplicatesWithoutKey: false,
      send: (key) =>
        workerCaller.identification.screenForTrafficking({ sourceCaseId: source.id, idempotencyKey: key }),
      written: async () =>
        api.db.$count(
          cases,
          and(eq(cases.personId, source.personId), eq(cases.programme, "counter_trafficking")),
        ),
    },
    {
      name: "partner.create",
      actor: () => admin,
      duplicatesWithoutKey: false,
      send: (key) => adminCaller.partner.create({ name: partnerName, kind: "ngo", idempotencyKey: key }),
      written: async () => api.db.$count(partners, eq(partners.name, partnerName)),
    },
    {
      name: "serviceType.create",
      actor: () => admin,
      duplicatesWithoutKey: false,
      send: (key) =>
        adminCaller.serviceType.create({
          code: serviceTypeCode,
          nameEn: "Food",
          nameLt: "Maistas",
          idempotencyKey: key,
        }),
      written: async () => api.db.$count(serviceTypes, eq(serviceTypes.code, serviceTypeCode)),
    },
    {
      name: "document.upload",
      actor: () => worker,
      duplicatesWithoutKey: true,
      send: async (key) =>
        uploadCaseDocument(
          { db: api.db, user: await resolveSessionUser(api.db, worker.claims), ip: IP },
          {
            caseId: c.id,
            fileName: "letter.pdf",
            bytes: PDF,
            category: "other",
            description: "",
            idempotencyKey: key,
          },
        ),
      written: () => countOf(caseDocuments, c.id),
    },
  ];
}

describe("idempotency keys", () => {
  it("answer a retried create with the first answer and write nothing again, for every create", async () => {
    for (const create of await creates()) {
      const key = randomUUID();
      const before = await create.written();
      const first = await create.send(key);
      const actorId = create.actor().id;
      const seq = await api.lastAuditSeq();
      const retried = await create.send(key);
      expect(retried, create.name).toEqual(first);
      expect(await create.written(), create.name).toBe(before + 1);
      // The retry appended only the record of the replay.
      const appended = await api.auditSince(seq);
      expect(
        appended.map((e) => [e.action, e.actorId, e.outcome, e.detail]),
        create.name,
      ).toEqual([["idempotency.replay", actorId, "allowed", { procedure: create.name, key }]]);
      if (create.duplicatesWithoutKey) {
        // With another key (a new submission), the same request is a new record.
        await create.send(randomUUID());
        expect(await create.written(), create.name).toBe(before + 2);
      }
    }
    expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
  });

  it("keep the first answer with the key, under the actor and procedure that sent it", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const key = randomUUID();
    const first = await caller.case.create({
      ...SOURCE,
      personId: c.personId,
      programme: "avrr",
      idempotencyKey: key,
    });
    const stored = await keyRow(worker.id, key);
    expect(stored).toMatchObject({ procedure: "case.create", actorId: worker.id });
    expect(
      await caller.case.create({ ...SOURCE, personId: c.personId, programme: "avrr", idempotencyKey: key }),
    ).toEqual(first);
  });

  it("refuse the same key with another input (CONFLICT idempotency_key_reused) and write nothing", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const key = randomUUID();
    await caller.case.note.add({ caseId: c.id, content: "First visit.", idempotencyKey: key });
    const before = await api.fingerprint();
    const seq = await api.lastAuditSeq();
    const error = await trpcError(
      caller.case.note.add({ caseId: c.id, content: "Second visit.", idempotencyKey: key }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: "idempotency_key_reused" });
    expect(await api.fingerprint()).toEqual(before);
    expect((await api.auditSince(seq)).map((e) => [e.action, e.outcome, e.detail])).toEqual([
      ["case.note.add", "denied", { code: "CONFLICT", reason: "idempotency_key_reused" }],
    ]);
  });

  it("refuse the same key for another procedure, even with an input of the same shape", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const key = randomUUID();
    await caller.case.task.add({ caseId: c.id, title: "Call back", dueDate: null, idempotencyKey: key });
    const before = await api.fingerprint();
    const error = await trpcError(
      caller.case.note.add({ caseId: c.id, content: "Call back", idempotencyKey: key }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: "idempotency_key_reused" });
    expect(await api.fingerprint()).toEqual(before);
  });

  it("belong to their actor: another user's same key writes a record of its own", async () => {
    const c = await api.openCase(worker, "avrr");
    await api.assign(c.id, colleague.id);
    const key = randomUUID();
    const input = { caseId: c.id, content: "Met at the office.", idempotencyKey: key };
    const mine = await (await as(worker)).case.note.add(input);
    const theirs = await (await as(colleague)).case.note.add(input);
    expect(theirs.id).not.toBe(mine.id);
    expect(await countOf(caseNotes, c.id)).toBe(2);
    const [note] = await api.db.select().from(caseNotes).where(eq(caseNotes.id, theirs.id));
    expect(note?.createdBy).toBe(colleague.id);
  });

  it("make concurrent requests with one key write once, and all of them get the same answer", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const key = randomUUID();
    const input = { caseId: c.id, title: "Book the flight", dueDate: "2026-03-01", idempotencyKey: key };
    const answers = await Promise.all([1, 2, 3, 4].map(() => caller.case.task.add(input)));
    expect(await countOf(caseTasks, c.id)).toBe(1);
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);

    const personKey = randomUUID();
    const familyName = `Racing ${randomUUID().slice(0, 8)}`;
    const people_ = await Promise.all(
      [1, 2, 3].map(() => caller.person.create({ ...PERSON, familyName, idempotencyKey: personKey })),
    );
    expect(new Set(people_.map((p) => p.id)).size).toBe(1);
    expect(await api.db.$count(people, eq(people.familyName, familyName))).toBe(1);
    expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
  });

  it("still check access on a retry: a user taken off the case gets NOT_FOUND, not the stored answer", async () => {
    const c = await api.openCase(worker, "avrr");
    await api.assign(c.id, colleague.id);
    const key = randomUUID();
    const input = { caseId: c.id, content: "Home visit.", idempotencyKey: key };
    await (await as(colleague)).case.note.add(input);
    await api.db
      .delete(caseAssignments)
      .where(and(eq(caseAssignments.caseId, c.id), eq(caseAssignments.userId, colleague.id)));
    const error = await trpcError((await as(colleague)).case.note.add(input));
    expect(error.code).toBe("NOT_FOUND");
    expect(await api.lastAuditOf(colleague.id)).toMatchObject({
      action: "case.note.add",
      outcome: "denied",
    });
    expect(await countOf(caseNotes, c.id)).toBe(1);
  });

  it("are not used up by a refused request: the corrected retry with the same key writes", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const key = randomUUID();
    const service = {
      caseId: c.id,
      provider: "Airline",
      deliveredOn: "2026-02-03",
      quantity: 1,
      cost: null,
      currency: null,
      idempotencyKey: key,
    };
    const refused = await trpcError(caller.case.service.add({ ...service, type: "no_such_type" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(await keyRow(worker.id, key)).toBeUndefined();
    const written = await caller.case.service.add({ ...service, type: "ticket" });
    expect(await keyRow(worker.id, key)).toMatchObject({ procedure: "case.service.add" });
    expect(await caller.case.service.add({ ...service, type: "ticket" })).toEqual(written);
    expect(await countOf(caseServices, c.id)).toBe(1);
  });

  it("must be uuids", async () => {
    const c = await api.openCase(worker, "avrr");
    const error = await trpcError(
      (await as(worker)).case.note.add({ caseId: c.id, content: "x", idempotencyKey: "again" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await countOf(caseNotes, c.id)).toBe(0);
  });

  it(`are pruned once older than ${IDEMPOTENCY_KEY_HOURS} hours, by the writes that claim new keys`, async () => {
    const c = await api.openCase(worker, "avrr");
    const old = randomUUID();
    const recent = randomUUID();
    const hoursAgo = (h: number) => sql`now() - ${`${h} hours`}::interval`;
    await api.db.insert(idempotencyKeys).values([
      {
        actorId: colleague.id,
        key: old,
        procedure: "case.note.add",
        inputHash: "x",
        result: {},
        createdAt: hoursAgo(IDEMPOTENCY_KEY_HOURS + 1),
      },
      {
        actorId: colleague.id,
        key: recent,
        procedure: "case.note.add",
        inputHash: "x",
        result: {},
        createdAt: hoursAgo(IDEMPOTENCY_KEY_HOURS - 1),
      },
    ]);
    await (await as(worker)).case.note.add({
      caseId: c.id,
      content: "Pruning.",
      idempotencyKey: randomUUID(),
    });
    expect(await keyRow(colleague.id, old)).toBeUndefined();
    expect(await keyRow(colleague.id, recent)).toBeDefined();
  });
});
