import { cases, type DatabaseHandle, openDatabase, seedDemo, users } from "@kelias/db";
import { type Actor, CASE_STATES, caseScope, type Programme, TERMINAL_STATES } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DashboardFigures, dashboardFigures } from "../src/reports/dashboard-figures";

/**
 * The demo data as the dashboard counts it: the figures that count moves (AVRR departures,
 * counter-trafficking stages, contract checks) agree with the cases standing in those states. On a
 * database of its own (the demo seeds only an empty one), whichever database the suite runs on.
 */

const NOW = new Date("2026-06-15T12:00:00.000Z");
const TODAY = "2026-06-15";
// The demo opens cases up to 540 days before now: the period covers all of them.
const PERIOD = { from: "2024-12", to: "2026-06" };

let embedded: DatabaseHandle;
let figures: DashboardFigures;
let demoCases: { programme: Programme; state: string }[];

beforeAll(async () => {
  embedded = await openDatabase({ kind: "embedded", dataDir: undefined });
  await embedded.migrate();
  await seedDemo(embedded.db, { people: 60, hashPassword: async (p) => `hash:${p}`, now: NOW, seed: 3 });
  const [manager] = await embedded.db.select().from(users).where(eq(users.email, "manager@example.org"));
  if (!manager) throw new Error("no demo manager");
  const actor: Actor = {
    id: manager.id,
    roles: manager.roles,
    programmes: manager.programmes,
    handoverPending: false,
  };
  figures = await dashboardFigures(
    { db: embedded.db },
    caseScope(actor, "access"),
    [...actor.programmes],
    PERIOD,
    TODAY,
  );
  demoCases = await embedded.db.select({ programme: cases.programme, state: cases.state }).from(cases);
  // Migrating and seeding an embedded database takes a while on a busy machine.
}, 240_000);

afterAll(() => embedded?.close());

/** The demo cases of the programme whose state is `from` or any later state of `course`. */
function reached(programme: Programme, course: readonly string[], from: string): number {
  const later = new Set(course.slice(course.indexOf(from)));
  return demoCases.filter((c) => c.programme === programme && later.has(c.state)).length;
}

const openIn = (programme: Programme, state: string) =>
  figures.openByState.find((r) => r.programme === programme && r.state === state)?.cases ?? 0;

describe("the dashboard over the demo data", () => {
  it("counts as departed every AVRR case that stands in departure or after", () => {
    const course = ["departed", "arrived", "reintegration", "monitoring", "closed"];
    const departed = reached("avrr", course, "departed");
    expect(openIn("avrr", "departed")).toBeGreaterThan(0);
    expect(figures.avrr?.departed).toBe(departed);
    expect(figures.avrr?.returns.reduce((sum, r) => sum + r.cases, 0)).toBe(departed);
    expect(figures.avrr?.medianDaysToDeparture).toBeGreaterThan(0);
  });

  it("counts as presumed victims every counter-trafficking case past the presumption", () => {
    const ct = CASE_STATES.counter_trafficking as readonly string[];
    const course = ct.filter((s) => s !== "referred" && s !== "screening" && s !== "not_a_victim");
    const stage = (name: string) => figures.counterTrafficking?.stages.find((s) => s.stage === name)?.cases;
    expect(
      openIn("counter_trafficking", "presumed_victim") + openIn("counter_trafficking", "reflection_period"),
    ).toBeGreaterThan(0);
    expect(stage("presumed")).toBe(reached("counter_trafficking", course, "presumed_victim"));
    expect(stage("screened")).toBe(
      demoCases.filter((c) => c.programme === "counter_trafficking" && c.state !== "referred").length,
    );
  });

  it("agrees with the open cases by state: each is among the cases the state's moves bring", () => {
    const open = figures.openByState.reduce((sum, r) => sum + r.cases, 0);
    const inProgrammes = demoCases.filter(
      (c) => figures.programmes.includes(c.programme) && !TERMINAL_STATES.has(c.state),
    ).length;
    expect(open).toBe(inProgrammes);
  });
});
