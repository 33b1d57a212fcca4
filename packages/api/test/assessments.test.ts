import { caseAssessmentRevisions, caseTasks, verifyAuditChain } from "@kelias/db";
import { addDays, emptyAssessmentContent, officeToday } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./support/db";
import {
  fingerprint,
  lastAuditOf,
  openCase,
  signedIn,
  type TestUser,
  testUser,
  trpcError,
} from "./support/fixtures";

const t = useTestDatabase();
const worker = testUser(t, ["caseworker"], ["avrr", "social_assistance", "labour_migration"], "Rūta Worker");
const colleague = testUser(t, ["caseworker"], ["avrr", "social_assistance"], "Tomas Colleague");
const manager = testUser(t, ["manager"], ["social_assistance"], "Milda Manager");
const avrrManager = testUser(t, ["manager"], ["avrr"], "Jonas Manager");
const admin = testUser(t, ["admin"], [], "Algis Admin");

const as = (user: TestUser) => signedIn(t.db, user);
const today = () => officeToday(new Date());

function needs(caseId: string, riskLevel: "low" | "medium" | "high", extra: object = {}) {
  return { caseId, assessedOn: today(), riskLevel, content: emptyAssessmentContent("needs"), ...extra };
}

async function reviewTasksOf(caseId: string) {
  return t.db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId));
}

describe("the review rule", () => {
  it("a high risk creates one review task due within 7 days; a revision keeping it high creates no second", async () => {
    const c = await openCase(t.db, worker, "social_assistance");
    const api = await as(worker);
    const first = await api.case.assessment.record(
      needs(c.id, "high", { summary: "Threats from employer." }),
    );
    expect(first).toMatchObject({ version: 1, reviewDue: addDays(today(), 7) });
    expect(first.reviewTaskId).not.toBeNull();
    const [task] = await reviewTasksOf(c.id);
    expect(task).toMatchObject({
      id: first.reviewTaskId,
      dueDate: addDays(today(), 7),
      priority: "high",
      doneAt: null,
    });
    expect(await lastAuditOf(t.db, worker.id)).toMatchObject({
      action: "case.assessment.record",
      outcome: "allowed",
      entityId: c.id,
      detail: { assessmentId: first.id, kind: "needs", version: 1, reviewTaskId: first.reviewTaskId },
    });

    const second = await api.case.assessment.record(
      needs(c.id, "high", { assessmentId: first.id, version: 1 }),
    );
    expect(second.version).toBe(2);
    expect(second.reviewTaskId).toBe(first.reviewTaskId);
    expect(await reviewTasksOf(c.id)).toHaveLength(1);

    // The history keeps both revisions, newest first; the case's risk is the latest one's.
    const history = await api.case.assessment.get({ caseId: c.id, assessmentId: first.id });
    expect(history.revisions.map((r) => [r.version, r.summary])).toEqual([
      [2, ""],
      [1, "Threats from employer."],
    ]);
    await api.case.assessment.record(needs(c.id, "medium", { assessmentId: first.id, version: 2 }));
    expect(await api.case.assessment.current({ caseId: c.id })).toMatchObject({
      riskLevel: "medium",
      reviewDue: addDays(today(), 30),
    });
    const listed = await api.case.assessment.list({ caseId: c.id });
    expect(listed.current?.riskLevel).toBe("medium");
    expect(listed.assessments[0]).toMatchObject({ revisions: 3, reviewTask: { done: false } });
    expect(
      await t.db
        .select()
        .from(caseAssessmentRevisions)
        .where(eq(caseAssessmentRevisions.assessmentId, first.id)),
    ).toHaveLength(3);
    expect(await lastAuditOf(t.db, worker.id)).toMatchObject({
      action: "case.assessment.read",
      outcome: "allowed",
    });

    // Once the review is done, a new high-risk revision asks for a new one.
    if (!task) throw new Error("no review task");
    await api.case.task.setDone({ caseId: c.id, taskId: task.id, origin: "manual", version: 1, done: true });
    const again = await api.case.assessment.record(
      needs(c.id, "high", { assessmentId: first.id, version: 3 }),
    );
    expect(again.reviewTaskId).not.toBe(first.reviewTaskId);
    expect((await reviewTasksOf(c.id)).filter((x) => x.doneAt === null)).toHaveLength(1);
  });

  it("the high-risk panel lists the manager's high-risk cases with their review date", async () => {
    const high = await openCase(t.db, worker, "social_assistance");
    const low = await openCase(t.db, worker, "social_assistance");
    const api = await as(worker);
    await api.case.assessment.record(needs(high.id, "high"));
    await api.case.assessment.record(needs(low.id, "low"));
    const panel = await (await as(manager)).dashboard.highRisk({});
    const row = panel.cases.find((r) => r.id === high.id);
    expect(row).toMatchObject({ reference: high.reference, reviewDue: addDays(today(), 7) });
    expect(panel.cases.some((r) => r.id === low.id)).toBe(false);
    // The AVRR manager manages none of these cases.
    const other = await (await as(avrrManager)).dashboard.highRisk({});
    expect(other.cases.some((r) => r.id === high.id)).toBe(false);
    expect((await trpcError((await as(worker)).dashboard.highRisk({}))).code).toBe("FORBIDDEN");
  });
});

