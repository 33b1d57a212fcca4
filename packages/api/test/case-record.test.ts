import { randomUUID } from "node:crypto";
import {
  appendAudit,
  caseConsents,
  caseNoteRevisions,
  caseNotes,
  caseReferrals,
  caseServices,
  caseTasks,
  caseWorkflowTasks,
  partners,
  verifyAuditChain,
} from "@kelias/db";
import { officeToday } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { IP, type TestUser, trpcError, useApiTest } from "./support/api-test";
import {
  FULL_CHECKLIST,
  insertConsent,
  insertNote,
  insertPartner,
  insertTask,
  insertWorkflowTask,
} from "./support/case-record";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "social_assistance"], "Rūta Caseworker");
const colleague = api.user(["caseworker"], ["avrr", "social_assistance"], "Tomas Colleague");
const manager = api.user(["manager"], ["avrr", "social_assistance"], "Milda Manager");
const admin = api.user(["admin"], [], "Algis Admin");

const as = (user: TestUser) => api.as(user);
const workerCase = () => api.openCase(worker, "avrr");

/**
 * Cases the tests share where what one adds does not change what another checks: fewer cases keep
 * the list tests, which count every case of the run's database, within their page.
 */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}
const sharedCase = once(workerCase);
const secondCase = once(workerCase);
/** Holds only consents that cover no new partner: each referral test refers to a partner of its own. */
const referralCase = once(workerCase);

/** The refusal's code and reason, and that it was audited as denied on the case. */
async function expectRefused(
  user: TestUser,
  call: Promise<unknown>,
  code: string,
  reason?: string,
  action?: string,
) {
  const error = await trpcError(call);
  expect(error.code).toBe(code);
  if (reason) expect(error.message).toBe(reason);
  expect(await api.lastAuditOf(user.id)).toMatchObject({
    outcome: "denied",
    ...(action ? { action } : {}),
    detail: reason ? { code, reason } : { code },
  });
}

describe("notes", () => {
  it("adds a note, author and time stamped, audited without its text", async () => {
    const c = await sharedCase();
    const before = new Date();
    const note = await (await as(worker)).case.note.add({
      caseId: c.id,
      content: "  First call: wants to return in May.  ",
    });
    expect(note.version).toBe(1);
    const [row] = await api.db.select().from(caseNotes).where(eq(caseNotes.id, note.id));
    expect(row).toMatchObject({
      caseId: c.id,
      content: "First call: wants to return in May.",
      createdBy: worker.id,
    });
    expect(row?.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const entry = await api.lastAuditOf(worker.id);
    expect(entry).toMatchObject({
      action: "case.note.add",
      outcome: "allowed",
      entityType: "case",
      entityId: c.id,
      ip: IP,
      detail: { noteId: note.id },
    });
    expect(JSON.stringify(entry?.detail)).not.toContain("May");
  });

  it("edits a note and keeps the text it replaced, with who wrote it and when", async () => {
    const c = await sharedCase();
    const caller = await as(worker);
    const note = await caller.case.note.add({ caseId: c.id, content: "Version one." });
    const edited = await caller.case.note.edit({
      caseId: c.id,
      noteId: note.id,
      version: 1,
      content: "Version two.",
    });
    expect(edited.version).toBe(2);
    const again = await caller.case.note.edit({
      caseId: c.id,
      noteId: note.id,
      version: 2,
      content: "Version three.",
    });
    expect(again.version).toBe(3);

    const revisions = await api.db
      .select()
      .from(caseNoteRevisions)
      .where(eq(caseNoteRevisions.noteId, note.id));
    expect(revisions.map((r) => [r.version, r.content, r.writtenBy, r.replacedBy]).sort()).toEqual([
      [1, "Version one.", worker.id, worker.id],
      [2, "Version two.", worker.id, worker.id],
    ]);
    const { record } = await caller.case.get({ id: c.id });
    expect(record.notes[0]).toMatchObject({
      id: note.id,
      content: "Version three.",
      version: 3,
      createdByName: "Rūta Caseworker",
      updatedByName: "Rūta Caseworker",
    });
    expect(record.notes[0]?.revisions.map((r) => r.content)).toEqual(["Version two.", "Version one."]);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.read",
    });
  });

  it("refuses a stale edit with CONFLICT stale_version: audited, the newer text kept, no revision", async () => {
    const c = await sharedCase();
    const note = await insertNote(api.db, c.id, "Original.");
    const caller = await as(worker);
    await caller.case.note.edit({ caseId: c.id, noteId: note.id, version: 1, content: "First tab's edit." });
    await expectRefused(
      worker,
      caller.case.note.edit({ caseId: c.id, noteId: note.id, version: 1, content: "Second tab's edit." }),
      "CONFLICT",
      "stale_version",
      "case.note.edit",
    );
    const [row] = await api.db.select().from(caseNotes).where(eq(caseNotes.id, note.id));
    expect(row).toMatchObject({ content: "First tab's edit.", version: 2 });
    expect(await api.db.$count(caseNoteRevisions, eq(caseNoteRevisions.noteId, note.id))).toBe(1);
  });

  it("answers NOT_FOUND for a note of another case, even one the caseworker works on", async () => {
    const mine = await sharedCase();
    const other = await secondCase();
    const note = await insertNote(api.db, other.id);
    await expectRefused(
      worker,
      (await as(worker)).case.note.edit({ caseId: mine.id, noteId: note.id, version: 1, content: "x" }),
      "NOT_FOUND",
    );
  });

  it("lets a co-worker edit a note; the history names both authors", async () => {
    const c = await workerCase();
    const note = await insertNote(api.db, c.id, "Written by the owner.");
    await (await as(manager)).case.team.assign({
      caseId: c.id,
      version: 1,
      userId: colleague.id,
      as: "co",
      note: "",
    });
    await (await as(colleague)).case.note.edit({
      caseId: c.id,
      noteId: note.id,
      version: 1,
      content: "Corrected.",
    });
    const { record } = await (await as(worker)).case.get({ id: c.id });
    expect(record.notes[0]).toMatchObject({ content: "Corrected.", updatedByName: "Tomas Colleague" });
    expect(record.notes[0]?.revisions[0]).toMatchObject({
      content: "Written by the owner.",
      writtenByName: "Rūta Caseworker",
      replacedByName: "Tomas Colleague",
    });
  });
});

