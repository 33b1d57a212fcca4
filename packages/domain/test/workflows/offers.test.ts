import { describe, expect, it } from "vitest";
import { availableTransitions, offeredTransitions, standingSuggestions } from "../../src/workflows";
import { READY } from "./fixtures";

describe("offeredTransitions", () => {
  it("is availableTransitions when no approval waits", () => {
    expect(offeredTransitions("avrr", "eligibility_counselling", READY, false)).toEqual(
      availableTransitions("avrr", "eligibility_counselling", READY),
    );
  });

  it("blocks every move needing an approval while one waits, and only those", () => {
    const offered = offeredTransitions("avrr", "eligibility_counselling", READY, true);
    const eligible = offered.find((t) => t.to === "eligible");
    expect(eligible).toMatchObject({ allowed: false, blocked: ["approval_pending"], needsApproval: true });
    for (const t of offered.filter((o) => !o.needsApproval)) {
      expect(t).toEqual(
        availableTransitions("avrr", "eligibility_counselling", READY).find((a) => a.to === t.to),
      );
    }
  });

  it("keeps the guard codes before approval_pending", () => {
    const eligible = offeredTransitions("avrr", "eligibility_counselling", {}, true).find(
      (t) => t.to === "eligible",
    );
    expect(eligible?.blocked.at(-1)).toBe("approval_pending");
    expect(eligible?.blocked.length).toBeGreaterThan(1);
  });
});

describe("standingSuggestions", () => {
  it("suggests a counter-trafficking screening in labour migration while red flags are recorded", () => {
    const facts = { contractRedFlags: ["withheld_documents", "fees_charged_to_worker"] as const };
    expect(
      standingSuggestions("labour_migration", { contractRedFlags: [...facts.contractRedFlags] }),
    ).toEqual([
      { kind: "open_trafficking_screening", redFlags: ["fees_charged_to_worker", "withheld_documents"] },
    ]);
    expect(standingSuggestions("labour_migration", { contractRedFlags: [] })).toEqual([]);
    expect(standingSuggestions("labour_migration", {})).toEqual([]);
  });

  it("suggests nothing in other programmes, whatever was recorded", () => {
    for (const programme of ["avrr", "counter_trafficking", "social_assistance"] as const) {
      expect(standingSuggestions(programme, { contractRedFlags: ["withheld_documents"] })).toEqual([]);
    }
  });
});