describe("authorization and refusals", () => {
  it("reads follow case read access, writes case edit access; out of scope is NOT_FOUND", async () => {
    const c = await openCase(t.db, worker, "social_assistance");
    const { id } = await (await as(worker)).case.assessment.record(needs(c.id, "low"));
    // The programme's manager reads, but does not write without being assigned.
    const mgr = await as(manager);
    expect((await mgr.case.assessment.list({ caseId: c.id })).assessments).toHaveLength(1);
    expect((await mgr.case.assessment.list({ caseId: c.id })).canWrite).toBe(false);
    expect((await trpcError(mgr.case.assessment.record(needs(c.id, "low")))).code).toBe("FORBIDDEN");
    // A colleague of the programme not on the case, the AVRR manager and an admin: NOT_FOUND.
    for (const outsider of [colleague, avrrManager, admin]) {
      const api = await as(outsider);
      expect((await trpcError(api.case.assessment.list({ caseId: c.id }))).code).toBe("NOT_FOUND");
      expect((await trpcError(api.case.assessment.get({ caseId: c.id, assessmentId: id }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await trpcError(api.case.assessment.record(needs(c.id, "high")))).code).toBe("NOT_FOUND");
      expect(await lastAuditOf(t.db, outsider.id)).toMatchObject({
        action: "case.assessment.record",
        outcome: "denied",
        detail: { code: "NOT_FOUND" },
      });
    }
    // An assessment of another case is not found through this one.
    const other = await openCase(t.db, worker, "social_assistance");
    expect(
      (await trpcError((await as(worker)).case.assessment.get({ caseId: other.id, assessmentId: id }))).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses a stale version with CONFLICT and bad input with BAD_REQUEST, changing nothing", async () => {
    const c = await openCase(t.db, worker, "social_assistance");
    const api = await as(worker);
    const { id } = await api.case.assessment.record(needs(c.id, "low"));
    await api.case.assessment.record(needs(c.id, "medium", { assessmentId: id, version: 1 }));
    const before = await fingerprint(t.db);
    const stale = await trpcError(
      api.case.assessment.record(needs(c.id, "high", { assessmentId: id, version: 1 })),
    );
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect((await trpcError(api.case.assessment.record(needs(c.id, "severe" as "high")))).code).toBe(
      "BAD_REQUEST",
    );
    expect(
      (await trpcError(api.case.assessment.record({ ...needs(c.id, "low"), assessedOn: "2999-01-01" }))).code,
    ).toBe("BAD_REQUEST");
    // A vulnerability assessment belongs to AVRR, a needs assessment to social assistance.
    const wrongKind = await trpcError(
      api.case.assessment.record({ ...needs(c.id, "low"), content: emptyAssessmentContent("vulnerability") }),
    );
    expect([wrongKind.code, wrongKind.message]).toEqual(["BAD_REQUEST", "assessment_kind_not_offered"]);
    expect(await fingerprint(t.db)).toEqual(before);
    const labour = await openCase(t.db, worker, "labour_migration");
    const afterLabour = await fingerprint(t.db);
    expect((await trpcError(api.case.assessment.record(needs(labour.id, "low")))).code).toBe("BAD_REQUEST");
    expect(await fingerprint(t.db)).toEqual(afterLabour);
  });

  it("records a vulnerability assessment on an AVRR case, with the categories and escort needs", async () => {
    const c = await openCase(t.db, worker, "avrr");
    const api = await as(worker);
    await api.case.assessment.record({
      caseId: c.id,
      assessedOn: today(),
      riskLevel: "medium",
      content: {
        kind: "vulnerability",
        categories: ["severe_illness", "elderly"],
        categoriesNote: "",
        escort: "medical_nurse",
        medicalNeedsNote: "Oxygen during the flight.",
      },
    });
    const listed = await api.case.assessment.list({ caseId: c.id });
    expect(listed.kinds).toEqual(["vulnerability"]);
    expect(listed.assessments[0]?.content).toMatchObject({
      escort: "medical_nurse",
      categories: ["severe_illness", "elderly"],
    });
    expect(await reviewTasksOf(c.id)).toHaveLength(0);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
});
