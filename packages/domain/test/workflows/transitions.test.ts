import { describe, expect, it } from "vitest";
import { PROGRAMMES, type Programme } from "../../src/programmes";
import { availableTransitions, checkTransition, WORKFLOWS } from "../../src/workflows";
import { READY, READY_TRAVEL, REASON, SPEC, specRows } from "./fixtures";

const allRows = PROGRAMMES.flatMap((programme) =>
  specRows(SPEC[programme]).map((row) => ({ programme, ...row })),
);

describe("workflow tables", () => {
  it.each([...PROGRAMMES])("%s has exactly the specified transitions", (programme) => {
    const actual = WORKFLOWS[programme].transitions.map((t) => ({
      from: t.from,
      to: t.to,
      kind: t.kind,
      needsApproval: t.needsApproval,
      reasonRequired: t.reasonRequired,
    }));
    const sortKey = (r: { from: string; to: string }) => `${r.from}→${r.to}`;
    const sorted = <T extends { from: string; to: string }>(rows: T[]) =>
      [...rows].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(sorted(actual)).toEqual(sorted(specRows(SPEC[programme])));
  });

  it.each(allRows.map((r) => [r.programme, r.from, r.to, r] as const))(
    "%s: %s → %s is allowed once its facts and reason are there",
    (programme, from, to, row) => {
      const result = checkTransition(programme, from, to, READY, row.reasonRequired ? REASON : {});
      expect(result).toMatchObject({ ok: true, kind: row.kind, needsApproval: row.needsApproval });
    },
  );

  it.each(allRows.map((r) => [r.programme, r.from, r.to, r] as const))(
    "%s: %s → %s is listed from its state with its approval and reason",
    (programme, from, to, row) => {
      const listed = availableTransitions(programme, from, READY).find((t) => t.to === to);
      expect(listed).toEqual({
        to,
        kind: row.kind,
        allowed: true,
        blocked: [],
        needsApproval: row.needsApproval,
        reasonRequired: row.reasonRequired,
      });
    },
  );

  it("lists a state's transitions in the workflow's order, blocked ones included", () => {
    expect(availableTransitions("avrr", "eligibility_counselling", {})).toEqual([
      {
        to: "eligible",
        kind: "advance",
        allowed: false,
        blocked: [
          "eligibility_criterion_missing",
          "voluntary_decision_missing",
          "destination_missing",
          "unsafe_destinations_unavailable",
        ],
        needsApproval: true,
        reasonRequired: false,
      },
      {
        to: "withdrawn",
        kind: "withdraw",
        allowed: true,
        blocked: [],
        needsApproval: false,
        reasonRequired: true,
      },
      {
        to: "not_eligible",
        kind: "refuse",
        allowed: true,
        blocked: [],
        needsApproval: false,
        reasonRequired: true,
      },
    ]);
  });

  it("needs a manager's approval exactly for AVRR eligibility, counter-trafficking closure and reopening", () => {
    const approvals = PROGRAMMES.flatMap((p) =>
      WORKFLOWS[p].transitions.filter((t) => t.needsApproval).map((t) => `${p}: ${t.from} → ${t.to}`),
    );
    expect(approvals.sort()).toEqual(
      [
        "avrr: eligibility_counselling → eligible",
        "avrr: closed → reintegration",
        "avrr: withdrawn → application",
        "avrr: not_eligible → eligibility_counselling",
        "counter_trafficking: durable_solution → closed",
        "counter_trafficking: closed → assistance",
        "counter_trafficking: not_a_victim → screening",
        "social_assistance: closed → needs_assessment",
        "labour_migration: closed → counselling",
      ].sort(),
    );
  });

  it("reports approval as a requirement, not a refusal: the check passes and says who must act", () => {
    expect(checkTransition("avrr", "eligibility_counselling", "eligible", READY)).toEqual({
      ok: true,
      kind: "advance",
      needsApproval: true,
      tasks: [],
      suggestions: [],
    });
    expect(checkTransition("avrr", "application", "eligibility_counselling", {})).toEqual({
      ok: true,
      kind: "advance",
      needsApproval: false,
      tasks: [],
      suggestions: [],
    });
  });
});

type Refusal = [Programme, string, string, object, string | undefined, string[]];

