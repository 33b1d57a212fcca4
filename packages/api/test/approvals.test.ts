import { caseAssignments, caseHandovers, cases, verifyAuditChain } from "@kelias/db";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "labour_migration"]);
const colleague = api.user(["caseworker"], ["avrr", "labour_migration"]);
const newcomer = api.user(["caseworker"], ["avrr"]);
const manager = api.user(["manager"], ["avrr"]);
const otherManager = api.user(["manager"], ["labour_migration"]);
const workingManager = api.user(["caseworker", "manager"], ["avrr"]);

const versionOf = async (id: string) => {
  const [row] = await api.db
    .select({ version: cases.version, state: cases.state })
    .from(cases)
    .where(eq(cases.id, id));
  if (!row) throw new Error(`no case ${id}`);
  return row;
};

describe("approvals queue", () => {
  it("lists what waits in the programmes the manager manages, with the case summary", async () => {
    const request = await api.eligibilityRequest(worker, "Ready.");
    const queue = await (await api.as(manager)).approvals.queue();
    const item = queue.find((q) => q.approvalId === request.approvalId);
    expect(item).toMatchObject({
      caseId: request.id,
      caseVersion: 4,
      reference: request.reference,
      programme: "avrr",
      state: "eligibility_counselling",
      fromState: "eligibility_counselling",
      toState: "eligible",
      reason: "Ready.",
      requestedById: worker.id,
      requestedByName: worker.name,
      personGivenName: "Olena",
      ownRequest: false,
    });
  });

  it("shows nothing of another programme, and refuses caseworkers", async () => {
    const request = await api.eligibilityRequest(worker, "Ready.");
    const queue = await (await api.as(otherManager)).approvals.queue();
    expect(queue.some((q) => q.approvalId === request.approvalId)).toBe(false);
    expect((await trpcError((await api.as(worker)).approvals.queue())).code).toBe("FORBIDDEN");
  });

  it("marks a manager's own request, which they cannot decide", async () => {
    const request = await api.eligibilityRequest(workingManager, "Ready.");
    const queue = await (await api.as(workingManager)).approvals.queue();
    expect(queue.find((q) => q.approvalId === request.approvalId)?.ownRequest).toBe(true);
  });

  it("is decided through the workflow's approval, after which it leaves the queue", async () => {
    const request = await api.eligibilityRequest(worker, "Ready.");
    const caller = await api.as(manager);
    const item = (await caller.approvals.queue()).find((q) => q.approvalId === request.approvalId);
    if (!item) throw new Error("not queued");
    await caller.case.workflow.decideApproval({
      approvalId: item.approvalId,
      version: item.caseVersion,
      approve: true,
      reason: "",
    });
    expect((await versionOf(request.id)).state).toBe("eligible");
    expect((await caller.approvals.queue()).some((q) => q.approvalId === request.approvalId)).toBe(false);
  });

  it("rejects with a reason through the same procedure", async () => {
    const request = await api.eligibilityRequest(worker, "Ready.");
    const caller = await api.as(manager);
    await caller.case.workflow.decideApproval({
      approvalId: request.approvalId,
      version: 4,
      approve: false,
      reason: "Missing decision.",
    });
    expect((await versionOf(request.id)).state).toBe("eligibility_counselling");
  });
});