describe("services", () => {
  it("records a service with quantity, exact cost and currency, and edits it with its version", async () => {
    const c = await sharedCase();
    const caller = await as(worker);
    const service = await caller.case.service.add({
      caseId: c.id,
      type: "reintegration_grant",
      provider: "IOM Vilnius",
      deliveredOn: "2026-02-03",
      quantity: 1,
      cost: "1500,5",
      currency: "EUR",
      note: "Paid by bank transfer.",
    });
    const [row] = await api.db.select().from(caseServices).where(eq(caseServices.id, service.id));
    expect(row).toMatchObject({ type: "reintegration_grant", cost: "1500.50", currency: "EUR", quantity: 1 });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.service.add",
      detail: { serviceId: service.id, type: "reintegration_grant" },
    });

    const edited = await caller.case.service.edit({
      caseId: c.id,
      serviceId: service.id,
      version: 1,
      type: "Health",
      provider: "Santaros klinikos",
      deliveredOn: "2026-02-04",
      quantity: 3,
      cost: null,
      currency: null,
    });
    expect(edited.version).toBe(2);
    const { record } = await caller.case.get({ id: c.id });
    expect(record.services.find((x) => x.id === service.id)).toEqual(
      expect.objectContaining({
        type: "Health",
        quantity: 3,
        cost: null,
        currency: null,
        version: 2,
        note: "",
      }),
    );

    await expectRefused(
      worker,
      caller.case.service.edit({
        caseId: c.id,
        serviceId: service.id,
        version: 1,
        type: "Legal",
        provider: "Lawyer",
        deliveredOn: "2026-02-04",
        quantity: 1,
        cost: null,
        currency: null,
      }),
      "CONFLICT",
      "stale_version",
      "case.service.edit",
    );
  });

  it("refuses a cost without currency with BAD_REQUEST and the field named", async () => {
    const c = await sharedCase();
    const error = await trpcError(
      (await as(worker)).case.service.add({
        caseId: c.id,
        type: "ticket",
        provider: "Airline",
        deliveredOn: "2026-02-03",
        quantity: 1,
        cost: "300",
        currency: null,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(
      await api.db.$count(caseServices, and(eq(caseServices.caseId, c.id), eq(caseServices.type, "ticket"))),
    ).toBe(0);
  });
});

describe("consents and referrals", () => {
  const referTo = async (user: TestUser, caseId: string, partnerId: string) =>
    (await as(user)).case.referral.add({
      caseId,
      partnerId,
      serviceType: "Legal",
      reason: "Advice on residence rights.",
    });

  it("records a consent per purpose with the checklist and who recorded it, and withdraws it", async () => {
    const c = await sharedCase();
    const caller = await as(worker);
    const consent = await caller.case.consent.record({
      caseId: c.id,
      purpose: "assistance",
      givenOn: "2026-01-15",
      checklist: { ...FULL_CHECKLIST, researchUse: false },
      note: "Explained in Russian with an interpreter.",
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.consent.record",
      detail: { consentId: consent.id, purpose: "assistance", partnerId: null },
    });
    let { record } = await caller.case.get({ id: c.id });
    expect(record.consents[0]).toMatchObject({
      purpose: "assistance",
      givenOn: "2026-01-15",
      status: "valid",
      recordedByName: "Rūta Caseworker",
      checklist: { ...FULL_CHECKLIST, researchUse: false },
    });

    const withdrawn = await caller.case.consent.withdraw({
      caseId: c.id,
      consentId: consent.id,
      version: 1,
      withdrawnOn: "2026-01-20",
      note: "Asked by phone.",
    });
    expect(withdrawn.version).toBe(2);
    ({ record } = await caller.case.get({ id: c.id }));
    expect(record.consents[0]).toMatchObject({
      status: "withdrawn",
      withdrawnOn: "2026-01-20",
      withdrawnByName: "Rūta Caseworker",
      withdrawalNote: "Asked by phone.",
    });
    await expectRefused(
      worker,
      caller.case.consent.withdraw({
        caseId: c.id,
        consentId: consent.id,
        version: 2,
        withdrawnOn: "2026-01-21",
      }),
      "BAD_REQUEST",
      "already_withdrawn",
    );
  });

  it("refuses a stale withdrawal", async () => {
    const c = await sharedCase();
    const consent = await insertConsent(api.db, c.id);
    await api.db
      .update(caseConsents)
      .set({ version: 2, note: "Edited elsewhere" })
      .where(eq(caseConsents.id, consent.id));
    await expectRefused(
      worker,
      (await as(worker)).case.consent.withdraw({
        caseId: c.id,
        consentId: consent.id,
        version: 1,
        withdrawnOn: "2026-01-21",
      }),
      "CONFLICT",
      "stale_version",
    );
  });

  it("refuses a referral without any consent: BAD_REQUEST consent_missing, audited, nothing written", async () => {
    const c = await workerCase();
    const partner = await insertPartner(api.db);
    await expectRefused(
      worker,
      referTo(worker, c.id, partner.id),
      "BAD_REQUEST",
      "consent_missing",
      "case.referral.add",
    );
    expect(await api.db.$count(caseReferrals, eq(caseReferrals.caseId, c.id))).toBe(0);
  });

  it.each<[string, Parameters<typeof insertConsent>[2] | "withdrawn" | "other partner"]>([
    ["only for assistance", { purpose: "assistance" }],
    ["only to share with authorities", { purpose: "authorities" }],
    [
      "not informed (storage period not explained)",
      { checklist: { ...FULL_CHECKLIST, storagePeriod: false } },
    ],
    ["withdrawn", "withdrawn"],
    ["limited to another partner", "other partner"],
  ])("refuses a referral when the consent on file is %s", async (_, consent) => {
    const c = await referralCase();
    const partner = await insertPartner(api.db);
    if (consent === "withdrawn") {
      const { id } = await insertConsent(api.db, c.id);
      await (await as(worker)).case.consent.withdraw({
        caseId: c.id,
        consentId: id,
        version: 1,
        withdrawnOn: "2026-01-06",
      });
    } else if (consent === "other partner") {
      await insertConsent(api.db, c.id, { partnerId: (await insertPartner(api.db)).id });
    } else {
      await insertConsent(api.db, c.id, consent);
    }
    await expectRefused(worker, referTo(worker, c.id, partner.id), "BAD_REQUEST", "consent_missing");
    expect(await api.db.$count(caseReferrals, eq(caseReferrals.partnerId, partner.id))).toBe(0);
  });

  it("refers with a covering consent, naming it, and tracks the referral's status with its version", async () => {
    const c = await referralCase();
    const partner = await insertPartner(api.db);
    const caller = await as(worker);
    const consent = await caller.case.consent.record({
      caseId: c.id,
      purpose: "referral",
      partnerId: partner.id,
      givenOn: "2026-01-15",
      checklist: FULL_CHECKLIST,
    });
    const referral = await referTo(worker, c.id, partner.id);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.referral.add",
      outcome: "allowed",
      detail: { referralId: referral.id, partnerId: partner.id, consentId: consent.id },
    });
    const accepted = await caller.case.referral.setStatus({
      caseId: c.id,
      referralId: referral.id,
      version: 1,
      status: "accepted",
    });
    expect(accepted).toMatchObject({ version: 2, status: "accepted" });
    const { record } = await caller.case.get({ id: c.id });
    expect(record.referrals.filter((r) => r.id === referral.id)).toEqual([
      expect.objectContaining({
        partnerName: partner.name,
        consentId: consent.id,
        consentPurpose: "referral",
        status: "accepted",
        serviceType: "Legal",
        referredByName: "Rūta Caseworker",
      }),
    ]);
    await expectRefused(
      worker,
      caller.case.referral.setStatus({
        caseId: c.id,
        referralId: referral.id,
        version: 1,
        status: "declined",
      }),
      "CONFLICT",
      "stale_version",
    );
  });

  it("refuses referrals to, and consents limited to, an inactive or unknown partner", async () => {
    const c = await sharedCase();
    await insertConsent(api.db, c.id);
    const inactive = await insertPartner(api.db, false);
    await expectRefused(worker, referTo(worker, c.id, inactive.id), "BAD_REQUEST", "partner_unavailable");
    await expectRefused(worker, referTo(worker, c.id, randomUUID()), "BAD_REQUEST", "partner_unavailable");
    await expectRefused(
      worker,
      (await as(worker)).case.consent.record({
        caseId: c.id,
        purpose: "referral",
        partnerId: inactive.id,
        givenOn: "2026-01-15",
        checklist: FULL_CHECKLIST,
      }),
      "BAD_REQUEST",
      "partner_unavailable",
    );
  });
});

