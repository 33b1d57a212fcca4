import { caseAssignments, verifyAuditChain } from "@kelias/db";
import { type CaseFigureFilter, PROGRAMMES, type Programme } from "@kelias/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { type TestUser, trpcError, useApiTest } from "./support/api-test";
import type { signedIn } from "./support/fixtures";
import { addOverdueTask, addScreening, addService, shapedCase } from "./support/report-fixtures";

/**
 * The dashboard against a hand-computed fixture. Its period (January to March 2001) holds only this
 * file's cases; the counts of open cases, which have no period, are compared before and after the
 * fixture is added, since other test files share the Postgres database.
 */

const api = useApiTest();
const manager = api.user(["manager"], [...PROGRAMMES]);
const labourManager = api.user(["manager"], ["labour_migration"]);
const workerA = api.user(["caseworker"], [...PROGRAMMES], "Worker A");
const workerB = api.user(["caseworker"], [...PROGRAMMES], "Worker B");
const PERIOD = { from: "2001-01", to: "2001-03" };
const noon = (day: string) => `${day}T12:00:00+02:00`;

type Figures = Awaited<ReturnType<Awaited<ReturnType<typeof signedIn>>["dashboard"]["figures"]>>;
let before: Figures;
let after: Figures;

const openCount = (f: Figures, programme: Programme, state: string) =>
  f.openByState.find((r) => r.programme === programme && r.state === state)?.cases ?? 0;

beforeAll(async () => {
  before = await (await api.as(manager)).dashboard.figures({ period: PERIOD });

  // AVRR: three departures in the period (GE after 41 and 45 days, UA after 10), one still applying.
  await shapedCase(api.db, {
    owner: workerA,
    programme: "avrr",
    state: "departed",
    openedAt: noon("2001-01-10"),
    history: [["departed", noon("2001-02-20")]],
    destination: "GE",
  });
  await shapedCase(api.db, {
    owner: workerA,
    programme: "avrr",
    state: "closed",
    openedAt: noon("2001-01-15"),
    closedAt: noon("2001-03-20"),
    history: [
      ["departed", noon("2001-03-01")],
      ["closed", noon("2001-03-20")],
    ],
    destination: "GE",
  });
  await shapedCase(api.db, {
    owner: workerA,
    programme: "avrr",
    state: "arrived",
    openedAt: noon("2001-02-01"),
    history: [["departed", noon("2001-02-11")]],
    destination: "UA",
  });
  const applying = await shapedCase(api.db, {
    owner: workerA,
    programme: "avrr",
    state: "application",
    openedAt: noon("2001-03-05"),
  });
  await addOverdueTask(api.db, applying.id, workerA, "2001-01-01");
  // Worker B works on it too: a co-worker's caseload counts it, overdue task included.
  await api.db.insert(caseAssignments).values({ caseId: applying.id, userId: workerB.id, kind: "co" });

  // Labour migration: two contract checks, one with a red flag.
  await shapedCase(api.db, {
    owner: workerA,
    programme: "labour_migration",
    state: "pre_departure",
    openedAt: noon("2001-01-05"),
    history: [["contract_check", noon("2001-01-20")]],
    redFlags: ["withheld_documents"],
  });
  await shapedCase(api.db, {
    owner: workerA,
    programme: "labour_migration",
    state: "contract_check",
    openedAt: noon("2001-02-05"),
    history: [["contract_check", noon("2001-02-10")]],
  });

  // Social assistance: health twice in the period (3 units, 150.50 EUR), legal once without cost.
  const s1 = await shapedCase(api.db, {
    owner: workerB,
    programme: "social_assistance",
    state: "services",
    openedAt: noon("2001-01-20"),
  });
  const s2 = await shapedCase(api.db, {
    owner: workerB,
    programme: "social_assistance",
    state: "services",
    openedAt: noon("2001-02-20"),
  });
  // The last one is delivered before the period.
  // biome-ignore format: a table is read by its columns
  const services: [caseId: string, type: string, deliveredOn: string, quantity: number, cost: string | null][] = [
    [s1.id, "Health", "2001-02-01", 2, "100.00"],
    [s1.id, "Legal",  "2001-02-03", 1, null],
    [s2.id, "Health", "2001-03-01", 1, "50.50"],
    [s2.id, "Health", "2000-12-31", 5, "999.00"],
  ];
  for (const [caseId, type, deliveredOn, quantity, cost] of services) {
    await addService(api.db, caseId, workerB, { type, deliveredOn, quantity, cost });
  }

  // Counter-trafficking: two screened (UA, VN), one of them presumed and identified.
  const t1 = await shapedCase(api.db, {
    owner: workerB,
    programme: "counter_trafficking",
    state: "assistance",
    openedAt: noon("2001-01-25"),
    history: [["presumed_victim", noon("2001-02-15")]],
    citizenships: ["UA"],
  });
  await addScreening(api.db, t1.id, workerB, {
    at: noon("2001-02-01"),
    types: ["ForcedLabour", "SexualExploitation"],
    identifiedAt: noon("2001-03-01"),
  });
  const t2 = await shapedCase(api.db, {
    owner: workerB,
    programme: "counter_trafficking",
    state: "screening",
    openedAt: noon("2001-03-08"),
    citizenships: ["VN"],
  });
  await addScreening(api.db, t2.id, workerB, { at: noon("2001-03-10"), types: ["ForcedLabour"] });

  after = await (await api.as(manager)).dashboard.figures({ period: PERIOD });
});

