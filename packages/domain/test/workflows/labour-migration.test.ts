import { describe, expect, it } from "vitest";
import { type CaseWorkflowFacts, CONTRACT_RED_FLAGS, checkTransition } from "../../src/workflows";
import { REASON } from "./fixtures";

describe("labour migration: red flags in the contract check", () => {
  it.each([...CONTRACT_RED_FLAGS])("suggest a counter-trafficking screening when %s is found", (flag) => {
    expect(
      checkTransition("labour_migration", "contract_check", "pre_departure", { contractRedFlags: [flag] }),
    ).toEqual({
      ok: true,
      kind: "advance",
      needsApproval: false,
      tasks: [],
      suggestions: [{ kind: "open_trafficking_screening", redFlags: [flag] }],
    });
  });

  it("name every flag found, once each and in a stable order", () => {
    const facts: CaseWorkflowFacts = {
      contractRedFlags: ["deceptive_terms", "fees_charged_to_worker", "deceptive_terms"],
    };
    expect(checkTransition("labour_migration", "contract_check", "pre_departure", facts)).toMatchObject({
      ok: true,
      suggestions: [
        { kind: "open_trafficking_screening", redFlags: ["fees_charged_to_worker", "deceptive_terms"] },
      ],
    });
  });

  it("also suggest it when the case closes straight after the contract check", () => {
    expect(
      checkTransition(
        "labour_migration",
        "contract_check",
        "closed",
        { contractRedFlags: ["withheld_documents"] },
        REASON,
      ),
    ).toMatchObject({
      ok: true,
      kind: "close_early",
      suggestions: [{ kind: "open_trafficking_screening", redFlags: ["withheld_documents"] }],
    });
  });

  it.each<[string, CaseWorkflowFacts]>([
    ["no flags", { contractRedFlags: [] }],
    ["flags not recorded", {}],
    ["flags recorded as null", { contractRedFlags: null }],
  ])("suggest nothing with %s", (_, facts) => {
    expect(checkTransition("labour_migration", "contract_check", "pre_departure", facts)).toMatchObject({
      ok: true,
      suggestions: [],
    });
  });

  it("block nothing: the worker's case goes on, the screening is a separate case", () => {
    const flagged: CaseWorkflowFacts = { contractRedFlags: [...CONTRACT_RED_FLAGS] };
    expect(checkTransition("labour_migration", "contract_check", "pre_departure", flagged).ok).toBe(true);
    expect(checkTransition("labour_migration", "pre_departure", "follow_up", flagged)).toMatchObject({
      ok: true,
      suggestions: [],
    });
  });
});
