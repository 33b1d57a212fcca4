import {
  caseApprovals,
  caseStateHistory,
  cases,
  caseWorkflowTasks,
  unsafeDestinationList,
  unsafeDestinations,
  verifyAuditChain,
} from "@kelias/db";
import type { WorkflowFactsPatch } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorShape, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";
import { confirmDeparture, recordReadyTravel } from "./support/travel";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "counter_trafficking", "labour_migration"]);
const colleague = api.user(["caseworker"], ["avrr", "counter_trafficking", "labour_migration"]);
const manager = api.user(["manager"], ["avrr", "counter_trafficking"]);
const managerOfOther = api.user(["manager"], ["labour_migration"]);
const workingManager = api.user(["caseworker", "manager"], ["avrr"]);
const otherManager = api.user(["manager"], ["avrr"]);
const admin = api.user(["admin"]);

beforeAll(async () => {
  // The suites share one Postgres database: start from the empty list the migration sets up.
  await setUnsafe([]);
});

// Leave the list as the migration set it up, for the suites after this one.
afterAll(() => setUnsafe([]));

async function setUnsafe(countries: string[]) {
  const caller = await api.as(admin);
  const list = await caller.reference.unsafeDestination.get();
  if (!list) throw new Error("no unsafe-destinations list");
  return caller.reference.unsafeDestination.set({ version: list.version, countries: countries as never });
}

async function versionOf(caseId: string): Promise<number> {
  const [row] = await api.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
  if (!row) throw new Error(`no case ${caseId}`);
  return row.version;
}

async function stateOf(caseId: string) {
  const [row] = await api.db
    .select({ state: cases.state, closedAt: cases.closedAt, version: cases.version })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row) throw new Error(`no case ${caseId}`);
  return row;
}

async function record(user: TestUser, caseId: string, facts: WorkflowFactsPatch) {
  const caller = await api.as(user);
  return caller.case.workflow.setFacts({ caseId, version: await versionOf(caseId), ...facts });
}

async function move(user: TestUser, caseId: string, to: string, reason = "") {
  const caller = await api.as(user);
  return caller.case.workflow.transition({ caseId, version: await versionOf(caseId), to, reason });
}

async function approve(user: TestUser, approvalId: string, caseId: string, approveIt = true, reason = "") {
  const caller = await api.as(user);
  return caller.case.workflow.decideApproval({
    approvalId,
    version: await versionOf(caseId),
    approve: approveIt,
    reason,
  });
}

const ELIGIBILITY: WorkflowFactsPatch = {
  eligibilityCriterion: "expired_permit",
  voluntaryDecisionRecorded: true,
  destinationCountry: "GE",
};

/** An AVRR case of the worker in eligibility counselling, with the eligibility facts recorded. */
async function caseAtEligibility(owner: TestUser = worker, facts: WorkflowFactsPatch = ELIGIBILITY) {
  const c = await api.openCase(owner, "avrr");
  await move(owner, c.id, "eligibility_counselling");
  await record(owner, c.id, facts);
  return c;
}

async function historyOf(caseId: string) {
  return api.db
    .select()
    .from(caseStateHistory)
    .where(eq(caseStateHistory.caseId, caseId))
    .orderBy(asc(caseStateHistory.at));
}