/** The size of the case list a figure links to, for the same manager. */
async function listed(
  user: TestUser,
  programme: Programme | undefined,
  filter: CaseFigureFilter & { assigneeId?: string; state?: string; overdue?: boolean },
) {
  const caller = await api.as(user);
  const { items, total, totalCapped, restrictedNotListed } = await caller.case.list({
    view: "all",
    programme,
    ...filter,
    limit: 200,
  } as never);
  expect(totalCapped).toBe(false);
  // A figure counts restricted cases too; the list it links to shows only the others as rows and
  // says how many restricted ones it left out.
  expect(items.some((c) => c.restricted)).toBe(false);
  return total + restrictedNotListed;
}

describe("dashboard figures (hand-computed)", () => {
  it("covers the programmes the manager manages and the period asked for", () => {
    expect(after.programmes).toEqual([...PROGRAMMES]);
    expect(after.months).toEqual(["2001-01", "2001-02", "2001-03"]);
  });

  it("counts open cases by state (the fixture's additions)", () => {
    const added = (p: Programme, s: string) => openCount(after, p, s) - openCount(before, p, s);
    expect(added("avrr", "departed")).toBe(1);
    expect(added("avrr", "arrived")).toBe(1);
    expect(added("avrr", "application")).toBe(1);
    expect(added("avrr", "closed")).toBe(0);
    expect(added("labour_migration", "contract_check")).toBe(1);
    expect(added("social_assistance", "services")).toBe(2);
    expect(added("counter_trafficking", "screening")).toBe(1);
    expect(after.openByState.some((r) => r.state === "closed")).toBe(false);
  });

  it("counts new and closed cases per month", () => {
    const month = (p: Programme, m: string) => after.perMonth.find((r) => r.programme === p && r.month === m);
    expect(month("avrr", "2001-01")).toMatchObject({ opened: 2, closed: 0 });
    expect(month("avrr", "2001-02")).toMatchObject({ opened: 1, closed: 0 });
    expect(month("avrr", "2001-03")).toMatchObject({ opened: 1, closed: 1 });
    expect(month("labour_migration", "2001-01")).toMatchObject({ opened: 1, closed: 0 });
    expect(month("social_assistance", "2001-02")).toMatchObject({ opened: 1, closed: 0 });
    expect(month("counter_trafficking", "2001-03")).toMatchObject({ opened: 1, closed: 0 });
  });

  it("counts each caseworker's open cases and those with an overdue task", () => {
    expect(after.caseload.find((r) => r.userId === workerA.id)).toEqual({
      userId: workerA.id,
      name: "Worker A",
      open: 5,
      overdue: 1,
    });
    expect(after.caseload.find((r) => r.userId === workerB.id)).toMatchObject({ open: 5, overdue: 1 });
  });

  it("counts AVRR returns by destination and the median days from application to departure", () => {
    expect(after.avrr).toEqual({
      returns: [
        { country: "GE", cases: 2 },
        { country: "UA", cases: 1 },
      ],
      departed: 3,
      medianDaysToDeparture: 41,
    });
  });

  it("counts social-assistance services by type, with their cost", () => {
    expect(after.socialAssistance?.services).toEqual([
      { type: "Health", services: 2, quantity: 3, cases: 2, costs: [{ currency: "EUR", total: "150.50" }] },
      { type: "Legal", services: 1, quantity: 1, cases: 1, costs: [] },
    ]);
  });

  it("counts counter-trafficking screenings, presumed and identified victims by exploitation and citizenship", () => {
    const stage = (s: string) => after.counterTrafficking?.stages.find((x) => x.stage === s);
    expect(stage("screened")).toEqual({
      stage: "screened",
      cases: 2,
      byExploitation: [
        { type: "ForcedLabour", cases: 2 },
        { type: "SexualExploitation", cases: 1 },
      ],
      byCitizenship: [
        { country: "UA", cases: 1 },
        { country: "VN", cases: 1 },
      ],
    });
    expect(stage("presumed")).toMatchObject({ cases: 1, byCitizenship: [{ country: "UA", cases: 1 }] });
    expect(stage("identified")).toMatchObject({
      cases: 1,
      byExploitation: [
        { type: "ForcedLabour", cases: 1 },
        { type: "SexualExploitation", cases: 1 },
      ],
    });
  });

  it("counts labour-migration contract checks and their red flags", () => {
    expect(after.labourMigration).toEqual({
      contractChecks: 2,
      withRedFlags: 1,
      byFlag: [{ flag: "withheld_documents", cases: 1 }],
    });
  });

  it("audits the read", async () => {
    expect(await api.lastAuditOf(manager.id)).toMatchObject({
      action: "dashboard.figures",
      outcome: "allowed",
      detail: { period: PERIOD },
    });
  });
});

