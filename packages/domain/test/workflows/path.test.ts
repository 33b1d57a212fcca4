import { describe, expect, it } from "vitest";
import { CASE_STATES } from "../../src/programmes";
import {
  checkTransition,
  pathToReflectionPeriod,
  planPath,
  TOWARDS_REFLECTION_PERIOD,
} from "../../src/workflows";
import { READY, READY_TRAVEL, REASON } from "./fixtures";

describe("pathToReflectionPeriod", () => {
  it("takes a referred case through screening and presumed victim to the reflection period", () => {
    expect(pathToReflectionPeriod("referred", "Confirmed by the NGO.")).toEqual([
      { from: "referred", to: "screening", kind: "advance", tasks: [] },
      { from: "screening", to: "presumed_victim", kind: "advance", tasks: [] },
      { from: "presumed_victim", to: "reflection_period", kind: "advance", tasks: [] },
    ]);
  });

  it("starts from wherever the case stands on that course", () => {
    expect(pathToReflectionPeriod("screening", "").map((m) => m.to)).toEqual([
      "presumed_victim",
      "reflection_period",
    ]);
    expect(pathToReflectionPeriod("presumed_victim", "").map((m) => m.to)).toEqual(["reflection_period"]);
  });

  it("leaves a case at, past or out of that course where it is", () => {
    for (const state of ["reflection_period", "assistance", "durable_solution", "closed", "not_a_victim"]) {
      expect(pathToReflectionPeriod(state, "")).toEqual([]);
    }
  });

  it("ends in the reflection period or is empty, from every counter-trafficking state", () => {
    for (const state of CASE_STATES.counter_trafficking) {
      const path = pathToReflectionPeriod(state, "");
      const onCourse = (TOWARDS_REFLECTION_PERIOD as readonly string[]).includes(state);
      if (path.length === 0) expect(state === "reflection_period" || !onCourse).toBe(true);
      else expect(path.at(-1)?.to).toBe("reflection_period");
    }
  });
});

describe("planPath", () => {
  it("chains the moves: each starts where the previous one ended, each allowed on its own", () => {
    const route = ["eligible", "travel_documents", "travel_booked", "departed", "arrived"];
    const path = planPath("avrr", "eligible", route, READY);
    expect(path.map((m) => m.to)).toEqual(["travel_documents", "travel_booked", "departed", "arrived"]);
    let state = "eligible";
    for (const move of path) {
      expect(move.from).toBe(state);
      expect(checkTransition("avrr", move.from, move.to, READY)).toMatchObject({
        ok: true,
        needsApproval: false,
      });
      state = move.to;
    }
  });

  it("carries the tasks each move brings", () => {
    const [arrival] = planPath("avrr", "departed", ["departed", "arrived"], READY);
    expect(arrival?.tasks.map((t) => t.kind)).toEqual([
      "reintegration_contact",
      "monitoring_3_months",
      "monitoring_6_months",
      "monitoring_12_months",
    ]);
  });

  it("stops before a step whose guards fail", () => {
    const route = ["eligible", "travel_documents", "travel_booked", "departed"];
    expect(planPath("avrr", "eligible", route, {}).map((m) => m.to)).toEqual(["travel_documents"]);
    const booked = { ...READY, travel: { ...READY_TRAVEL, departedOn: null } };
    expect(planPath("avrr", "eligible", route, booked).map((m) => m.to)).toEqual([
      "travel_documents",
      "travel_booked",
    ]);
  });

  it("stops before a step that needs a manager's approval, even when its guards pass", () => {
    const route = ["application", "eligibility_counselling", "eligible", "travel_documents"];
    expect(planPath("avrr", "application", route, READY).map((m) => m.to)).toEqual([
      "eligibility_counselling",
    ]);
    expect(
      planPath("counter_trafficking", "durable_solution", ["durable_solution", "closed"], READY),
    ).toEqual([]);
  });

  it("stops before a step that needs a reason when none is given", () => {
    expect(planPath("avrr", "application", ["application", "withdrawn"], {})).toEqual([]);
    expect(planPath("avrr", "application", ["application", "withdrawn"], {}, REASON)).toEqual([
      { from: "application", to: "withdrawn", kind: "withdraw", tasks: [] },
    ]);
  });

  it("plans nothing for a state off the route, or a route that is not a chain of transitions", () => {
    expect(planPath("avrr", "arrived", ["application", "eligibility_counselling"], READY)).toEqual([]);
    expect(planPath("avrr", "application", ["application", "departed"], READY)).toEqual([]);
  });
});