describe("tasks", () => {
  it("adds, edits, ticks and reopens a manual task, each with its version", async () => {
    const c = await sharedCase();
    const caller = await as(worker);
    const task = await caller.case.task.add({
      caseId: c.id,
      title: "Book the flight",
      dueDate: "2026-03-01",
    });
    const edited = await caller.case.task.edit({
      caseId: c.id,
      taskId: task.id,
      version: 1,
      title: "Book the flight to Tbilisi",
      dueDate: "2026-03-02",
    });
    expect(edited.version).toBe(2);
    const done = await caller.case.task.setDone({
      caseId: c.id,
      taskId: task.id,
      origin: "manual",
      version: 2,
      done: true,
    });
    expect(done).toMatchObject({ version: 3, done: true });
    const [row] = await api.db.select().from(caseTasks).where(eq(caseTasks.id, task.id));
    expect(row).toMatchObject({
      title: "Book the flight to Tbilisi",
      dueDate: "2026-03-02",
      doneBy: worker.id,
    });
    expect(row?.doneAt).toBeInstanceOf(Date);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.task.setDone",
      detail: { taskId: task.id, origin: "manual", done: true },
    });

    await expectRefused(
      worker,
      caller.case.task.setDone({ caseId: c.id, taskId: task.id, origin: "manual", version: 2, done: false }),
      "CONFLICT",
      "stale_version",
      "case.task.setDone",
    );
    await caller.case.task.setDone({
      caseId: c.id,
      taskId: task.id,
      origin: "manual",
      version: 3,
      done: false,
    });
    const [reopened] = await api.db.select().from(caseTasks).where(eq(caseTasks.id, task.id));
    expect(reopened).toMatchObject({ doneAt: null, doneBy: null, version: 4 });
    await expectRefused(
      worker,
      caller.case.task.edit({ caseId: c.id, taskId: task.id, version: 1, title: "Old", dueDate: null }),
      "CONFLICT",
      "stale_version",
    );
  });

  it("ticks a workflow-created task; ticking it again from a stale page is refused", async () => {
    const c = await sharedCase();
    const task = await insertWorkflowTask(api.db, c.id);
    const caller = await as(worker);
    let { record } = await caller.case.get({ id: c.id });
    expect(record.tasks.filter((x) => x.id === task.id)).toEqual([
      expect.objectContaining({
        id: task.id,
        origin: "workflow",
        kind: "reintegration_contact",
        done: false,
      }),
    ]);
    await caller.case.task.setDone({
      caseId: c.id,
      taskId: task.id,
      origin: "workflow",
      version: 1,
      done: true,
    });
    const [row] = await api.db.select().from(caseWorkflowTasks).where(eq(caseWorkflowTasks.id, task.id));
    expect(row?.doneBy).toBe(worker.id);
    await expectRefused(
      worker,
      caller.case.task.setDone({ caseId: c.id, taskId: task.id, origin: "workflow", version: 1, done: true }),
      "CONFLICT",
      "stale_version",
    );
    // A manual task's id given as a workflow task's is not found.
    const manual = await insertTask(api.db, c.id);
    await expectRefused(
      worker,
      caller.case.task.setDone({
        caseId: c.id,
        taskId: manual.id,
        origin: "workflow",
        version: 1,
        done: true,
      }),
      "NOT_FOUND",
    );
    ({ record } = await caller.case.get({ id: c.id }));
    const mine = record.tasks.filter((x) => x.id === task.id || x.id === manual.id);
    expect(mine.map((x) => [x.origin, x.done])).toEqual([
      ["manual", false],
      ["workflow", true],
    ]);
  });

  it("shows the open tasks of my cases in My tasks, overdue first, and nothing of colleagues' cases", async () => {
    const me = await api.createUser(["caseworker"], ["avrr", "social_assistance"]);
    const mine = await api.openCase(me, "avrr");
    const other = await api.openCase(me, "social_assistance");
    const colleagues = await api.openCase(colleague, "avrr");
    const today = officeToday(new Date());
    const undated = await insertTask(api.db, mine.id, null);
    const future = await insertTask(api.db, other.id, "2099-01-01");
    const overdue = await insertTask(api.db, mine.id, "2020-01-01");
    const done = await insertTask(api.db, mine.id, "2019-01-01");
    await api.db
      .update(caseTasks)
      .set({ doneAt: new Date(), doneBy: me.id })
      .where(eq(caseTasks.id, done.id));
    const workflowTask = await insertWorkflowTask(api.db, other.id, "2021-06-01");
    await insertTask(api.db, colleagues.id, "2020-01-01");

    const { tasks, today: answeredToday } = await (await as(me)).case.task.mine();
    expect(answeredToday).toBe(today);
    expect(tasks.map((x) => [x.id, x.overdue])).toEqual([
      [overdue.id, true],
      [workflowTask.id, true],
      [future.id, false],
      [undated.id, false],
    ]);
    expect(tasks[1]).toMatchObject({
      origin: "workflow",
      kind: "reintegration_contact",
      caseReference: other.reference,
    });
    expect(tasks[0]).toMatchObject({
      origin: "manual",
      title: "Call the embassy",
      caseId: mine.id,
      programme: "avrr",
    });
  });

  it("refuses My tasks to an administrator", async () => {
    await expectRefused(admin, (await as(admin)).case.task.mine(), "FORBIDDEN");
  });
});