describe("case.workflow.transition", () => {
  it("moves a case one step: state, version, history, audit", async () => {
    const c = await api.openCase(worker, "avrr");
    const result = await move(worker, c.id, "eligibility_counselling");
    expect(result).toMatchObject({
      id: c.id,
      version: 2,
      state: "eligibility_counselling",
      approvalId: null,
    });
    expect(await stateOf(c.id)).toMatchObject({
      state: "eligibility_counselling",
      version: 2,
      closedAt: null,
    });
    expect(await historyOf(c.id)).toEqual([
      expect.objectContaining({
        fromState: "application",
        toState: "eligibility_counselling",
        kind: "advance",
        movedBy: worker.id,
        approvalId: null,
        reason: "",
      }),
    ]);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.workflow.transition",
      outcome: "allowed",
      entityId: c.id,
      detail: { from: "application", to: "eligibility_counselling", kind: "advance", tasks: [] },
    });
  });

  it("refuses a move whose guards fail with every guard code, changing nothing, audited", async () => {
    const c = await api.openCase(worker, "avrr");
    await move(worker, c.id, "eligibility_counselling");
    const caller = await api.as(worker);
    const seq = await api.lastAuditSeq();
    const before = await api.fingerprint();
    const error = await trpcError(
      caller.case.workflow.transition({ caseId: c.id, version: 2, to: "eligible", reason: "" }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("eligibility_criterion_missing");
    const codes = ["eligibility_criterion_missing", "voluntary_decision_missing", "destination_missing"];
    expect(errorShape(error, "case.workflow.transition", "mutation").data).toMatchObject({ reasons: codes });
    expect(await api.fingerprint()).toEqual(before);
    expect(await api.auditSince(seq)).toEqual([
      expect.objectContaining({
        action: "case.workflow.transition",
        outcome: "denied",
        detail: { code: "BAD_REQUEST", reason: codes[0], reasons: codes },
      }),
    ]);
  });

  it("refuses a state that is not a step from here, and a missing reason where one is required", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await api.as(worker);
    const notNext = await trpcError(
      caller.case.workflow.transition({ caseId: c.id, version: 1, to: "departed" }),
    );
    expect(notNext).toMatchObject({ code: "BAD_REQUEST", message: "not_a_transition" });
    const unknown = await trpcError(
      caller.case.workflow.transition({ caseId: c.id, version: 1, to: "screening" }),
    );
    expect(unknown).toMatchObject({ code: "BAD_REQUEST", message: "unknown_state" });
    const noReason = await trpcError(
      caller.case.workflow.transition({ caseId: c.id, version: 1, to: "withdrawn" }),
    );
    expect(noReason).toMatchObject({ code: "BAD_REQUEST", message: "reason_required" });
    const blank = await trpcError(
      caller.case.workflow.transition({ caseId: c.id, version: 1, to: "withdrawn", reason: "   " }),
    );
    expect(blank).toMatchObject({ code: "BAD_REQUEST", message: "reason_required" });
    expect(await stateOf(c.id)).toMatchObject({ state: "application", version: 1 });
  });

  it("refuses a destination on the unsafe list, and every destination when there is no list", async () => {
    const c = await caseAtEligibility();
    await setUnsafe(["GE"]);
    try {
      const unsafe = await trpcError(move(worker, c.id, "eligible"));
      expect(unsafe).toMatchObject({ code: "BAD_REQUEST", message: "destination_unsafe" });
      const workflow = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
      expect(workflow.transitions.find((x) => x.to === "eligible")).toMatchObject({
        allowed: false,
        blocked: ["destination_unsafe"],
        needsApproval: true,
      });
    } finally {
      await setUnsafe([]);
    }
    const [list] = await api.db.select().from(unsafeDestinationList);
    if (!list) throw new Error("no list row");
    await api.db.delete(unsafeDestinationList);
    try {
      const missing = await trpcError(move(worker, c.id, "eligible"));
      expect(missing).toMatchObject({ code: "BAD_REQUEST", message: "unsafe_destinations_unavailable" });
      const workflow = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
      expect(workflow.unsafeDestinationsAvailable).toBe(false);
    } finally {
      await api.db.insert(unsafeDestinationList).values(list);
    }
  });

  it("refuses a stale version with CONFLICT", async () => {
    const c = await api.openCase(worker, "avrr");
    await move(worker, c.id, "eligibility_counselling");
    const caller = await api.as(worker);
    const error = await trpcError(
      caller.case.workflow.transition({ caseId: c.id, version: 1, to: "withdrawn", reason: "x" }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    expect(await stateOf(c.id)).toMatchObject({ state: "eligibility_counselling", version: 2 });
  });

  it("answers NOT_FOUND for a case out of scope, FORBIDDEN for a manager not working on it", async () => {
    const c = await api.openCase(worker, "avrr");
    const outsider = await api.as(colleague);
    expect(
      (
        await trpcError(
          outsider.case.workflow.transition({ caseId: c.id, version: 1, to: "eligibility_counselling" }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect((await trpcError(outsider.case.workflow.get({ caseId: c.id }))).code).toBe("NOT_FOUND");
    expect(
      (await trpcError(outsider.case.workflow.setFacts({ caseId: c.id, version: 1, ...ELIGIBILITY }))).code,
    ).toBe("NOT_FOUND");
    const otherProgramme = await api.as(managerOfOther);
    expect((await trpcError(otherProgramme.case.workflow.get({ caseId: c.id }))).code).toBe("NOT_FOUND");
    const boss = await api.as(manager);
    expect(
      (
        await trpcError(
          boss.case.workflow.transition({ caseId: c.id, version: 1, to: "eligibility_counselling" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await stateOf(c.id)).toMatchObject({ state: "application", version: 1 });
  });

  it("closes a case when it reaches a terminal state", async () => {
    const c = await api.openCase(worker, "avrr");
    await move(worker, c.id, "withdrawn", "Decided to stay with family.");
    const after = await stateOf(c.id);
    expect(after.state).toBe("withdrawn");
    expect(after.closedAt).toBeInstanceOf(Date);
    expect(await historyOf(c.id)).toEqual([
      expect.objectContaining({ kind: "withdraw", reason: "Decided to stay with family." }),
    ]);
  });
});

describe("approval", () => {
  it("AVRR eligibility waits for a manager, who approves it", async () => {
    const c = await caseAtEligibility();
    const requested = await move(worker, c.id, "eligible", "Permit expired in March.");
    expect(requested).toMatchObject({ state: "eligibility_counselling", version: 4 });
    expect(requested.approvalId).toEqual(expect.any(String));
    const approvalId = requested.approvalId as string;
    expect(await stateOf(c.id)).toMatchObject({ state: "eligibility_counselling", version: 4 });

    const seen = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
    expect(seen.pending).toMatchObject({
      id: approvalId,
      fromState: "eligibility_counselling",
      toState: "eligible",
      reason: "Permit expired in March.",
      requestedByName: worker.name,
      blocked: [],
    });
    expect(seen.permissions).toMatchObject({ update: true, approve: false, ownRequest: true });
    expect(seen.transitions.find((x) => x.to === "eligible")).toMatchObject({
      allowed: false,
      blocked: ["approval_pending"],
    });

    // A second request is refused while the first waits.
    const again = await trpcError(move(worker, c.id, "eligible"));
    expect(again).toMatchObject({ code: "BAD_REQUEST", message: "approval_pending" });

    // The manager sees it, with no transitions to make (not assigned), and may approve.
    const managerView = await (await api.as(manager)).case.workflow.get({ caseId: c.id });
    expect(managerView.transitions).toEqual([]);
    expect(managerView.permissions).toMatchObject({ update: false, approve: true, ownRequest: false });

    const decided = await approve(manager, approvalId, c.id, true, "Checked with the migration department.");
    expect(decided).toMatchObject({ state: "eligible", version: 5 });
    expect(await stateOf(c.id)).toMatchObject({ state: "eligible", version: 5 });
    const [approval] = await api.db.select().from(caseApprovals).where(eq(caseApprovals.id, approvalId));
    expect(approval).toMatchObject({
      status: "approved",
      decidedBy: manager.id,
      decisionReason: "Checked with the migration department.",
    });
    expect((await historyOf(c.id)).at(-1)).toMatchObject({
      fromState: "eligibility_counselling",
      toState: "eligible",
      movedBy: worker.id,
      approvalId,
      reason: "Permit expired in March.",
    });
    expect(await api.lastAuditOf(manager.id)).toMatchObject({
      action: "case.workflow.decideApproval",
      outcome: "allowed",
      detail: { approvalId, approve: true, from: "eligibility_counselling", to: "eligible", tasks: [] },
    });
    const after = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
    expect(after.pending).toBeNull();
    expect(after.history[0]).toMatchObject({ toState: "eligible", approvedByName: manager.name });
  });

  it("a rejection keeps the state, needs a reason, and the case can be asked again", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible");
    const boss = await api.as(manager);
    const noReason = await trpcError(
      boss.case.workflow.decideApproval({
        approvalId: approvalId as string,
        version: await versionOf(c.id),
        approve: false,
      }),
    );
    expect(noReason.code).toBe("BAD_REQUEST");
    expect(
      errorShape(noReason, "case.workflow.decideApproval", "mutation").data.fieldErrors?.fieldErrors,
    ).toMatchObject({
      reason: ["required"],
    });
    await approve(manager, approvalId as string, c.id, false, "Return decision not on file.");
    expect(await stateOf(c.id)).toMatchObject({ state: "eligibility_counselling" });
    const seen = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
    expect(seen.pending).toBeNull();
    expect(seen.lastRejection).toMatchObject({
      status: "rejected",
      decidedByName: manager.name,
      decisionReason: "Return decision not on file.",
      toState: "eligible",
    });
    expect(await api.lastAuditOf(manager.id)).toMatchObject({
      action: "case.workflow.decideApproval",
      detail: { approvalId, approve: false },
    });
    // Deciding it again is refused; asking again is possible.
    const twice = await trpcError(approve(manager, approvalId as string, c.id, true));
    expect(twice).toMatchObject({ code: "BAD_REQUEST", message: "approval_not_pending" });
    const again = await move(worker, c.id, "eligible");
    expect(again.approvalId).not.toBe(approvalId);
  });

  it("is for managers of the programme only, and never for the person who asked", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible");
    const id = approvalId as string;
    const forbidden = await trpcError(approve(worker, id, c.id));
    expect(forbidden.code).toBe("FORBIDDEN");
    expect((await trpcError(approve(colleague, id, c.id))).code).toBe("NOT_FOUND");
    expect((await trpcError(approve(managerOfOther, id, c.id))).code).toBe("NOT_FOUND");
    expect((await trpcError(approve(admin, id, c.id))).code).toBe("NOT_FOUND");

    // A manager who also works on the case asks; they cannot approve their own request.
    const own = await api.openCase(workingManager, "avrr");
    await move(workingManager, own.id, "eligibility_counselling");
    await record(workingManager, own.id, ELIGIBILITY);
    const { approvalId: ownId } = await move(workingManager, own.id, "eligible");
    const refused = await trpcError(approve(workingManager, ownId as string, own.id));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: "own_request" });
    expect(
      (await (await api.as(workingManager)).case.workflow.get({ caseId: own.id })).permissions,
    ).toMatchObject({ approve: false, ownRequest: true });
    await approve(otherManager, ownId as string, own.id);
    expect(await stateOf(own.id)).toMatchObject({ state: "eligible" });
    expect(await stateOf(c.id)).toMatchObject({ state: "eligibility_counselling" });
  });

  it("refuses a stale version with CONFLICT", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible");
    const boss = await api.as(manager);
    const version = await versionOf(c.id);
    await record(worker, c.id, { destinationCountry: "AM" });
    const stale = await trpcError(
      boss.case.workflow.decideApproval({
        approvalId: approvalId as string,
        version,
        approve: true,
        reason: "",
      }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    expect(await stateOf(c.id)).toMatchObject({ state: "eligibility_counselling" });
  });

  it("checks the guards again when approving: facts changed since the request block it", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible");
    await record(worker, c.id, { destinationCountry: null });
    const blocked = await trpcError(approve(manager, approvalId as string, c.id));
    expect(blocked).toMatchObject({ code: "BAD_REQUEST", message: "destination_missing" });
    const seen = await (await api.as(manager)).case.workflow.get({ caseId: c.id });
    expect(seen.pending).toMatchObject({ id: approvalId, blocked: ["destination_missing"] });
    expect(await stateOf(c.id)).toMatchObject({ state: "eligibility_counselling" });
  });

  it("a withdrawal while an approval waits moves the case and cancels the request", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible");
    await move(worker, c.id, "withdrawn", "Changed their mind.");
    const [approval] = await api.db
      .select()
      .from(caseApprovals)
      .where(eq(caseApprovals.id, approvalId as string));
    expect(approval).toMatchObject({ status: "cancelled", decidedBy: worker.id });
    expect((await trpcError(approve(manager, approvalId as string, c.id))).message).toBe(
      "approval_not_pending",
    );
  });

  it("reopening needs a reason and an approval, and opens the case again", async () => {
    const c = await api.openCase(worker, "avrr");
    await move(worker, c.id, "withdrawn", "Left the country on their own.");
    const noReason = await trpcError(move(worker, c.id, "application"));
    expect(noReason.message).toBe("reason_required");
    const { approvalId } = await move(worker, c.id, "application", "Came back and asks again.");
    expect(await stateOf(c.id)).toMatchObject({ state: "withdrawn" });
    await approve(manager, approvalId as string, c.id);
    const after = await stateOf(c.id);
    expect(after).toMatchObject({ state: "application", closedAt: null });
    expect((await historyOf(c.id)).at(-1)).toMatchObject({ kind: "reopen", approvalId });
  });

  it("counter-trafficking closure needs the durable solution and a manager's approval", async () => {
    const c = await api.openCase(worker, "counter_trafficking");
    for (const to of [
      "screening",
      "presumed_victim",
      "reflection_period",
      "assistance",
      "durable_solution",
    ]) {
      await move(worker, c.id, to);
    }
    expect((await trpcError(move(worker, c.id, "closed"))).message).toBe("durable_solution_missing");
    await record(worker, c.id, { durableSolutionKind: "integration" });
    const { approvalId } = await move(worker, c.id, "closed");
    expect(approvalId).toEqual(expect.any(String));
    await approve(manager, approvalId as string, c.id);
    const after = await stateOf(c.id);
    expect(after.state).toBe("closed");
    expect(after.closedAt).toBeInstanceOf(Date);
  });
});

describe("case.workflow.withdrawApproval", () => {
  async function withdraw(user: TestUser, approvalId: string, caseId: string, reason = "", version?: number) {
    const caller = await api.as(user);
    return caller.case.workflow.withdrawApproval({
      approvalId,
      version: version ?? (await versionOf(caseId)),
      reason,
    });
  }

  it("the person who asked withdraws the request: the case stays, the request is kept as cancelled", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible", "Permit expired in March.");
    const id = approvalId as string;
    const before = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
    expect(before.permissions).toMatchObject({ withdraw: true, ownRequest: true, approve: false });
    const managerView = await (await api.as(manager)).case.workflow.get({ caseId: c.id });
    expect(managerView.permissions).toMatchObject({ withdraw: false, approve: true });

    const version = await versionOf(c.id);
    const result = await withdraw(worker, id, c.id, "Asked before the return decision arrived.");
    expect(result).toMatchObject({ id: c.id, state: "eligibility_counselling", version: version + 1 });
    expect(await stateOf(c.id)).toMatchObject({ state: "eligibility_counselling", version: version + 1 });
    const [approval] = await api.db.select().from(caseApprovals).where(eq(caseApprovals.id, id));
    expect(approval).toMatchObject({
      status: "cancelled",
      decidedBy: worker.id,
      decisionReason: "Asked before the return decision arrived.",
    });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.workflow.withdrawApproval",
      outcome: "allowed",
      entityId: c.id,
      detail: { approvalId: id, from: "eligibility_counselling", to: "eligible" },
    });
    const after = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
    expect(after.pending).toBeNull();
    expect(after.permissions.withdraw).toBe(false);
    // Nothing waits any more: the manager has nothing to decide, and the worker may ask again.
    expect((await trpcError(approve(manager, id, c.id))).message).toBe("approval_not_pending");
    const again = await move(worker, c.id, "eligible");
    expect(again.approvalId).not.toBe(id);
  });

  it("only the person who asked: not a manager, not a co-worker, not outside the case", async () => {
    const c = await caseAtEligibility();
    await api.assign(c.id, colleague.id);
    const { approvalId } = await move(worker, c.id, "eligible");
    const id = approvalId as string;
    const seq = await api.lastAuditSeq();
    // A co-worker on the case did not ask: refused, with the reason.
    expect(await trpcError(withdraw(colleague, id, c.id))).toMatchObject({
      code: "FORBIDDEN",
      message: "not_own_request",
    });
    // The programme's manager decides the request, and cannot withdraw it.
    expect((await trpcError(withdraw(manager, id, c.id))).code).toBe("FORBIDDEN");
    expect((await trpcError(withdraw(managerOfOther, id, c.id))).code).toBe("NOT_FOUND");
    expect((await trpcError(withdraw(admin, id, c.id))).code).toBe("NOT_FOUND");
    const refusals = await api.auditSince(seq);
    expect(refusals.map((e) => [e.action, e.outcome])).toEqual(
      Array(4).fill(["case.workflow.withdrawApproval", "denied"]),
    );
    const [approval] = await api.db.select().from(caseApprovals).where(eq(caseApprovals.id, id));
    expect(approval?.status).toBe("pending");
    // An unknown request is not found, like one out of scope.
    const unknown = await trpcError(withdraw(worker, "00000000-0000-4000-8000-00000000abcd", c.id));
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible");
    const version = await versionOf(c.id);
    await record(worker, c.id, { destinationCountry: "AM" });
    const stale = await trpcError(withdraw(worker, approvalId as string, c.id, "", version));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    const [approval] = await api.db
      .select()
      .from(caseApprovals)
      .where(eq(caseApprovals.id, approvalId as string));
    expect(approval?.status).toBe("pending");
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.workflow.withdrawApproval",
      outcome: "denied",
    });
  });

  it("cannot withdraw a request once a manager decided it", async () => {
    for (const approveIt of [true, false]) {
      const c = await caseAtEligibility();
      const { approvalId } = await move(worker, c.id, "eligible");
      const id = approvalId as string;
      await approve(manager, id, c.id, approveIt, approveIt ? "" : "Return decision not on file.");
      const state = await stateOf(c.id);
      const late = await trpcError(withdraw(worker, id, c.id));
      expect(late).toMatchObject({ code: "BAD_REQUEST", message: "approval_not_pending" });
      expect(await stateOf(c.id)).toEqual(state);
      const [approval] = await api.db.select().from(caseApprovals).where(eq(caseApprovals.id, id));
      expect(approval?.status).toBe(approveIt ? "approved" : "rejected");
    }
  });
});