describe("every figure equals the count of the list it links to", () => {
  const since = "2001-01-01";
  const until = "2001-04-01";

  it("open cases by state", async () => {
    for (const row of after.openByState) {
      expect(await listed(manager, row.programme, { state: row.state, open: true })).toBe(row.cases);
    }
  });

  it("new and closed per month", async () => {
    for (const row of after.perMonth.filter((r) => r.month === "2001-03")) {
      expect(await listed(manager, row.programme, { openedSince: "2001-03-01", openedUntil: until })).toBe(
        row.opened,
      );
      expect(await listed(manager, row.programme, { closedSince: "2001-03-01", closedUntil: until })).toBe(
        row.closed,
      );
    }
  });

  it("caseload and overdue", async () => {
    for (const worker of [workerA, workerB]) {
      const row = after.caseload.find((r) => r.userId === worker.id);
      expect(await listed(manager, undefined, { assigneeId: worker.id, open: true })).toBe(row?.open);
      expect(await listed(manager, undefined, { assigneeId: worker.id, open: true, overdue: true })).toBe(
        row?.overdue,
      );
    }
  });

  it("AVRR returns by destination", async () => {
    expect(
      await listed(manager, "avrr", { enteredState: "departed", enteredSince: since, enteredUntil: until }),
    ).toBe(after.avrr?.departed);
    for (const row of after.avrr?.returns ?? []) {
      expect(
        await listed(manager, "avrr", {
          enteredState: "departed",
          enteredSince: since,
          enteredUntil: until,
          destinationCountry: row.country ?? undefined,
        }),
      ).toBe(row.cases);
    }
  });

  it("services by type", async () => {
    for (const row of after.socialAssistance?.services ?? []) {
      expect(
        await listed(manager, "social_assistance", {
          serviceType: row.type,
          serviceSince: since,
          serviceUntil: until,
        }),
      ).toBe(row.cases);
    }
  });

  it("counter-trafficking stages, by exploitation and by citizenship", async () => {
    for (const stage of after.counterTrafficking?.stages ?? []) {
      const base = { ctStage: stage.stage, stageSince: since, stageUntil: until };
      expect(await listed(manager, "counter_trafficking", base)).toBe(stage.cases);
      for (const row of stage.byExploitation) {
        expect(await listed(manager, "counter_trafficking", { ...base, exploitationType: row.type })).toBe(
          row.cases,
        );
      }
      for (const row of stage.byCitizenship) {
        expect(await listed(manager, "counter_trafficking", { ...base, citizenship: row.country })).toBe(
          row.cases,
        );
      }
    }
  });

  it("contract checks and red flags", async () => {
    const base = { enteredState: "contract_check", enteredSince: since, enteredUntil: until } as const;
    const lm = after.labourMigration;
    expect(await listed(manager, "labour_migration", base)).toBe(lm?.contractChecks);
    expect(await listed(manager, "labour_migration", { ...base, redFlag: "any" })).toBe(lm?.withRedFlags);
    for (const row of lm?.byFlag ?? []) {
      expect(await listed(manager, "labour_migration", { ...base, redFlag: row.flag })).toBe(row.cases);
    }
  });
});

describe("scope", () => {
  it("shows a manager of one programme only that programme's numbers", async () => {
    const f = await (await api.as(labourManager)).dashboard.figures({ period: PERIOD });
    expect(f.programmes).toEqual(["labour_migration"]);
    expect(f.avrr).toBeNull();
    expect(f.socialAssistance).toBeNull();
    expect(f.counterTrafficking).toBeNull();
    expect(f.openByState.every((r) => r.programme === "labour_migration")).toBe(true);
    expect(f.perMonth.every((r) => r.programme === "labour_migration")).toBe(true);
    // Worker A's AVRR cases are not counted: only the two labour-migration ones.
    expect(f.caseload.find((r) => r.userId === workerA.id)).toMatchObject({ open: 2, overdue: 0 });
    expect(f.caseload.some((r) => r.userId === workerB.id)).toBe(false);
  });

  it("narrows to one managed programme on request, and refuses one not managed", async () => {
    const mine = await (await api.as(manager)).dashboard.figures({
      programme: "avrr",
      period: PERIOD,
    });
    expect(mine.programmes).toEqual(["avrr"]);
    expect(mine.labourMigration).toBeNull();
    const error = await trpcError(
      (await api.as(labourManager)).dashboard.figures({ programme: "avrr", period: PERIOD }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await api.lastAuditOf(labourManager.id)).toMatchObject({
      action: "dashboard.figures",
      outcome: "denied",
    });
  });

  it("is refused to caseworkers", async () => {
    expect((await trpcError((await api.as(workerA)).dashboard.figures({}))).code).toBe("FORBIDDEN");
  });

  it("refuses a malformed period with field errors", async () => {
    const error = await trpcError(
      (await api.as(manager)).dashboard.figures({ period: { from: "2001-05", to: "2001-01" } }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
