import { describe, expect, it } from "vitest";
import { checkTransition } from "../../src/workflows";
import { REASON } from "./fixtures";

describe("social assistance", () => {
  it("goes back from review to services as often as needed, then closes", () => {
    expect(checkTransition("social_assistance", "review", "services", {})).toMatchObject({
      ok: true,
      kind: "back",
    });
    expect(checkTransition("social_assistance", "services", "review", {})).toMatchObject({ ok: true });
    expect(checkTransition("social_assistance", "review", "closed", {})).toMatchObject({
      ok: true,
      kind: "advance",
      needsApproval: false,
    });
  });

  it("closes early from any step before the review, with a reason, and reopens to a new assessment", () => {
    for (const state of ["intake", "needs_assessment", "service_plan", "services"]) {
      expect(checkTransition("social_assistance", state, "closed", {}, REASON)).toMatchObject({
        ok: true,
        kind: "close_early",
      });
    }
    expect(checkTransition("social_assistance", "closed", "needs_assessment", {}, REASON)).toMatchObject({
      ok: true,
      kind: "reopen",
      needsApproval: true,
    });
  });
});