describe("case.workflow.setFacts", () => {
  it("records facts, shares the case version, audits the field names only", async () => {
    const c = await api.openCase(worker, "avrr");
    const result = await record(worker, c.id, {
      eligibilityCriterion: "visa_free_overstay",
      vulnerabilityCategories: ["pregnant", "single_parent_two_plus_children"],
    });
    expect(result).toEqual({ id: c.id, version: 2 });
    await record(worker, c.id, { destinationCountry: "MD" });
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.workflow.setFacts",
      detail: { fields: ["destinationCountry"] },
    });
    const seen = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
    expect(seen.version).toBe(3);
    expect(seen.facts).toMatchObject({
      eligibilityCriterion: "visa_free_overstay",
      vulnerabilityCategories: ["pregnant", "single_parent_two_plus_children"],
      destinationCountry: "MD",
      voluntaryDecisionRecorded: false,
    });
    expect(seen.factFields).toContain("arrivalDate");
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "case.workflow.get",
      outcome: "allowed",
    });
  });

  it("refuses a stale version, facts of another programme, and invalid values", async () => {
    const c = await api.openCase(worker, "avrr");
    const caller = await api.as(worker);
    await record(worker, c.id, { voluntaryDecisionRecorded: true });
    const stale = await trpcError(caller.case.workflow.setFacts({ caseId: c.id, version: 1 }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    const foreign = await trpcError(
      caller.case.workflow.setFacts({ caseId: c.id, version: 2, contractRedFlags: ["deceptive_terms"] }),
    );
    expect(foreign).toMatchObject({ code: "BAD_REQUEST", message: "facts_not_for_programme" });
    const future = await trpcError(
      caller.case.workflow.setFacts({ caseId: c.id, version: 2, arrivalDate: "2999-01-01" }),
    );
    expect(
      errorShape(future, "case.workflow.setFacts", "mutation").data.fieldErrors?.fieldErrors,
    ).toMatchObject({
      arrivalDate: ["in_future"],
    });
    const duplicate = await trpcError(
      caller.case.workflow.setFacts({
        caseId: c.id,
        version: 2,
        vulnerabilityCategories: ["elderly", "elderly"],
      }),
    );
    expect(duplicate.code).toBe("BAD_REQUEST");
    expect(await stateOf(c.id)).toMatchObject({ version: 2 });
  });

  it("is refused to a manager who does not work on the case", async () => {
    const c = await api.openCase(worker, "avrr");
    const boss = await api.as(manager);
    expect((await trpcError(boss.case.workflow.setFacts({ caseId: c.id, version: 1 }))).code).toBe(
      "FORBIDDEN",
    );
    await api.assign(c.id, manager.id);
    await boss.case.workflow.setFacts({ caseId: c.id, version: 1, voluntaryDecisionRecorded: true });
  });
});

