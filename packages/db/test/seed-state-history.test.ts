import { CASE_STATES, checkTransition, TERMINAL_STATES } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { seedDemo } from "../src/demo/seed";
import { demoStatePath } from "../src/demo/state-history";
import {
  caseApprovals,
  caseStateHistory,
  cases,
  identificationDecisions,
  traffickingScreenings,
} from "../src/schema";

const NOW = new Date("2026-06-15T12:00:00.000Z");

let embedded: DatabaseHandle;

beforeAll(async () => {
  embedded = await openDatabase({ kind: "embedded", dataDir: undefined });
  await embedded.migrate();
  await seedDemo(embedded.db, { people: 80, hashPassword: async (p) => `hash:${p}`, now: NOW, seed: 5 });
});

afterAll(() => embedded?.close());

describe("demoStatePath", () => {
  it("follows the usual course where it leads, else the shortest way the workflow allows", () => {
    expect(demoStatePath("avrr", "application")).toEqual([]);
    expect(demoStatePath("avrr", "departed").map((m) => m.to)).toEqual([
      "eligibility_counselling",
      "eligible",
      "travel_documents",
      "travel_booked",
      "departed",
    ]);
    expect(demoStatePath("avrr", "withdrawn").map((m) => [m.to, m.kind])).toEqual([
      ["withdrawn", "withdraw"],
    ]);
    expect(demoStatePath("counter_trafficking", "not_a_victim").map((m) => m.to)).toEqual([
      "screening",
      "not_a_victim",
    ]);
    expect(demoStatePath("avrr", "eligible").find((m) => m.to === "eligible")?.needsApproval).toBe(true);
  });
});

describe("demo state history", () => {
  it("brought every case to its state through moves the workflow allows, in order, in its lifetime", async () => {
    const all = await embedded.db.select().from(cases);
    const history = await embedded.db.select().from(caseStateHistory).orderBy(asc(caseStateHistory.at));
    const approvals = await embedded.db.select().from(caseApprovals);
    for (const c of all) {
      const moves = history.filter((h) => h.caseId === c.id);
      let state: string = CASE_STATES[c.programme][0];
      let previous = c.openedAt.getTime();
      for (const move of moves) {
        expect(move.fromState).toBe(state);
        const rule = checkTransition(c.programme, state, move.toState, {}, { reason: move.reason });
        // Guards read facts the test does not rebuild; the move itself must be one of the workflow's.
        expect(rule.ok || rule.errors.every((e) => e !== "not_a_transition" && e !== "reason_required")).toBe(
          true,
        );
        expect(move.at.getTime()).toBeGreaterThanOrEqual(previous);
        expect(move.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
        if (move.approvalId) {
          expect(approvals.find((a) => a.id === move.approvalId)).toMatchObject({
            status: "approved",
            toState: move.toState,
          });
        }
        state = move.toState;
        previous = move.at.getTime();
      }
      expect(state).toBe(c.state);
      if (TERMINAL_STATES.has(c.state)) expect(moves.at(-1)?.at).toEqual(c.closedAt);
    }
  });

  it("dates the counter-trafficking moves by the screening and the identification decision", async () => {
    const screenings = await embedded.db.select().from(traffickingScreenings);
    const decisions = await embedded.db
      .select()
      .from(identificationDecisions)
      .where(eq(identificationDecisions.kind, "decision"));
    const history = await embedded.db.select().from(caseStateHistory);
    expect(decisions.length).toBeGreaterThan(0);
    for (const screening of screenings) {
      const entered = history.find((h) => h.caseId === screening.caseId && h.toState === "screening");
      expect(entered?.at).toEqual(screening.createdAt);
    }
    for (const decision of decisions) {
      const moved = history.find(
        (h) =>
          h.caseId === decision.caseId && (h.toState === "presumed_victim" || h.toState === "not_a_victim"),
      );
      expect(moved?.at).toEqual(decision.at);
    }
  });
});
