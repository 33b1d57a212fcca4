import { describe, expect, it } from "vitest";
import {
  availableTransitions,
  type CaseWorkflowFacts,
  checkTransition,
  DURABLE_SOLUTION_KINDS,
  GUARD_IDS,
  WORKFLOWS,
} from "../../src/workflows";
import { READY } from "./fixtures";

describe("counter-trafficking: assistance is never conditional on cooperation with law enforcement", () => {
  const path = [
    "referred",
    "screening",
    "presumed_victim",
    "reflection_period",
    "assistance",
    "durable_solution",
  ];

  it("reaches assistance and the durable solution with no fact recorded at all", () => {
    for (let i = 0; i + 1 < path.length; i++) {
      expect(checkTransition("counter_trafficking", path[i] ?? "", path[i + 1] ?? "", {})).toEqual({
        ok: true,
        kind: "advance",
        needsApproval: false,
        tasks: [],
        suggestions: [],
      });
    }
  });

  it("ignores anything said about cooperation, whatever a caller passes", () => {
    const refusesToCooperate = {
      cooperatesWithLawEnforcement: false,
      reportedToPolice: false,
    } as CaseWorkflowFacts;
    for (let i = 0; i + 1 < path.length; i++) {
      const listed = availableTransitions("counter_trafficking", path[i] ?? "", refusesToCooperate);
      expect(listed.find((t) => t.to === path[i + 1])).toMatchObject({ allowed: true, blocked: [] });
    }
  });

  it("has no guard that could ask, in any workflow", () => {
    expect(GUARD_IDS.filter((g) => /cooperat|police|law_enforcement|complaint|testimony/.test(g))).toEqual(
      [],
    );
    const ct = WORKFLOWS.counter_trafficking.transitions;
    expect(ct.filter((t) => t.guards.length > 0).map((t) => `${t.from} → ${t.to}`)).toEqual([
      "durable_solution → closed",
    ]);
  });
});

describe("counter-trafficking closure", () => {
  it.each([...DURABLE_SOLUTION_KINDS])(
    "closes with the durable solution %s, after a manager's approval",
    (kind) => {
      expect(
        checkTransition("counter_trafficking", "durable_solution", "closed", { durableSolutionKind: kind }),
      ).toEqual({
        ok: true,
        kind: "advance",
        needsApproval: true,
        tasks: [],
        suggestions: [],
      });
    },
  );

  it("is not possible from anywhere but the durable solution", () => {
    for (const t of WORKFLOWS.counter_trafficking.transitions.filter((t) => t.to === "closed")) {
      expect(t.from).toBe("durable_solution");
    }
  });

  it("needs a reason to decide someone is not a victim", () => {
    expect(checkTransition("counter_trafficking", "screening", "not_a_victim", READY)).toEqual({
      ok: false,
      errors: ["reason_required"],
    });
    expect(
      checkTransition(
        "counter_trafficking",
        "screening",
        "not_a_victim",
        {},
        { reason: "No indicator found." },
      ),
    ).toMatchObject({ ok: true, kind: "refuse" });
  });
});