describe("the AVRR journey", () => {
  it("from application to arrival, creating the monitoring tasks with their due dates", async () => {
    const c = await caseAtEligibility();
    const { approvalId } = await move(worker, c.id, "eligible");
    await approve(manager, approvalId as string, c.id);
    await move(worker, c.id, "travel_documents");
    const notBooked = await trpcError(move(worker, c.id, "travel_booked"));
    expect(errorShape(notBooked, "case.workflow.transition", "mutation").data.reasons).toEqual([
      "travel_document_missing",
      "fitness_not_recorded",
      "itinerary_missing",
      "escort_need_not_recorded",
    ]);
    const caller = await api.as(worker);
    await recordReadyTravel(caller, c.id, "2026-01-30");
    await move(worker, c.id, "travel_booked");
    const notDeparted = await trpcError(move(worker, c.id, "departed"));
    expect(errorShape(notDeparted, "case.workflow.transition", "mutation").data.reasons).toEqual([
      "departure_not_confirmed",
    ]);
    await confirmDeparture(caller, c.id, "2026-01-30");
    await move(worker, c.id, "departed");
    // Withdrawal is possible until departure day, not after.
    expect((await trpcError(move(worker, c.id, "withdrawn", "Too late"))).message).toBe("not_a_transition");
    expect((await trpcError(move(worker, c.id, "arrived"))).message).toBe("arrival_date_missing");
    await record(worker, c.id, { arrivalDate: "2026-01-31" });
    const arrived = await move(worker, c.id, "arrived");
    const expected = [
      { kind: "reintegration_contact", dueDate: "2026-02-28" },
      { kind: "monitoring_3_months", dueDate: "2026-04-30" },
      { kind: "monitoring_6_months", dueDate: "2026-07-31" },
      { kind: "monitoring_12_months", dueDate: "2027-01-31" },
    ];
    expect(arrived.tasks).toEqual(expected);
    const rows = await api.db
      .select()
      .from(caseWorkflowTasks)
      .where(eq(caseWorkflowTasks.caseId, c.id))
      .orderBy(asc(caseWorkflowTasks.dueDate));
    expect(rows.map((r) => ({ kind: r.kind, dueDate: r.dueDate }))).toEqual(expected);
    const history = await historyOf(c.id);
    expect(rows.every((r) => r.historyId === history.at(-1)?.id && r.createdBy === worker.id)).toBe(true);
    const seen = await (await api.as(worker)).case.workflow.get({ caseId: c.id });
    expect(seen.tasks.map((task) => task.kind)).toEqual(expected.map((e) => e.kind));
    expect(seen.history.map((h) => h.toState)).toEqual([
      "arrived",
      "departed",
      "travel_booked",
      "travel_documents",
      "eligible",
      "eligibility_counselling",
    ]);
    expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
  });
});

