import { describe, expect, it } from "vitest";
import { CASE_STATES } from "../../src/programmes";
import {
  availableTransitions,
  avrrArrivalTasks,
  type CaseWorkflowFacts,
  checkTransition,
  VULNERABILITY_CATEGORIES,
} from "../../src/workflows";
import { READY, REASON } from "./fixtures";

const BEFORE_DEPARTURE = [
  "application",
  "eligibility_counselling",
  "eligible",
  "travel_documents",
  "travel_booked",
];

describe("AVRR withdrawal (voluntariness until departure day)", () => {
  it.each(BEFORE_DEPARTURE)("is possible from %s, with a reason and nobody's approval", (state) => {
    expect(checkTransition("avrr", state, "withdrawn", {}, REASON)).toEqual({
      ok: true,
      kind: "withdraw",
      needsApproval: false,
      tasks: [],
      suggestions: [],
    });
  });

  it.each(BEFORE_DEPARTURE)("from %s needs no recorded fact at all", (state) => {
    const withdrawal = availableTransitions("avrr", state, {}).find((t) => t.to === "withdrawn");
    expect(withdrawal).toMatchObject({
      allowed: true,
      blocked: [],
      needsApproval: false,
      reasonRequired: true,
    });
  });

  it.each(CASE_STATES.avrr.filter((s) => !BEFORE_DEPARTURE.includes(s) && s !== "withdrawn"))(
    "is refused from %s",
    (state) => {
      expect(checkTransition("avrr", state, "withdrawn", READY, REASON)).toEqual({
        ok: false,
        errors: ["not_a_transition"],
      });
      expect(availableTransitions("avrr", state, READY).some((t) => t.to === "withdrawn")).toBe(false);
    },
  );
});

describe("AVRR unsafe destinations (a list passed in as data)", () => {
  const eligibility = (facts: CaseWorkflowFacts) =>
    checkTransition("avrr", "eligibility_counselling", "eligible", facts);

  it("refuses eligibility for a destination on the list, and only for those", () => {
    expect(eligibility({ ...READY, destinationCountry: "SY" })).toEqual({
      ok: false,
      errors: ["destination_unsafe"],
    });
    expect(eligibility({ ...READY, destinationCountry: "SY", unsafeDestinations: [] }).ok).toBe(true);
    expect(eligibility({ ...READY, destinationCountry: "GE", unsafeDestinations: ["GE"] })).toEqual({
      ok: false,
      errors: ["destination_unsafe"],
    });
  });

  it("refuses departure when the destination was added to the list after eligibility was approved", () => {
    const approvedThen = { ...READY, unsafeDestinations: [] };
    expect(eligibility(approvedThen).ok).toBe(true);
    const listNow = { ...READY, unsafeDestinations: ["GE"] };
    expect(checkTransition("avrr", "travel_booked", "departed", listNow)).toEqual({
      ok: false,
      errors: ["destination_unsafe"],
    });
    // The person can still withdraw meanwhile.
    expect(checkTransition("avrr", "travel_booked", "withdrawn", listNow, REASON).ok).toBe(true);
  });

  it("fails closed without a list: nobody approves a return against a list nobody looked at", () => {
    expect(eligibility({ ...READY, unsafeDestinations: undefined })).toEqual({
      ok: false,
      errors: ["unsafe_destinations_unavailable"],
    });
  });
});

describe("AVRR eligibility", () => {
  it.each([
    "expired_permit",
    "visa_free_overstay",
    "asylum_withdrawn",
    "protection_holder",
    "irregular_vulnerable",
  ])("accepts the criterion %s", (criterion) => {
    const facts = { ...READY, eligibilityCriterion: criterion } as CaseWorkflowFacts;
    expect(checkTransition("avrr", "eligibility_counselling", "eligible", facts)).toMatchObject({
      ok: true,
      needsApproval: true,
    });
  });

  it("needs a reason, and no approval, to find a person not eligible", () => {
    expect(checkTransition("avrr", "eligibility_counselling", "not_eligible", {}, REASON)).toMatchObject({
      ok: true,
      needsApproval: false,
    });
  });

  it("keeps the vulnerable categories as a vocabulary no guard reads", () => {
    expect([...VULNERABILITY_CATEGORIES]).toEqual([
      "disability",
      "severe_illness",
      "elderly",
      "pregnant",
      "single_parent_two_plus_children",
      "large_family",
      "trafficking_victim",
      "torture_victim",
      "unaccompanied_minor",
    ]);
  });
});

describe("AVRR arrival tasks", () => {
  const arrive = (arrivalDate: string) =>
    checkTransition("avrr", "departed", "arrived", { ...READY, arrivalDate });

  it("creates the contact within one month and monitoring at 3, 6 and 12 months", () => {
    expect(arrive("2026-03-10")).toEqual({
      ok: true,
      kind: "advance",
      needsApproval: false,
      tasks: [
        { kind: "reintegration_contact", dueDate: "2026-04-10" },
        { kind: "monitoring_3_months", dueDate: "2026-06-10" },
        { kind: "monitoring_6_months", dueDate: "2026-09-10" },
        { kind: "monitoring_12_months", dueDate: "2027-03-10" },
      ],
      suggestions: [],
    });
  });

  it.each([
    ["2026-01-31", "2026-02-28", "2026-04-30", "2026-07-31", "2027-01-31"],
    ["2028-01-31", "2028-02-29", "2028-04-30", "2028-07-31", "2029-01-31"],
    ["2024-02-29", "2024-03-29", "2024-05-29", "2024-08-29", "2025-02-28"],
    ["2026-08-31", "2026-09-30", "2026-11-30", "2027-02-28", "2027-08-31"],
    ["2026-11-30", "2026-12-30", "2027-02-28", "2027-05-30", "2027-11-30"],
    ["2026-12-15", "2027-01-15", "2027-03-15", "2027-06-15", "2027-12-15"],
  ])("arrival on %s: contact %s, monitoring %s, %s, %s", (arrival, contact, m3, m6, m12) => {
    expect(avrrArrivalTasks(arrival).map((t) => t.dueDate)).toEqual([contact, m3, m6, m12]);
    expect(arrive(arrival)).toMatchObject({ ok: true, tasks: avrrArrivalTasks(arrival) });
  });

  it("creates no task on any other AVRR transition", () => {
    const reasons = { reason: "x" };
    for (const state of CASE_STATES.avrr) {
      for (const t of availableTransitions("avrr", state, READY)) {
        const result = checkTransition("avrr", state, t.to, READY, reasons);
        if (!result.ok) throw new Error(`${state} → ${t.to} refused`);
        expect(result.tasks.length > 0).toBe(state === "departed" && t.to === "arrived");
      }
    }
  });
});