describe("timeline", () => {
  it("lists every event of the case newest first, with who, what and when, reads included", async () => {
    const c = await workerCase();
    const caller = await as(worker);
    await caller.case.get({ id: c.id });
    const { id: noteId } = await caller.case.note.add({ caseId: c.id, content: "Met at the office." });
    await caller.case.note.edit({
      caseId: c.id,
      noteId,
      version: 1,
      content: "Met at the office with her son.",
    });
    await trpcError(caller.case.note.edit({ caseId: c.id, noteId, version: 1, content: "Stale." }));
    await (await as(manager)).case.get({ id: c.id });

    const { entries, earlier } = await caller.case.timeline({ caseId: c.id });
    expect(earlier).toBeNull();
    expect(entries.map((e) => [e.action, e.outcome, e.actorName])).toEqual([
      ["case.read", "allowed", "Milda Manager"],
      ["case.note.edit", "denied", "Rūta Caseworker"],
      ["case.note.edit", "allowed", "Rūta Caseworker"],
      ["case.note.add", "allowed", "Rūta Caseworker"],
      ["case.read", "allowed", "Rūta Caseworker"],
      ["case.create", "allowed", "Rūta Caseworker"],
    ]);
    expect(entries[1]?.detail).toEqual({ code: "CONFLICT", reason: "stale_version" });
    expect(entries.map((e) => e.kind)).toEqual(["access", "notes", "notes", "notes", "access", "workflow"]);
    const times = entries.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Reading the timeline is audited too, and shows the next time.
    expect(await api.lastAuditOf(worker.id)).toMatchObject({ action: "case.timeline", entityId: c.id });
    const next = await caller.case.timeline({ caseId: c.id });
    expect(next.entries[0]).toMatchObject({ action: "case.timeline", actorName: "Rūta Caseworker" });
  });

  it("leaves out reads when asked for changes only, and pages backwards", async () => {
    const c = await workerCase();
    const caller = await as(worker);
    for (let i = 0; i < 3; i++)
      await caller.case.task.add({ caseId: c.id, title: `Task ${i}`, dueDate: null });
    await caller.case.get({ id: c.id });
    const changes = await caller.case.timeline({ caseId: c.id, include: "changes" });
    expect(changes.entries.map((e) => e.action)).toEqual([
      "case.task.add",
      "case.task.add",
      "case.task.add",
      "case.create",
    ]);

    const page = await caller.case.timeline({ caseId: c.id, include: "changes", limit: 2 });
    expect(page.entries.map((e) => e.action)).toEqual(["case.task.add", "case.task.add"]);
    expect(page.earlier).toBe(page.entries[1]?.seq);
    const previous = await caller.case.timeline({
      caseId: c.id,
      include: "changes",
      limit: 2,
      before: page.earlier ?? undefined,
    });
    expect(previous.entries.map((e) => e.action)).toEqual(["case.task.add", "case.create"]);
    expect(previous.earlier).toBeNull();
  });

  it("says which way a task was set: ticked or reopened", async () => {
    const c = await workerCase();
    const caller = await as(worker);
    const task = await caller.case.task.add({ caseId: c.id, title: "Call back", dueDate: null });
    const done = await caller.case.task.setDone({
      caseId: c.id,
      taskId: task.id,
      origin: "manual",
      version: task.version,
      done: true,
    });
    await caller.case.task.setDone({
      caseId: c.id,
      taskId: task.id,
      origin: "manual",
      version: done.version,
      done: false,
    });
    const { entries } = await caller.case.timeline({ caseId: c.id, include: "changes" });
    expect(entries.filter((e) => e.action === "case.task.setDone").map((e) => e.detail)).toEqual([
      { origin: "manual", done: false },
      { origin: "manual", done: true },
    ]);
  });

  it("answers NOT_FOUND for a case out of scope, exactly as for one that does not exist", async () => {
    const c = await sharedCase();
    const caller = await as(colleague);
    const hidden = await trpcError(caller.case.timeline({ caseId: c.id }));
    const missing = await trpcError(caller.case.timeline({ caseId: randomUUID() }));
    expect([hidden.code, hidden.message]).toEqual(["NOT_FOUND", missing.message]);
  });
});

