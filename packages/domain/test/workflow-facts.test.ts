import { describe, expect, it } from "vitest";
import { PROGRAMMES } from "../src/programmes";
import {
  caseDecideApprovalInput,
  caseWorkflowFactsInput,
  EMPTY_WORKFLOW_FACTS,
  factsOf,
  foreignFactFields,
  unsafeDestinationsSetInput,
  WORKFLOW_FACT_FIELDS,
  workflowFacts,
  workflowFactsPatch,
} from "../src/workflow-facts";
import { checkTransition } from "../src/workflows";

const CASE = "3f1c9a52-2b7e-4d0a-9c1e-5b8d7f6a4e21";

const codesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("workflowFactsPatch", () => {
  it("accepts any subset of the facts, with null or an empty list to clear", () => {
    expect(workflowFactsPatch.parse({})).toEqual({});
    expect(
      workflowFactsPatch.parse({
        eligibilityCriterion: null,
        vulnerabilityCategories: [],
        arrivalDate: "2026-01-31",
      }),
    ).toEqual({ eligibilityCriterion: null, vulnerabilityCategories: [], arrivalDate: "2026-01-31" });
  });

  it("refuses unknown codes, unknown fields, repeated entries, bad and future dates", () => {
    expect(workflowFactsPatch.safeParse({ eligibilityCriterion: "tourist" }).success).toBe(false);
    expect(workflowFactsPatch.safeParse({ destinationCountry: "ZZ" }).success).toBe(false);
    expect(workflowFactsPatch.safeParse({ cooperatesWithPolice: true }).success).toBe(false);
    expect(
      codesOf(workflowFactsPatch.safeParse({ contractRedFlags: ["deceptive_terms", "deceptive_terms"] })),
    ).toEqual({ contractRedFlags: "duplicate" });
    expect(codesOf(workflowFactsPatch.safeParse({ arrivalDate: "2026-02-30" }))).toEqual({
      arrivalDate: "invalid_date",
    });
    expect(codesOf(workflowFactsPatch.safeParse({ arrivalDate: "2999-01-01" }))).toEqual({
      arrivalDate: "in_future",
    });
  });
});

describe("caseWorkflowFactsInput", () => {
  it("no longer takes the travel checkboxes (the travel record replaced them)", () => {
    expect(caseWorkflowFactsInput.safeParse({ caseId: CASE, version: 3, ticketRecorded: true }).success).toBe(
      false,
    );
  });

  it("carries the facts beside the case and version, each error under its own field", () => {
    const input = caseWorkflowFactsInput.parse({ caseId: CASE, version: 3, voluntaryDecisionRecorded: true });
    expect(factsOf(input)).toEqual({ voluntaryDecisionRecorded: true });
    expect(
      codesOf(caseWorkflowFactsInput.safeParse({ caseId: CASE, version: 3, arrivalDate: "2999-01-01" })),
    ).toEqual({
      arrivalDate: "in_future",
    });
  });
});

describe("foreignFactFields", () => {
  it("names the facts a programme does not record", () => {
    expect(foreignFactFields("avrr", { voluntaryDecisionRecorded: true, contractRedFlags: [] })).toEqual([
      "contractRedFlags",
    ]);
    expect(foreignFactFields("labour_migration", { contractRedFlags: ["withheld_documents"] })).toEqual([]);
    expect(foreignFactFields("social_assistance", { durableSolutionKind: "other" })).toEqual([
      "durableSolutionKind",
    ]);
  });

  it("gives every fact to exactly one programme", () => {
    const owners = Object.keys(EMPTY_WORKFLOW_FACTS).map(
      (field) =>
        PROGRAMMES.filter((p) => (WORKFLOW_FACT_FIELDS[p] as readonly string[]).includes(field)).length,
    );
    expect(owners.every((n) => n === 1)).toBe(true);
  });
});

describe("workflowFacts", () => {
  it("passes the unsafe-destinations list to the guards, and none fails them closed", () => {
    const recorded = {
      ...EMPTY_WORKFLOW_FACTS,
      eligibilityCriterion: "expired_permit" as const,
      voluntaryDecisionRecorded: true,
      destinationCountry: "GE" as const,
    };
    const check = (list: string[] | null) =>
      checkTransition("avrr", "eligibility_counselling", "eligible", workflowFacts(recorded, list));
    expect(check([])).toMatchObject({ ok: true, needsApproval: true });
    expect(check(["GE"])).toEqual({ ok: false, errors: ["destination_unsafe"] });
    expect(check(null)).toEqual({ ok: false, errors: ["unsafe_destinations_unavailable"] });
  });
});

describe("caseDecideApprovalInput", () => {
  const approvalId = CASE;
  it("needs a reason to reject, not to approve", () => {
    expect(caseDecideApprovalInput.safeParse({ approvalId, version: 2, approve: true }).success).toBe(true);
    expect(
      codesOf(caseDecideApprovalInput.safeParse({ approvalId, version: 2, approve: false, reason: "  " })),
    ).toEqual({ reason: "required" });
    expect(
      caseDecideApprovalInput.safeParse({ approvalId, version: 2, approve: false, reason: "No" }).success,
    ).toBe(true);
  });
});

describe("unsafeDestinationsSetInput", () => {
  it("takes a list of known country codes, once each; empty is a valid list", () => {
    expect(unsafeDestinationsSetInput.parse({ version: 1, countries: [] })).toEqual({
      version: 1,
      countries: [],
    });
    expect(unsafeDestinationsSetInput.safeParse({ version: 1, countries: ["XX"] }).success).toBe(false);
    expect(codesOf(unsafeDestinationsSetInput.safeParse({ version: 1, countries: ["SO", "SO"] }))).toEqual({
      countries: "duplicate",
    });
  });
});