describe("refused transitions", () => {
  const refusals: Refusal[] = [
    // Unknown targets and missing edges.
    ["avrr", "application", "presumed_victim", READY, "x", ["unknown_state"]],
    ["avrr", "application", "nowhere", READY, "x", ["unknown_state"]],
    ["avrr", "application", "departed", READY, "x", ["not_a_transition"]],
    ["avrr", "application", "application", READY, "x", ["not_a_transition"]],
    ["avrr", "departed", "withdrawn", READY, "x", ["not_a_transition"]],
    ["avrr", "application", "not_eligible", READY, "x", ["not_a_transition"]],
    ["avrr", "monitoring", "reintegration", READY, "x", ["not_a_transition"]],
    ["counter_trafficking", "referred", "not_a_victim", READY, "x", ["not_a_transition"]],
    ["counter_trafficking", "assistance", "closed", READY, "x", ["not_a_transition"]],
    ["social_assistance", "services", "service_plan", READY, "x", ["not_a_transition"]],
    ["labour_migration", "follow_up", "contract_check", READY, "x", ["not_a_transition"]],
    ["social_assistance", "closed", "services", READY, "x", ["not_a_transition"]],
    // AVRR eligibility.
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      {},
      undefined,
      [
        "eligibility_criterion_missing",
        "voluntary_decision_missing",
        "destination_missing",
        "unsafe_destinations_unavailable",
      ],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, eligibilityCriterion: null },
      undefined,
      ["eligibility_criterion_missing"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, eligibilityCriterion: "tourist" },
      undefined,
      ["eligibility_criterion_missing"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, voluntaryDecisionRecorded: false },
      undefined,
      ["voluntary_decision_missing"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, destinationCountry: null },
      undefined,
      ["destination_missing"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, destinationCountry: "ZZ" },
      undefined,
      ["destination_invalid"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, destinationCountry: "AF" },
      undefined,
      ["destination_unsafe"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, unsafeDestinations: ["ge"] },
      undefined,
      ["destination_unsafe"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, unsafeDestinations: undefined },
      undefined,
      ["unsafe_destinations_unavailable"],
    ],
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, unsafeDestinations: null },
      undefined,
      ["unsafe_destinations_unavailable"],
    ],
    // AVRR departure.
    [
      "avrr",
      "travel_booked",
      "departed",
      {},
      undefined,
      [
        "travel_document_missing",
        "fitness_not_recorded",
        "itinerary_missing",
        "escort_need_not_recorded",
        "destination_missing",
        "unsafe_destinations_unavailable",
        "departure_not_confirmed",
      ],
    ],
    [
      "avrr",
      "travel_booked",
      "departed",
      { ...READY, travel: { ...READY_TRAVEL, documents: [] } },
      undefined,
      ["travel_document_missing"],
    ],
    [
      "avrr",
      "travel_booked",
      "departed",
      { ...READY, travel: { ...READY_TRAVEL, departedOn: null } },
      undefined,
      ["departure_not_confirmed"],
    ],
    [
      "avrr",
      "travel_documents",
      "travel_booked",
      { ...READY, travel: { ...READY_TRAVEL, legs: [] } },
      undefined,
      ["itinerary_missing"],
    ],
    [
      "avrr",
      "travel_booked",
      "departed",
      { ...READY, unsafeDestinations: ["GE"] },
      undefined,
      ["destination_unsafe"],
    ],
    // AVRR arrival.
    ["avrr", "departed", "arrived", { ...READY, arrivalDate: null }, undefined, ["arrival_date_missing"]],
    ["avrr", "departed", "arrived", { ...READY, arrivalDate: "" }, undefined, ["arrival_date_missing"]],
    [
      "avrr",
      "departed",
      "arrived",
      { ...READY, arrivalDate: "31/01/2026" },
      undefined,
      ["arrival_date_invalid"],
    ],
    [
      "avrr",
      "departed",
      "arrived",
      { ...READY, arrivalDate: "2026-02-30" },
      undefined,
      ["arrival_date_invalid"],
    ],
    // Reasons.
    ["avrr", "application", "withdrawn", READY, undefined, ["reason_required"]],
    ["avrr", "travel_booked", "withdrawn", READY, "  \n ", ["reason_required"]],
    ["avrr", "eligibility_counselling", "not_eligible", READY, "", ["reason_required"]],
    ["avrr", "arrived", "closed", READY, undefined, ["reason_required"]],
    ["avrr", "closed", "reintegration", READY, undefined, ["reason_required"]],
    ["avrr", "withdrawn", "application", READY, undefined, ["reason_required"]],
    ["counter_trafficking", "screening", "not_a_victim", READY, undefined, ["reason_required"]],
    ["counter_trafficking", "not_a_victim", "screening", READY, " ", ["reason_required"]],
    ["social_assistance", "intake", "closed", READY, undefined, ["reason_required"]],
    ["social_assistance", "closed", "needs_assessment", READY, undefined, ["reason_required"]],
    ["labour_migration", "counselling", "closed", READY, undefined, ["reason_required"]],
    // Guards and reason together: every refusal at once.
    [
      "avrr",
      "eligibility_counselling",
      "eligible",
      { ...READY, voluntaryDecisionRecorded: false, destinationCountry: "SY" },
      undefined,
      ["voluntary_decision_missing", "destination_unsafe"],
    ],
    // Counter-trafficking closure.
    ["counter_trafficking", "durable_solution", "closed", {}, undefined, ["durable_solution_missing"]],
    [
      "counter_trafficking",
      "durable_solution",
      "closed",
      { durableSolutionKind: "settled" },
      undefined,
      ["durable_solution_missing"],
    ],
  ];

  it.each(refusals)(
    "%s: %s → %s with %j (reason %j) is refused with %j",
    (programme, from, to, facts, reason, errors) => {
      expect(checkTransition(programme, from, to, facts, { reason })).toEqual({ ok: false, errors });
    },
  );

  it("refuses the same transitions in the listing, with the same guard codes", () => {
    for (const [programme, from, to, facts, , errors] of refusals) {
      const listed = availableTransitions(programme, from, facts).find((t) => t.to === to);
      const guardErrors = errors.filter((e) => e !== "reason_required");
      if (!listed) {
        expect(guardErrors[0]).toMatch(/^(unknown_state|not_a_transition)$/);
        continue;
      }
      expect(listed.blocked).toEqual(guardErrors);
      expect(listed.allowed).toBe(guardErrors.length === 0);
    }
  });

  it("treats a stored state the programme does not know as a data fault", () => {
    expect(() => availableTransitions("avrr", "presumed_victim", READY)).toThrow(RangeError);
    expect(() => checkTransition("social_assistance", "departed", "closed", READY)).toThrow(RangeError);
  });
});