describe("access", () => {
  it("answers NOT_FOUND to a caseworker writing on a colleague's case, and writes nothing", async () => {
    const c = await api.openCase(colleague, "avrr");
    const seq = await api.lastAuditSeq();
    await expectRefused(
      worker,
      (await as(worker)).case.note.add({ caseId: c.id, content: "Hello" }),
      "NOT_FOUND",
    );
    expect(await api.db.$count(caseNotes, eq(caseNotes.caseId, c.id))).toBe(0);
    expect((await api.auditSince(seq)).map((e) => e.outcome)).toEqual(["denied"]);
  });

  it("answers FORBIDDEN to a programme manager who reads the case but does not work on it", async () => {
    const c = await sharedCase();
    const caller = await as(manager);
    const { record } = await caller.case.get({ id: c.id });
    expect(record.notes).toEqual(expect.any(Array));
    await expectRefused(
      manager,
      caller.case.task.add({ caseId: c.id, title: "Check", dueDate: null }),
      "FORBIDDEN",
    );
    await expectRefused(
      manager,
      caller.case.consent.record({
        caseId: c.id,
        purpose: "referral",
        givenOn: "2026-01-01",
        checklist: FULL_CHECKLIST,
      }),
      "FORBIDDEN",
    );
    expect(
      await api.db.$count(caseTasks, and(eq(caseTasks.caseId, c.id), eq(caseTasks.title, "Check"))),
    ).toBe(0);
  });

  it("answers NOT_FOUND to an administrator, who never reads case contents", async () => {
    const c = await sharedCase();
    await expectRefused(admin, (await as(admin)).case.timeline({ caseId: c.id }), "NOT_FOUND");
  });
});

