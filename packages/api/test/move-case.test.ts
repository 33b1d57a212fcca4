import { caseApprovals, caseStateHistory, cases, caseWorkflowTasks, verifyAuditChain } from "@kelias/db";
import { pathToReflectionPeriod } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { StaleVersion } from "../src/concurrency";
import { type CaseMove, moveCase } from "../src/workflow/move-case";
import { type TestUser, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const manager = api.user(["manager"], ["avrr", "counter_trafficking"]);

async function caseRow(id: string) {
  const [row] = await api.db.select().from(cases).where(eq(cases.id, id));
  if (!row) throw new Error(`no case ${id}`);
  return row;
}

const historyOf = (caseId: string) =>
  api.db
    .select()
    .from(caseStateHistory)
    .where(eq(caseStateHistory.caseId, caseId))
    .orderBy(asc(caseStateHistory.at));

const tasksOf = (caseId: string) =>
  api.db.select().from(caseWorkflowTasks).where(eq(caseWorkflowTasks.caseId, caseId));

const REFLECTION_TASK = { kind: "reflection_period_ending", dueDate: "2026-03-01" } as const;

/**
 * Moves the case in a transaction of its own, as `by` through a procedure: from the version read,
 * moved by `by` now, with no reason, approval or task unless the test gives one.
 */
function move(
  by: TestUser,
  row: Awaited<ReturnType<typeof caseRow>>,
  plan: Pick<CaseMove, "steps"> & Partial<Omit<CaseMove, "case">>,
) {
  return api.db.transaction((tx) =>
    moveCase(tx, by.id, {
      case: row,
      version: row.version,
      reason: "",
      movedBy: by.id,
      approvalId: null,
      tasks: [],
      at: new Date(),
      ...plan,
    }),
  );
}

/** An approval the worker asked for on the case (from application to eligibility counselling), still pending. */
async function pendingApproval(caseId: string) {
  const [row] = await api.db
    .insert(caseApprovals)
    .values({
      caseId,
      fromState: "application",
      toState: "eligibility_counselling",
      kind: "advance",
      requestedBy: worker.id,
    })
    .returning({ id: caseApprovals.id });
  return row;
}

describe("moveCase, the one writer of workflow state", () => {
  it("moves a case along a planned path: one version claimed, one history row per step, tasks on the last", async () => {
    const c = await api.openCase(worker, "counter_trafficking");
    const before = await caseRow(c.id);
    expect(before.state).toBe("referred");
    const path = pathToReflectionPeriod(before.state, "Confirmed as presumed victim.");
    const at = new Date();
    const moved = await move(manager, before, {
      steps: path,
      reason: "Confirmed as presumed victim.",
      tasks: [REFLECTION_TASK],
      at,
    });
    expect(moved).toMatchObject({
      state: "reflection_period",
      version: before.version + 1,
      cancelledApprovalIds: [],
    });
    expect(await caseRow(c.id)).toMatchObject({ state: "reflection_period", version: 2, closedAt: null });
    const history = await historyOf(c.id);
    expect(history.map((h) => [h.fromState, h.toState, h.kind])).toEqual([
      ["referred", "screening", "advance"],
      ["screening", "presumed_victim", "advance"],
      ["presumed_victim", "reflection_period", "advance"],
    ]);
    expect(
      history.every((h) => h.movedBy === manager.id && h.reason === "Confirmed as presumed victim."),
    ).toBe(true);
    expect(moved.historyIds).toEqual(history.map((h) => h.id));
    expect(await tasksOf(c.id)).toEqual([
      expect.objectContaining({ ...REFLECTION_TASK, historyId: history.at(-1)?.id, createdBy: manager.id }),
    ]);
  });

  it("with nothing to move, leaves the case as it is and still creates the tasks", async () => {
    const c = await api.openCase(worker, "counter_trafficking");
    const row = await caseRow(c.id);
    const moved = await move(manager, row, { steps: [], tasks: [REFLECTION_TASK] });
    expect(moved).toEqual({ state: "referred", version: 1, historyIds: [], cancelledApprovalIds: [] });
    expect(await caseRow(c.id)).toMatchObject({ state: "referred", version: 1 });
    expect(await historyOf(c.id)).toEqual([]);
    expect(await tasksOf(c.id)).toEqual([expect.objectContaining({ ...REFLECTION_TASK, historyId: null })]);
  });

  it("closes a case entering a terminal state and cancels the approval that waited elsewhere", async () => {
    const c = await api.openCase(worker, "avrr");
    const row = await caseRow(c.id);
    const waiting = await pendingApproval(c.id);
    const moved = await move(worker, row, {
      steps: [{ to: "withdrawn", kind: "withdraw" }],
      reason: "Stays with family.",
    });
    expect(moved.cancelledApprovalIds).toEqual([waiting?.id]);
    expect((await caseRow(c.id)).closedAt).toBeInstanceOf(Date);
    const [approval] = await api.db.select().from(caseApprovals).where(eq(caseApprovals.caseId, c.id));
    expect(approval).toMatchObject({
      status: "cancelled",
      decidedBy: worker.id,
      decisionReason: "moved to withdrawn",
    });
  });

  it("keeps the approval it applies pending for the caller to decide", async () => {
    const c = await api.openCase(worker, "avrr");
    const row = await caseRow(c.id);
    const applied = await pendingApproval(c.id);
    const moved = await move(manager, row, {
      steps: [{ to: "eligibility_counselling", kind: "advance" }],
      movedBy: worker.id,
      approvalId: applied?.id ?? null,
    });
    expect(moved.cancelledApprovalIds).toEqual([]);
    const [approval] = await api.db.select().from(caseApprovals).where(eq(caseApprovals.caseId, c.id));
    expect(approval?.status).toBe("pending");
    expect((await historyOf(c.id)).map((h) => h.approvalId)).toEqual([applied?.id]);
  });

  it("writes nothing when the case changed meanwhile", async () => {
    const c = await api.openCase(worker, "counter_trafficking");
    const row = await caseRow(c.id);
    await api.db.update(cases).set({ version: 2 }).where(eq(cases.id, c.id));
    const before = await api.fingerprint();
    const stale = move(manager, row, {
      steps: pathToReflectionPeriod(row.state, ""),
      tasks: [REFLECTION_TASK],
    });
    await expect(stale).rejects.toBeInstanceOf(StaleVersion);
    expect(await api.fingerprint()).toEqual(before);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
