import { auditLog, fieldChanges } from "@kelias/db";
import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { PERSON, type TestUser, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr"], "Rūta Caseworker");
const manager = api.user(["manager"], ["avrr"], "Milda Manager");
const colleague = api.user(["caseworker"], ["avrr"], "Tomas Colleague");
const as = (user: TestUser) => api.as(user);

async function lastDetail(caseId: string, action: string) {
  const [row] = await api.db
    .select({ detail: auditLog.detail })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row?.detail ?? {};
}

describe("field history", () => {
  it("keeps the old and new value of each changed field of a service, and only those", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const service = await caller.case.service.add({
      caseId: c.id,
      type: "reintegration_grant",
      provider: "IOM Vilnius",
      deliveredOn: "2026-02-03",
      quantity: 1,
      cost: "1500.5",
      currency: "EUR",
      note: "",
    });
    await caller.case.service.edit({
      caseId: c.id,
      serviceId: service.id,
      version: service.version,
      type: "reintegration_grant",
      provider: "Caritas Kaunas",
      deliveredOn: "2026-02-03",
      quantity: 2,
      // The same amount written differently is no change.
      cost: "1500,50",
      currency: "EUR",
      note: "",
    });
    const { changes } = await caller.case.history({ caseId: c.id, record: "service", recordId: service.id });
    expect(
      changes.map((ch) => [ch.field, ch.withheld ? null : [ch.oldValue, ch.newValue], ch.actorName]),
    ).toEqual([
      ["provider", ["IOM Vilnius", "Caritas Kaunas"], "Rūta Caseworker"],
      ["quantity", [1, 2], "Rūta Caseworker"],
    ]);
    // The audit entry names the change, never the values (administrators read the log).
    const detail = await lastDetail(c.id, "case.service.edit");
    expect(detail.changeId).toBe(changes[0]?.changeId);
    expect(JSON.stringify(detail)).not.toContain("Caritas");
  });

  it("keeps a sensitive note's earlier content, shown only to those who may read the note", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const first = await caller.case.sensitive.set({
      caseId: c.id,
      category: "health",
      content: "Asthma.",
      version: null,
    });
    await caller.case.sensitive.set({
      caseId: c.id,
      category: "health",
      content: "Asthma, inhaler needed.",
      version: first.version,
    });
    const mine = await caller.case.history({ caseId: c.id, record: "sensitive_note" });
    expect(mine.changes.map((ch) => (ch.withheld ? null : [ch.oldValue, ch.newValue]))).toEqual([
      ["Asthma.", "Asthma, inhaler needed."],
      [null, "Asthma."],
    ]);
    // The programme's manager reads the case, but not its health note: who and when, no values.
    const theirs = await (await as(manager)).case.history({ caseId: c.id, record: "sensitive_note" });
    expect(theirs.changes).toHaveLength(2);
    expect(theirs.changes.every((ch) => ch.withheld && !("oldValue" in ch) && !("newValue" in ch))).toBe(
      true,
    );
    expect(theirs.changes[0]).toMatchObject({
      field: "content",
      category: "health",
      actorName: "Rūta Caseworker",
    });
    // The timeline follows the same rule.
    const timeline = await (await as(manager)).case.timeline({ caseId: c.id, kind: "sensitive" });
    expect(timeline.entries.map((e) => e.action)).toEqual(["case.sensitive.set", "case.sensitive.set"]);
    expect(timeline.entries[0]?.changes).toEqual([{ field: "content", recordKey: "health", withheld: true }]);
    expect(JSON.stringify(timeline)).not.toContain("Asthma");
    const own = await caller.case.timeline({ caseId: c.id, kind: "sensitive" });
    expect(own.entries[0]?.changes).toEqual([
      {
        field: "content",
        recordKey: "health",
        withheld: false,
        oldValue: "Asthma.",
        newValue: "Asthma, inhaler needed.",
      },
    ]);
  });

  it("keeps the workflow facts before and after, with the timeline entry that changed them", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const set = await caller.case.workflow.setFacts({
      caseId: c.id,
      version: 1,
      destinationCountry: "UA",
      vulnerabilityCategories: ["disability"],
    });
    await caller.case.workflow.setFacts({
      caseId: c.id,
      version: set.version,
      destinationCountry: "GE",
      vulnerabilityCategories: ["disability"],
    });
    const { changes } = await caller.case.history({ caseId: c.id, record: "workflow_facts" });
    expect(changes.map((ch) => [ch.field, ch.withheld ? null : [ch.oldValue, ch.newValue]])).toEqual([
      ["destinationCountry", ["UA", "GE"]],
      ["destinationCountry", [null, "UA"]],
      ["vulnerabilityCategories", [[], ["disability"]]],
    ]);
    const { entries } = await caller.case.timeline({ caseId: c.id, kind: "workflow", include: "changes" });
    expect(entries.map((e) => e.action)).toEqual([
      "case.workflow.setFacts",
      "case.workflow.setFacts",
      "case.create",
    ]);
    expect(entries[0]?.changes).toEqual([
      { field: "destinationCountry", recordKey: c.id, withheld: false, oldValue: "UA", newValue: "GE" },
    ]);
  });

  it("keeps a person's changed fields, for those who may read the person", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    const person = await caller.person.get({ id: c.personId });
    await caller.person.update({
      ...PERSON,
      familyName: "Kovalenko-Petrenko",
      phones: ["+37060000001"],
      id: c.personId,
      version: person.version,
      household: [],
    });
    const { changes } = await caller.person.history({ id: c.personId });
    expect(changes.map((ch) => [ch.field, ch.withheld ? null : [ch.oldValue, ch.newValue]])).toEqual([
      ["familyName", ["Rūta Caseworker", "Kovalenko-Petrenko"]],
      ["phones", [[], ["+37060000001"]]],
    ]);
    expect((await trpcError((await as(colleague)).person.history({ id: c.personId }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses to rewrite a history row", async () => {
    const c = await api.openCase(worker, "avrr");
    await (await as(worker)).case.sensitive.set({
      caseId: c.id,
      category: "trafficking",
      content: "x",
      version: null,
    });
    await expect(
      api.db.update(fieldChanges).set({ newValue: sql`'"y"'::jsonb` }).where(eq(fieldChanges.caseId, c.id)),
    ).rejects.toThrow();
  });
});

describe("timeline kinds", () => {
  it("narrows the timeline to one kind, newest first", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await as(worker);
    await caller.case.task.add({ caseId: c.id, title: "Call back", dueDate: null });
    await caller.case.note.add({ caseId: c.id, content: "Met." });
    await caller.case.task.add({ caseId: c.id, title: "Book the flight", dueDate: null });
    await caller.case.get({ id: c.id });
    const tasks = await caller.case.timeline({ caseId: c.id, kind: "tasks" });
    expect(tasks.entries.map((e) => [e.action, e.kind])).toEqual([
      ["case.task.add", "tasks"],
      ["case.task.add", "tasks"],
    ]);
    const notes = await caller.case.timeline({ caseId: c.id, kind: "notes" });
    expect(notes.entries.map((e) => e.action)).toEqual(["case.note.add"]);
    const access = await caller.case.timeline({ caseId: c.id, kind: "access" });
    expect(access.entries.map((e) => e.action)).toEqual(["case.timeline", "case.timeline", "case.read"]);
    // Reads are left out of "changes" whatever the kind asked for.
    const none = await caller.case.timeline({ caseId: c.id, kind: "access", include: "changes" });
    expect(none.entries).toEqual([]);
  });
});

describe("the case page's header", () => {
  it("names the move waiting for a manager's approval, and nothing once there is none", async () => {
    const request = await api.eligibilityRequest(worker);
    const c = await (await as(worker)).case.get({ id: request.id });
    expect(c.pendingApproval).toMatchObject({ toState: "eligible" });
    const other = await api.openCase(worker, "avrr");
    expect((await (await as(worker)).case.get({ id: other.id })).pendingApproval).toBeNull();
  });
});
