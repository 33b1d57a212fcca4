import {
  avrrArrivalTasks,
  CASE_STATES,
  checkTransition,
  expiringTravelDocuments,
  travelFacts,
  workflowFacts,
} from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { seedDemo } from "../src/demo/seed";
import {
  caseApprovals,
  cases,
  caseTravel,
  caseTravelDocuments,
  caseTravelLegs,
  caseWorkflowFacts,
  caseWorkflowTasks,
  people,
  unsafeDestinationList,
  unsafeDestinations,
} from "../src/schema";

const NOW = new Date("2026-06-15T12:00:00.000Z");
const TODAY = "2026-06-15";

let embedded: DatabaseHandle;

beforeAll(async () => {
  embedded = await openDatabase({ kind: "embedded", dataDir: undefined });
  await embedded.migrate();
  await seedDemo(embedded.db, { people: 60, hashPassword: async (p) => `hash:${p}`, now: NOW, seed: 11 });
});

afterAll(() => embedded?.close());

const step = (state: string) => (CASE_STATES.avrr as readonly string[]).indexOf(state);

async function demoCases() {
  const rows = await embedded.db
    .select({
      id: cases.id,
      programme: cases.programme,
      state: cases.state,
      ownerId: cases.ownerId,
      openedAt: cases.openedAt,
      citizenships: people.citizenships,
    })
    .from(cases)
    .innerJoin(people, eq(people.id, cases.personId));
  const facts = await embedded.db.select().from(caseWorkflowFacts);
  const [documents, travel, legs] = await Promise.all([
    embedded.db.select().from(caseTravelDocuments),
    embedded.db.select().from(caseTravel),
    embedded.db.select().from(caseTravelLegs),
  ]);
  return rows.map((row) => ({
    ...row,
    facts: facts.find((f) => f.caseId === row.id) ?? null,
    travel: {
      documents: documents.filter((d) => d.caseId === row.id),
      travel: travel.find((t) => t.caseId === row.id) ?? null,
      legs: legs.filter((l) => l.caseId === row.id),
    },
  }));
}

describe("demo workflow data", () => {
  it("sets up the unsafe-destinations list, empty", async () => {
    expect(await embedded.db.select().from(unsafeDestinationList)).toEqual([
      expect.objectContaining({ id: 1, version: 1 }),
    ]);
    expect(await embedded.db.select().from(unsafeDestinations)).toEqual([]);
  });

  it("gives AVRR cases the facts their state needed to be reached", async () => {
    const avrr = (await demoCases()).filter((c) => c.programme === "avrr");
    const reached = { eligible: 0, departed: 0 };
    for (const c of avrr) {
      if (c.state === "withdrawn" || c.state === "not_eligible") continue;
      const facts = workflowFacts(
        {
          eligibilityCriterion: c.facts?.eligibilityCriterion ?? null,
          voluntaryDecisionRecorded: c.facts?.voluntaryDecisionRecorded ?? false,
          destinationCountry: c.facts?.destinationCountry ?? null,
          arrivalDate: c.facts?.arrivalDate ?? null,
          vulnerabilityCategories: c.facts?.vulnerabilityCategories ?? [],
          durableSolutionKind: null,
          contractRedFlags: [],
        },
        [],
        travelFacts(c.travel, TODAY),
      );
      if (step(c.state) >= step("travel_booked")) {
        expect(checkTransition("avrr", "travel_documents", "travel_booked", facts).ok, c.state).toBe(true);
      }
      // Nothing waiting to depart is about to expire (so no expiry task goes with it).
      if (step(c.state) <= step("travel_booked")) {
        expect(expiringTravelDocuments(c.travel.documents, TODAY)).toEqual([]);
      }
      if (step(c.state) < step("departed")) expect(c.travel.travel?.departedOn ?? null).toBeNull();
      if (step(c.state) >= step("eligible")) {
        reached.eligible += 1;
        expect(checkTransition("avrr", "eligibility_counselling", "eligible", facts).ok, c.state).toBe(true);
        expect(c.facts?.destinationCountry).toBe(c.citizenships[0]);
      }
      if (step(c.state) >= step("departed")) {
        reached.departed += 1;
        expect(checkTransition("avrr", "travel_booked", "departed", facts).ok, c.state).toBe(true);
      }
      if (step(c.state) >= step("arrived")) {
        const arrival = c.facts?.arrivalDate ?? "";
        // An arrival confirmed is the workflow's arrival date (an early closure may have none).
        if (c.travel.travel?.arrivedOn) expect(c.travel.travel.arrivedOn).toBe(c.facts?.arrivalDate);
        else expect(c.state).toBe("closed");
        expect(checkTransition("avrr", "departed", "arrived", facts).ok, c.state).toBe(true);
        expect(arrival >= c.openedAt.toISOString().slice(0, 10) && arrival <= TODAY).toBe(true);
      } else {
        expect(c.facts?.arrivalDate ?? null).toBeNull();
      }
    }
    expect(reached.eligible).toBeGreaterThan(0);
    expect(reached.departed).toBeGreaterThan(0);
  });

  it("creates the arrival tasks of cases being monitored, due from the arrival date", async () => {
    const all = await demoCases();
    const tasks = await embedded.db.select().from(caseWorkflowTasks).orderBy(asc(caseWorkflowTasks.dueDate));
    let monitored = 0;
    for (const c of all) {
      const mine = tasks.filter((t) => t.caseId === c.id);
      if (c.programme === "avrr" && ["arrived", "reintegration", "monitoring"].includes(c.state)) {
        monitored += 1;
        const expected = avrrArrivalTasks(c.facts?.arrivalDate ?? "");
        expect(mine.map((t) => ({ kind: t.kind, dueDate: t.dueDate }))).toEqual(expected);
        for (const t of mine) expect(t.doneAt !== null).toBe(c.state !== "arrived" && t.dueDate <= TODAY);
      } else {
        expect(mine).toEqual([]);
      }
    }
    expect(monitored).toBeGreaterThan(0);
  });

  it("leaves approvals pending only on AVRR cases in eligibility counselling, asked by the owner", async () => {
    const all = await demoCases();
    // Decided requests belong to the state history (below): here, the ones still waiting.
    const approvals = await embedded.db
      .select()
      .from(caseApprovals)
      .where(eq(caseApprovals.status, "pending"));
    for (const approval of approvals) {
      const c = all.find((x) => x.id === approval.caseId);
      expect(c).toMatchObject({
        programme: "avrr",
        state: "eligibility_counselling",
        ownerId: approval.requestedBy,
      });
      expect(approval).toMatchObject({
        status: "pending",
        fromState: "eligibility_counselling",
        toState: "eligible",
      });
    }
    expect(new Set(approvals.map((a) => a.caseId)).size).toBe(approvals.length);
  });

  it("records durable solutions and red flags only where the state has them", async () => {
    for (const c of await demoCases()) {
      if (c.facts?.durableSolutionKind) {
        expect(c.programme).toBe("counter_trafficking");
        expect(["durable_solution", "closed"]).toContain(c.state);
      }
      if ((c.facts?.contractRedFlags ?? []).length > 0) {
        expect(c.programme).toBe("labour_migration");
        expect(["pre_departure", "follow_up", "closed"]).toContain(c.state);
      }
      if (c.programme === "counter_trafficking" && c.state === "closed") {
        expect(c.facts?.durableSolutionKind).toBeTruthy();
      }
    }
  });
});