describe("labour migration", () => {
  it("red flags suggest a counter-trafficking screening, which the caseworker may open", async () => {
    const c = await api.openCase(worker, "labour_migration");
    await move(worker, c.id, "counselling");
    await move(worker, c.id, "contract_check");
    await record(worker, c.id, { contractRedFlags: ["withheld_documents", "fees_charged_to_worker"] });
    const moved = await move(worker, c.id, "pre_departure");
    expect(moved.suggestions).toEqual([
      { kind: "open_trafficking_screening", redFlags: ["fees_charged_to_worker", "withheld_documents"] },
    ]);
    const caller = await api.as(worker);
    const seen = await caller.case.workflow.get({ caseId: c.id });
    expect(seen.suggestions).toHaveLength(1);
    expect(seen.permissions.openScreening).toBe(true);
    const screening = await caller.case.create({
      ...SOURCE,
      personId: seen.personId,
      programme: "counter_trafficking",
    });
    expect(screening.reference).toMatch(/^CT-/);

    const lmOnly = await api.createUser(["caseworker"], ["labour_migration"]);
    const own = await api.openCase(lmOnly, "labour_migration");
    const view = await (await api.as(lmOnly)).case.workflow.get({ caseId: own.id });
    expect(view.permissions.openScreening).toBe(false);
  });
});