describe("bulk reassignment", () => {
  it("moves owned and co-worked cases in one go, with a handover note and an audit entry per case", async () => {
    const owned = await api.openCase(worker, "avrr");
    const coWorked = await api.openCase(colleague, "avrr");
    await api.assign(coWorked.id, worker.id);
    const seq = await api.lastAuditSeq();
    const caller = await api.as(manager);
    const result = await caller.approvals.bulkReassign({
      fromUserId: worker.id,
      toUserId: newcomer.id,
      cases: [
        { caseId: owned.id, version: 1 },
        { caseId: coWorked.id, version: 1 },
      ],
      note: "Worker on leave from Monday.",
    });
    expect(result.cases).toEqual([
      { id: owned.id, version: 2 },
      { id: coWorked.id, version: 2 },
    ]);
    const team = async (caseId: string) =>
      api.db
        .select({ userId: caseAssignments.userId, kind: caseAssignments.kind })
        .from(caseAssignments)
        .where(eq(caseAssignments.caseId, caseId))
        .orderBy(asc(caseAssignments.kind));
    expect(await team(owned.id)).toEqual([{ userId: newcomer.id, kind: "owner" }]);
    expect(await team(coWorked.id)).toEqual(
      [
        { userId: newcomer.id, kind: "co" },
        { userId: colleague.id, kind: "owner" },
      ].sort((a, b) => a.kind.localeCompare(b.kind)),
    );
    const [ownedRow] = await api.db
      .select({ ownerId: cases.ownerId })
      .from(cases)
      .where(eq(cases.id, owned.id));
    expect(ownedRow?.ownerId).toBe(newcomer.id);
    const notes = await api.db
      .select({ kind: caseHandovers.kind, note: caseHandovers.note })
      .from(caseHandovers)
      .where(eq(caseHandovers.caseId, owned.id));
    expect(notes).toEqual([{ kind: "owner", note: "Worker on leave from Monday." }]);
    const entries = (await api.auditSince(seq)).filter((e) => e.action === "approvals.bulkReassign");
    expect(entries.map((e) => e.entityId).sort()).toEqual([owned.id, coWorked.id].sort());
    expect(entries[0]?.detail).toMatchObject({ bulk: true, fromUserId: worker.id, userId: newcomer.id });
  });

  it("refuses the whole move when one case changed meanwhile, changing nothing", async () => {
    const first = await api.openCase(worker, "avrr");
    const second = await api.openCase(worker, "avrr");
    const before = await api.fingerprint();
    const error = await trpcError(
      (await api.as(manager)).approvals.bulkReassign({
        fromUserId: worker.id,
        toUserId: newcomer.id,
        cases: [
          { caseId: first.id, version: 1 },
          { caseId: second.id, version: 7 },
        ],
      }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    expect(await api.fingerprint()).toEqual(before);
  });

  it("refuses a case out of the manager's programmes as not found, and an ineligible assignee", async () => {
    const other = await api.openCase(worker, "labour_migration");
    const caller = await api.as(manager);
    const notFound = await trpcError(
      caller.approvals.bulkReassign({
        fromUserId: worker.id,
        toUserId: colleague.id,
        cases: [{ caseId: other.id, version: 1 }],
      }),
    );
    expect(notFound.code).toBe("NOT_FOUND");
    const avrr = await api.openCase(worker, "avrr");
    const ineligible = await trpcError(
      caller.approvals.bulkReassign({
        fromUserId: worker.id,
        toUserId: manager.id,
        cases: [{ caseId: avrr.id, version: 1 }],
      }),
    );
    expect(ineligible).toMatchObject({ code: "BAD_REQUEST", message: "assignee_not_eligible" });
    const notAssigned = await trpcError(
      caller.approvals.bulkReassign({
        fromUserId: colleague.id,
        toUserId: newcomer.id,
        cases: [{ caseId: avrr.id, version: 1 }],
      }),
    );
    expect(notAssigned).toMatchObject({ code: "BAD_REQUEST", message: "not_assigned" });
  });

  it("refuses bad input with field errors, before anything", async () => {
    const error = await trpcError(
      (await api.as(manager)).approvals.bulkReassign({
        fromUserId: worker.id,
        toUserId: worker.id,
        cases: [],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("is refused to caseworkers, who manage no programme", async () => {
    const c = await api.openCase(worker, "avrr");
    const error = await trpcError(
      (await api.as(worker)).approvals.bulkReassign({
        fromUserId: worker.id,
        toUserId: colleague.id,
        cases: [{ caseId: c.id, version: 1 }],
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    const [row] = await api.db
      .select({ userId: caseAssignments.userId })
      .from(caseAssignments)
      .where(and(eq(caseAssignments.caseId, c.id), eq(caseAssignments.userId, colleague.id)));
    expect(row).toBeUndefined();
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
