import { describe, expect, it } from "vitest";
import { caseTransitionInput } from "../../src/workflows";

const caseId = "5b0f8c1e-3f4a-4c2e-9a57-2d6c1f0b9e11";

describe("caseTransitionInput", () => {
  it("takes the case, the version seen, the target state and a trimmed reason", () => {
    expect(
      caseTransitionInput.parse({ caseId, version: 3, to: " withdrawn ", reason: "  Changed their mind. " }),
    ).toEqual({ caseId, version: 3, to: "withdrawn", reason: "Changed their mind." });
  });

  it("defaults the reason to blank (checkTransition says when one is required)", () => {
    expect(caseTransitionInput.parse({ caseId, version: 1, to: "eligible" })).toEqual({
      caseId,
      version: 1,
      to: "eligible",
      reason: "",
    });
  });

  it.each([
    [{ caseId: "nope", version: 1, to: "eligible" }, "caseId"],
    [{ caseId, version: 0, to: "eligible" }, "version"],
    [{ caseId, version: 1.5, to: "eligible" }, "version"],
    [{ caseId, version: 1, to: "  " }, "to"],
    [{ caseId, version: 1, to: "x".repeat(65) }, "to"],
    [{ caseId, version: 1, to: "closed", reason: "x".repeat(2001) }, "reason"],
    [{ caseId, version: 1 }, "to"],
  ])("refuses %j at %s", (input, field) => {
    const result = caseTransitionInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it("uses message codes the interface translates", () => {
    const blank = caseTransitionInput.safeParse({ caseId, version: 1, to: "" });
    expect(blank.error?.issues[0]?.message).toBe("required");
    const long = caseTransitionInput.safeParse({
      caseId,
      version: 1,
      to: "closed",
      reason: "x".repeat(2001),
    });
    expect(long.error?.issues[0]?.message).toBe("too_long");
  });
});