describe("reference.unsafeDestination.get", () => {
  it("is read by everyone working with cases and set by admins only, keeping who added each country", async () => {
    const first = await setUnsafe(["SO"]);
    const second = await (await api.as(admin)).reference.unsafeDestination.set({
      version: first.version,
      countries: ["SO", "YE"],
    });
    expect(second.countries).toEqual(["SO", "YE"]);
    const list = await (await api.as(worker)).reference.unsafeDestination.get();
    expect(list?.countries.map((c) => c.code)).toEqual(["SO", "YE"]);
    expect(list?.updatedByName).toBe(admin.name);
    const [so] = await api.db
      .select()
      .from(unsafeDestinations)
      .where(eq(unsafeDestinations.countryCode, "SO"));
    expect(so?.addedBy).toBe(admin.id);

    const stale = await trpcError(
      (await api.as(admin)).reference.unsafeDestination.set({
        version: first.version,
        countries: [],
      }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    for (const user of [worker, manager]) {
      const refused = await trpcError(
        (await api.as(user)).reference.unsafeDestination.set({
          version: second.version,
          countries: [],
        }),
      );
      expect(refused.code).toBe("FORBIDDEN");
    }
    await setUnsafe([]);
    expect((await (await api.as(manager)).reference.unsafeDestination.get())?.countries).toEqual([]);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
