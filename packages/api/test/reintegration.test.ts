import {
  cases,
  caseWorkflowTasks,
  monitoringVisits,
  reintegrationSupport,
  sustainabilitySurveys,
} from "@kelias/db";
import { addCalendarMonths, officeToday, SURVEY_CATALOGUE_V1, scoreSurvey } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./support/db";
import {
  auditSince,
  fingerprint,
  lastAuditSeq,
  openCase,
  signedIn,
  type TestUser,
  testUser,
  trpcError,
} from "./support/fixtures";

/**
 * Reintegration of AVRR returnees through the API: plan and support, the monitoring schedule from
 * the workflow's arrival date, contacts, surveys scored by the domain, the dashboard's summary, and
 * who may do what (the authorization matrix has the full table; here the rules behind it).
 */
const t = useTestDatabase();
const worker = testUser(t, ["caseworker"], ["avrr", "social_assistance"], "Rūta Caseworker");
const colleague = testUser(t, ["caseworker"], ["avrr"], "Tomas Colleague");
const manager = testUser(t, ["manager"], ["avrr"], "Milda Manager");
const admin = testUser(t, ["admin"], [], "Algis Admin");

const as = (user: TestUser) => signedIn(t.db, user);

async function versionOf(caseId: string) {
  const [row] = await t.db.select({ version: cases.version }).from(cases).where(eq(cases.id, caseId));
  return row?.version ?? 0;
}

/** An AVRR case of the worker whose returnee arrived on `arrivalDate` (recorded as the workflow's fact). */
async function arrivedCase(arrivalDate: string) {
  const c = await openCase(t.db, worker, "avrr");
  await (await as(worker)).case.workflow.setFacts({
    caseId: c.id,
    version: await versionOf(c.id),
    arrivalDate,
  });
  return c;
}

const CASH = {
  dimension: "economic",
  kind: "cash",
  description: "Start-up grant for a tailoring shop",
  amount: "1500",
  currency: "EUR",
  status: "planned",
  plannedOn: "2026-03-01",
  deliveredOn: null,
} as const;

const VISIT = {
  mode: "visit",
  pointMonths: 3,
  conductedBy: "Partner office, Tbilisi",
  situation: "stable",
  concerns: "",
  followUpNeeded: false,
  notes: "The shop is open.",
} as const;