describe("partner registry", () => {
  it("lets an administrator add and edit partners, with versions and unique names", async () => {
    const caller = await as(admin);
    const name = `Dienos centras ${randomUUID().slice(0, 6)}`;
    const created = await caller.partner.create({
      name,
      kind: "ngo",
      city: "Vilnius",
      contact: "+370 600 00000",
      services: ["SocialCare", "interpretation"],
    });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "partner.create",
      entityType: "partner",
      entityId: created.id,
    });
    await expectRefused(
      admin,
      caller.partner.create({ name: name.toUpperCase(), kind: "clinic" }),
      "BAD_REQUEST",
      "partner_name_taken",
    );
    const updated = await caller.partner.update({
      id: created.id,
      version: 1,
      name,
      kind: "ngo",
      city: "Kaunas",
      active: false,
    });
    expect(updated.version).toBe(2);
    await expectRefused(
      admin,
      caller.partner.update({ id: created.id, version: 1, name, kind: "ngo", active: true }),
      "CONFLICT",
      "stale_version",
    );
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "partner.update",
      entityType: "partner",
      entityId: created.id,
    });
    await expectRefused(
      admin,
      caller.partner.update({ id: randomUUID(), version: 1, name: "Nobody", kind: "ngo", active: true }),
      "NOT_FOUND",
    );
    const [row] = await api.db.select().from(partners).where(eq(partners.id, created.id));
    expect(row).toMatchObject({ city: "Kaunas", active: false, services: [], updatedBy: admin.id });

    // Inactive partners are offered to nobody; the administrator can still list them.
    const workerList = await (await as(worker)).partner.list();
    expect(workerList.some((p) => p.id === created.id)).toBe(false);
    const adminList = await caller.partner.list({ includeInactive: true });
    expect(adminList.find((p) => p.id === created.id)).toMatchObject({ active: false });
    // A caseworker asking for inactive ones gets the active list only.
    const asked = await (await as(worker)).partner.list({ includeInactive: true });
    expect(asked.every((p) => p.active)).toBe(true);
  });

  it("refuses caseworkers and managers who try to change the registry", async () => {
    for (const user of [worker, manager]) {
      await expectRefused(user, (await as(user)).partner.create({ name: "Mine", kind: "ngo" }), "FORBIDDEN");
    }
  });
});

describe("audit names", () => {
  it("finds the entries written under an action's old name when searching by its new one", async () => {
    const subject = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(subject, "avrr");
    for (const action of [
      "case.task.done",
      "case.task.reopen",
      "case.referral.create",
      "case.referral.status",
    ]) {
      await appendAudit(api.db, {
        actorId: subject.id,
        action,
        outcome: "allowed",
        entityType: "case",
        entityId: c.id,
        detail: {},
      });
    }
    const caller = await as(admin);
    const search = async (action: string) =>
      (
        await caller.audit.list({
          filters: { actorId: subject.id, entityId: "", action, outcome: null, from: null, to: null },
        })
      ).entries.map((e) => e.action);
    expect(await search("case.task.setDone")).toEqual(["case.task.reopen", "case.task.done"]);
    expect(await search("case.referral.add")).toEqual(["case.referral.create"]);
    expect(await search("case.referral.setStatus")).toEqual(["case.referral.status"]);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
