import { appendAudit, verifyAuditChain } from "@kelias/db";
import { describe, expect, it } from "vitest";
import { trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr"]);
const colleague = api.user(["caseworker"], ["avrr"]);
const manager = api.user(["manager"], ["avrr"]);
const admin = api.user(["admin"]);

describe("the team, restriction, sensitive-note and approval procedures audit under their paths", () => {
  it("writes each allowed change under the procedure's path, with its catalogued detail", async () => {
    const c = await api.openCase(worker, "avrr");
    const boss = await api.as(manager);
    const seq = await api.lastAuditSeq();
    await boss.case.team.assign({ caseId: c.id, version: 1, userId: colleague.id, as: "co", note: "" });
    await boss.case.team.unassign({ caseId: c.id, version: 2, userId: colleague.id, note: "" });
    await boss.case.restriction.set({ caseId: c.id, version: 3, restricted: true });
    await (await api.as(worker)).case.sensitive.set({
      caseId: c.id,
      category: "health",
      content: "Asthma; inhaler in the bag.",
      version: null,
    });
    await boss.approvals.queue();
    const entries = (await api.auditSince(seq)).map((e) => [e.action, e.entityType, e.entityId, e.detail]);
    expect(entries).toEqual([
      ["case.team.assign", "case", c.id, { as: "co", userId: colleague.id, previousOwnerId: worker.id }],
      ["case.team.unassign", "case", c.id, { userId: colleague.id }],
      ["case.restriction.set", "case", c.id, { restricted: true, was: false }],
      ["case.sensitive.set", "case", c.id, { category: "health", version: 1, changeId: expect.any(String) }],
      // Other files' approvals share the database: which cases, not how many.
      ["approvals.queue", null, null, { caseIds: expect.any(Array) }],
    ]);
  });

  it("writes refusals under the path too, not under the policy action they needed", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await api.as(worker);
    await trpcError(
      caller.case.team.assign({ caseId: c.id, version: 1, userId: colleague.id, as: "co", note: "" }),
    );
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.team.assign",
      outcome: "denied",
      entityId: c.id,
      detail: { code: "FORBIDDEN" },
    });
    await trpcError(caller.case.restriction.set({ caseId: c.id, version: 1, restricted: true }));
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.restriction.set",
      outcome: "denied",
    });
    await trpcError(
      (await api.as(manager)).case.sensitive.set({
        caseId: c.id,
        category: "health",
        content: "x",
        version: null,
      }),
    );
    expect(await api.lastAuditOf(manager.id)).toMatchObject({
      action: "case.sensitive.set",
      outcome: "denied",
      detail: { code: "FORBIDDEN" },
    });
    await trpcError(caller.approvals.queue());
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "approvals.queue",
      outcome: "denied",
      detail: { code: "FORBIDDEN" },
    });
    await trpcError(
      caller.approvals.bulkReassign({
        fromUserId: worker.id,
        toUserId: colleague.id,
        cases: [{ caseId: c.id, version: 1 }],
      }),
    );
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "approvals.bulkReassign",
      outcome: "denied",
      entityId: c.id,
      detail: { code: "FORBIDDEN" },
    });
  });
});

describe("entries written under the names these actions had before", () => {
  async function withOldEntries() {
    const c = await api.openCase(worker, "avrr");
    await api.assign(c.id, colleague.id);
    const old = (action: string, detail: Record<string, unknown> = {}) =>
      appendAudit(api.db, {
        actorId: worker.id,
        action,
        outcome: "allowed",
        entityType: "case",
        entityId: c.id,
        detail,
      });
    await old("case.workflow");
    await old("case.transition", { from: "application", to: "eligibility_counselling", kind: "advance" });
    await old("case.assign", { as: "co", userId: colleague.id });
    await old("case.restrict", { restricted: true });
    await old("case.field.write", { category: "health" });
    return c;
  }

  it("are shown in the case timeline under the names the actions have today", async () => {
    const c = await withOldEntries();
    const caller = await api.as(worker);
    const { entries } = await caller.case.timeline({ caseId: c.id });
    expect(entries.map((e) => e.action).slice(0, 5)).toEqual([
      "case.sensitive.set",
      "case.restriction.set",
      "case.team.assign",
      "case.workflow.transition",
      "case.workflow.get",
    ]);
    const changes = await caller.case.timeline({ caseId: c.id, include: "changes" });
    // The old workflow read is a read under either name.
    expect(changes.entries.map((e) => e.action)).not.toContain("case.workflow.get");
    expect(changes.entries.map((e) => e.action)).toContain("case.workflow.transition");
  });

  it("are found by the audit search under the names the actions have today", async () => {
    const c = await withOldEntries();
    const caller = await api.as(admin);
    const search = async (action: string) =>
      (
        await caller.audit.list({
          filters: { actorId: worker.id, entityId: c.id, action, outcome: null, from: null, to: null },
        })
      ).entries.map((e) => e.action);
    expect(await search("case.workflow.transition")).toEqual(["case.transition"]);
    expect(await search("case.team.assign")).toEqual(["case.assign"]);
    expect(await search("case.workflow.")).toEqual(["case.transition", "case.workflow"]);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