describe("the reintegration plan and the monitoring schedule", () => {
  it("saves the plan, adds and delivers support, and computes the schedule from the arrival date", async () => {
    // Six months ago: the 6-month point falls today (due, not overdue).
    const today = officeToday(new Date());
    const arrival = addCalendarMonths(today, -6);
    // At a month's end the point may fall a few days before today (31 August - 6 months = 28 February).
    const sixMonths = addCalendarMonths(arrival, 6);
    const c = await arrivedCase(arrival);
    const caller = await as(worker);
    const seq = await lastAuditSeq(t.db);

    const plan = await caller.case.reintegration.plan.save({
      caseId: c.id,
      version: null,
      economicObjective: "Own income from a tailoring shop",
      socialObjective: "Stable housing",
      psychosocialObjective: "Reconnect with family",
    });
    const saved = await caller.case.reintegration.plan.save({
      caseId: c.id,
      version: plan.version,
      economicObjective: "Own income from a tailoring shop within six months",
    });
    expect(saved.version).toBe(plan.version + 1);

    const item = await caller.case.reintegration.support.add({ caseId: c.id, ...CASH });
    const delivered = await caller.case.reintegration.support.edit({
      caseId: c.id,
      itemId: item.id,
      version: item.version,
      ...CASH,
      status: "delivered",
      deliveredOn: arrival,
    });
    // The arrival's task for the 3-month point, which the contact ticks.
    const [task] = await t.db
      .insert(caseWorkflowTasks)
      .values({
        caseId: c.id,
        kind: "monitoring_3_months",
        dueDate: addCalendarMonths(arrival, 3),
        createdBy: worker.id,
      })
      .returning({ id: caseWorkflowTasks.id });
    const visit = await caller.case.monitoring.visit.record({
      caseId: c.id,
      ...VISIT,
      date: addCalendarMonths(arrival, 3),
    });

    const [ticked] = await t.db
      .select({ doneBy: caseWorkflowTasks.doneBy })
      .from(caseWorkflowTasks)
      .where(eq(caseWorkflowTasks.id, task?.id ?? ""));
    expect(ticked?.doneBy).toBe(worker.id);

    const view = await caller.case.reintegration.get({ caseId: c.id });
    expect(view.arrivalDate).toBe(arrival);
    expect(view.currency).toBe("EUR");
    expect(view.plan).toMatchObject({
      economicObjective: "Own income from a tailoring shop within six months",
      socialObjective: "",
      version: 2,
    });
    expect(view.support).toEqual([
      expect.objectContaining({
        id: item.id,
        status: "delivered",
        amount: "1500.00",
        version: delivered.version,
      }),
    ]);
    expect(view.schedule.points).toEqual([
      { monthsAfterArrival: 3, dueDate: addCalendarMonths(arrival, 3), status: "done", visitId: visit.id },
      expect.objectContaining({
        monthsAfterArrival: 6,
        dueDate: addCalendarMonths(arrival, 6),
        status: sixMonths < today ? "overdue" : "due",
      }),
      expect.objectContaining({ monthsAfterArrival: 12, status: "upcoming" }),
    ]);
    expect(view.visits).toEqual([expect.objectContaining({ id: visit.id, recordedBy: "Rūta Caseworker" })]);

    expect((await auditSince(t.db, seq)).map((e) => [e.action, e.outcome])).toEqual([
      ["case.reintegration.plan.save", "allowed"],
      ["case.reintegration.plan.save", "allowed"],
      ["case.reintegration.support.add", "allowed"],
      ["case.reintegration.support.edit", "allowed"],
      ["case.monitoring.visit.record", "allowed"],
    ]);
  });

  it("refuses stale versions and a second first plan as CONFLICT, changing nothing", async () => {
    const c = await arrivedCase("2026-01-10");
    const caller = await as(worker);
    await caller.case.reintegration.plan.save({ caseId: c.id, version: null });
    const item = await caller.case.reintegration.support.add({ caseId: c.id, ...CASH });
    await caller.case.reintegration.support.edit({
      caseId: c.id,
      itemId: item.id,
      version: 1,
      ...CASH,
      amount: "1200",
    });
    const before = await fingerprint(t.db);
    const stale = await trpcError(
      caller.case.reintegration.support.edit({ caseId: c.id, itemId: item.id, version: 1, ...CASH }),
    );
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect((await trpcError(caller.case.reintegration.plan.save({ caseId: c.id, version: null }))).code).toBe(
      "CONFLICT",
    );
    expect(await fingerprint(t.db)).toEqual(before);
  });

  it("refuses bad input as BAD_REQUEST, changing nothing: support rules, contacts before arrival", async () => {
    const c = await arrivedCase("2026-01-10");
    const noArrival = await openCase(t.db, worker, "avrr");
    const caller = await as(worker);
    const before = await fingerprint(t.db);
    // Cash needs an amount; a delivered item its delivered date.
    const cash = await trpcError(
      caller.case.reintegration.support.add({ caseId: c.id, ...CASH, amount: null, currency: null }),
    );
    expect(cash.code).toBe("BAD_REQUEST");
    const undelivered = await trpcError(
      caller.case.reintegration.support.add({ caseId: c.id, ...CASH, status: "delivered" }),
    );
    expect(undelivered.code).toBe("BAD_REQUEST");
    // A point the schedule does not have.
    expect(
      (
        await trpcError(
          caller.case.monitoring.visit.record({ caseId: c.id, ...VISIT, pointMonths: 4, date: "2026-05-10" }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
    const early = await trpcError(
      caller.case.monitoring.visit.record({ caseId: c.id, ...VISIT, date: "2026-01-09" }),
    );
    expect([early.code, early.message]).toEqual(["BAD_REQUEST", "before_arrival"]);
    const missing = await trpcError(
      caller.case.monitoring.visit.record({ caseId: noArrival.id, ...VISIT, date: "2026-04-10" }),
    );
    expect([missing.code, missing.message]).toEqual(["BAD_REQUEST", "arrival_missing"]);
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe("the sustainability survey", () => {
  it("records the answers with the domain's scores, refuses unknown answers, and summarises on the dashboard", async () => {
    const first = await arrivedCase("2026-01-10");
    const second = await arrivedCase("2026-01-10");
    const other = await arrivedCase("2026-01-10");
    const caller = await as(worker);
    const visit = await caller.case.monitoring.visit.record({
      caseId: first.id,
      ...VISIT,
      date: "2026-04-10",
    });
    const otherVisit = await caller.case.monitoring.visit.record({
      caseId: other.id,
      ...VISIT,
      date: "2026-04-10",
    });

    const early = { "eco.income_source": "no", "soc.housing": "limited", "psy.safety": "no" };
    const later = {
      "eco.income_source": "yes",
      "eco.debt": "no",
      "soc.housing": "good",
      "psy.distress": "rarely",
    };
    await caller.case.survey.record({
      caseId: first.id,
      takenOn: "2026-04-10",
      visitId: visit.id,
      answers: early,
    });
    const recorded = await caller.case.survey.record({
      caseId: first.id,
      takenOn: "2026-07-10",
      visitId: null,
      answers: later,
    });
    expect(recorded.score).toEqual(scoreSurvey(SURVEY_CATALOGUE_V1, later));
    await caller.case.survey.record({
      caseId: second.id,
      takenOn: "2026-04-12",
      visitId: null,
      answers: { "eco.income_source": "no", "soc.housing": "none", "psy.safety": "yes" },
    });

    const view = await caller.case.reintegration.get({ caseId: first.id });
    expect(view.surveys.map((s) => [s.takenOn, s.visitId, s.score.composite])).toEqual([
      ["2026-04-10", visit.id, scoreSurvey(SURVEY_CATALOGUE_V1, early).composite],
      ["2026-07-10", null, scoreSurvey(SURVEY_CATALOGUE_V1, later).composite],
    ]);
    expect(Object.keys(view.catalogues)).toEqual(["iom-rss-v1"]);

    const before = await fingerprint(t.db);
    const unknown = await trpcError(
      caller.case.survey.record({
        caseId: first.id,
        takenOn: "2026-07-10",
        visitId: null,
        answers: { "soc.housing": "palace" },
      }),
    );
    expect([unknown.code, unknown.message]).toEqual(["BAD_REQUEST", "unknown_option"]);
    const empty = await trpcError(
      caller.case.survey.record({
        caseId: first.id,
        takenOn: "2026-07-10",
        visitId: null,
        answers: { "psy.safety": "declined" },
      }),
    );
    expect(empty.code).toBe("BAD_REQUEST");
    // A contact of another case is not this case's.
    const foreign = await trpcError(
      caller.case.survey.record({
        caseId: first.id,
        takenOn: "2026-07-10",
        visitId: otherVisit.id,
        answers: later,
      }),
    );
    expect([foreign.code, foreign.message]).toEqual(["BAD_REQUEST", "unknown_visit"]);
    expect(await fingerprint(t.db)).toEqual(before);

    const summary = await (await as(manager)).dashboard.sustainability();
    if (!summary.available) throw new Error("the AVRR manager has the summary");
    if (t.kind === "pglite") {
      // The file's own database: exactly these two cases, each by its latest survey.
      const latest = [scoreSurvey(SURVEY_CATALOGUE_V1, later), recordedSecond()];
      expect(summary.casesSurveyed).toBe(2);
      expect(summary.averages.economic).toBeCloseTo(
        ((latest[0]?.dimensions.economic ?? 0) + (latest[1]?.dimensions.economic ?? 0)) / 2,
      );
      expect(summary.averages.composite).toBeCloseTo(
        ((latest[0]?.composite ?? 0) + (latest[1]?.composite ?? 0)) / 2,
      );
    } else {
      // The run's shared database holds other files' cases too.
      expect(summary.casesSurveyed).toBeGreaterThanOrEqual(2);
      for (const value of Object.values(summary.averages)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    const rows = await t.db
      .select()
      .from(sustainabilitySurveys)
      .where(eq(sustainabilitySurveys.caseId, first.id));
    expect(rows).toHaveLength(2);
  });
});

function recordedSecond() {
  return scoreSurvey(SURVEY_CATALOGUE_V1, {
    "eco.income_source": "no",
    "soc.housing": "none",
    "psy.safety": "yes",
  });
}

describe("who may do what", () => {
  it("lets the people on the case write, a manager read, and answers NOT_FOUND out of scope", async () => {
    const c = await arrivedCase("2026-01-10");
    const social = await openCase(t.db, worker, "social_assistance");
    const before = await fingerprint(t.db);
    const boss = await as(manager);
    expect((await boss.case.reintegration.get({ caseId: c.id })).plan).toBeNull();
    expect((await trpcError(boss.case.reintegration.plan.save({ caseId: c.id, version: null }))).code).toBe(
      "FORBIDDEN",
    );
    const outsider = await as(colleague);
    expect((await trpcError(outsider.case.reintegration.get({ caseId: c.id }))).code).toBe("NOT_FOUND");
    expect(
      (await trpcError(outsider.case.monitoring.visit.record({ caseId: c.id, ...VISIT, date: "2026-04-10" })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await trpcError((await as(admin)).case.reintegration.get({ caseId: c.id }))).code).toBe(
      "NOT_FOUND",
    );
    // Other programmes have no reintegration.
    const caller = await as(worker);
    expect(
      (await trpcError(caller.case.reintegration.support.add({ caseId: social.id, ...CASH }))).code,
    ).toBe("FORBIDDEN");
    const notAvrr = await trpcError(caller.case.reintegration.get({ caseId: social.id }));
    expect([notAvrr.code, notAvrr.message]).toEqual(["BAD_REQUEST", "not_avrr"]);
    // A support item of another case is not found on this one.
    const mine = await arrivedCase("2026-01-10");
    expect(
      await t.db.select().from(reintegrationSupport).where(eq(reintegrationSupport.caseId, c.id)),
    ).toEqual([]);
    const item = await caller.case.reintegration.support.add({ caseId: mine.id, ...CASH });
    expect(
      (
        await trpcError(
          caller.case.reintegration.support.edit({ caseId: c.id, itemId: item.id, version: 1, ...CASH }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await t.db.select().from(monitoringVisits).where(eq(monitoringVisits.caseId, c.id))).toEqual([]);
    expect(Object.keys(before).length).toBeGreaterThan(0);
  });

  it("keeps the currency an administrator sets, and only an administrator", async () => {
    const caller = await as(admin);
    const current = await caller.reference.reintegrationCurrency.get();
    expect(
      (
        await trpcError(
          (
            await as(worker)
          ).reference.reintegrationCurrency.set({ currency: "USD", version: current.version }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const set = await caller.reference.reintegrationCurrency.set({
      currency: current.currency,
      version: current.version,
    });
    expect(set.version).toBe(current.version + 1);
    expect(
      (
        await trpcError(
          caller.reference.reintegrationCurrency.set({ currency: "USD", version: current.version }),
        )
      ).code,
    ).toBe("CONFLICT");
  });
});
