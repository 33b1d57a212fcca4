import type { Actor } from "@kelias/domain";
import { describe, expect, it } from "vitest";
import { homeFor, navigationFor } from "../src/components/shell/navigation";

const actor = (roles: Actor["roles"], handoverPending = false): Actor => ({
  id: "me",
  roles,
  programmes: ["avrr", "counter_trafficking"],
  handoverPending,
});
const labels = (a: Actor) => navigationFor(a).map((item) => item.label);

describe("the navigation, as the policy allows", () => {
  it("gives a caseworker their cases, tasks, people and access requests", () => {
    expect(labels(actor(["caseworker"]))).toEqual([
      "myCases",
      "myTasks",
      "thisWeek",
      "people",
      "registerPerson",
      "accessRequests",
      "account",
    ]);
    expect(homeFor(actor(["caseworker"]))).toBe("/cases");
  });

  it("gives a manager the cases of their programmes, figures, approvals and reports", () => {
    expect(labels(actor(["manager"]))).toEqual([
      "allCases",
      "teamTasks",
      "thisWeek",
      "people",
      "dashboard",
      "approvals",
      "accessRequests",
      "reports",
      "account",
    ]);
    expect(homeFor(actor(["manager"]))).toBe("/cases/all");
  });

  it("gives an admin the administration pages and no case page", () => {
    expect(labels(actor(["admin"]))).toEqual([
      "users",
      "partners",
      "unsafeDestinations",
      "serviceTypes",
      "reflectionPeriods",
      "riskReview",
      "auditLog",
      "securitySettings",
      "account",
    ]);
  });

  it("gives someone who is both caseworker and manager both, their own cases first", () => {
    expect(labels(actor(["caseworker", "manager"]))).toEqual([
      "myCases",
      "myTasks",
      "allCases",
      "teamTasks",
      "thisWeek",
      "people",
      "registerPerson",
      "dashboard",
      "approvals",
      "accessRequests",
      "reports",
      "account",
    ]);
  });

  it("gives an account whose handover waits only its own sign-in security", () => {
    expect(labels(actor(["caseworker", "manager", "admin"], true))).toEqual(["account"]);
  });

  it("gives an account without a role nothing, and the sign-in page as home", () => {
    expect(labels(actor([]))).toEqual([]);
    expect(homeFor(actor([]))).toBe("/signin");
  });
});
