import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_STATES, initialState, isStateOf, PROGRAMMES, TERMINAL_STATES } from "../../src/programmes";
import {
  availableTransitions,
  type CaseWorkflowFacts,
  CONTRACT_RED_FLAGS,
  checkTransition,
  DURABLE_SOLUTION_KINDS,
  ELIGIBILITY_CRITERIA,
  WORKFLOW_MESSAGE_CODES,
  WORKFLOWS,
} from "../../src/workflows";

const programme = fc.constantFrom(...PROGRAMMES);
const programmeAndState = programme.chain((p) =>
  fc.tuple(fc.constant(p), fc.constantFrom(...CASE_STATES[p])),
);
const allStates = [...new Set(PROGRAMMES.flatMap((p) => [...CASE_STATES[p]]))];
/** Any target a user might send: any programme's state, or anything at all. */
const target = fc.oneof(fc.constantFrom(...allStates), fc.string({ maxLength: 30 }));

const isoDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Facts as they may come from storage: right, wrong, missing or null. */
const facts: fc.Arbitrary<CaseWorkflowFacts> = fc.record(
  {
    eligibilityCriterion: fc.option(fc.constantFrom(...ELIGIBILITY_CRITERIA, "bogus")),
    voluntaryDecisionRecorded: fc.boolean(),
    destinationCountry: fc.option(fc.constantFrom("GE", "UA", "AF", "SY", "ZZ", "")),
    unsafeDestinations: fc.option(fc.subarray(["AF", "SY", "UA", "ge"])),
    travel: fc.option(
      fc.record({
        today: isoDate,
        documents: fc.array(
          fc.record({
            kind: fc.constantFrom("passport" as const, "emergency_travel_document" as const),
            status: fc.constantFrom("requested" as const, "issued" as const, "refused" as const),
            issuedOn: fc.option(isoDate),
            expiresOn: fc.option(isoDate),
          }),
          { maxLength: 3 },
        ),
        medicalClearance: fc.option(
          fc.constantFrom("pending" as const, "cleared" as const, "not_cleared" as const),
        ),
        escortNeeded: fc.option(fc.constantFrom("none" as const, "medical" as const, "non_medical" as const)),
        legs: fc.array(
          fc.record({
            fromAirport: fc.constantFrom("VNO", "IST", "TBS"),
            toAirport: fc.constantFrom("VNO", "IST", "TBS"),
            departsAt: isoDate.map((d) => `${d}T10:00`),
            arrivesAt: isoDate.map((d) => `${d}T14:00`),
            escort: fc.constantFrom("none" as const, "medical" as const, "non_medical" as const),
          }),
          { maxLength: 3 },
        ),
        departedOn: fc.option(isoDate),
      }),
    ),
    arrivalDate: fc.option(fc.oneof(isoDate, fc.string({ maxLength: 12 }))),
    durableSolutionKind: fc.option(fc.constantFrom(...DURABLE_SOLUTION_KINDS, "bogus")),
    contractRedFlags: fc.option(fc.subarray([...CONTRACT_RED_FLAGS])),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<CaseWorkflowFacts>;
const reason = fc.option(fc.oneof(fc.constant(""), fc.constant("  "), fc.string({ maxLength: 20 })));
const codes: ReadonlySet<string> = new Set(WORKFLOW_MESSAGE_CODES);

describe("workflow properties", () => {
  it("never lead out of the programme's states", () => {
    fc.assert(
      fc.property(programmeAndState, target, facts, reason, ([p, from], to, f, r) => {
        for (const t of availableTransitions(p, from, f)) expect(isStateOf(p, t.to)).toBe(true);
        const result = checkTransition(p, from, to, f, { reason: r });
        if (result.ok) expect(isStateOf(p, to)).toBe(true);
        else for (const e of result.errors) expect(codes.has(e)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("leave terminal states only by reopening, with a manager's approval and a reason", () => {
    fc.assert(
      fc.property(programmeAndState, target, facts, reason, ([p, from], to, f, r) => {
        if (!TERMINAL_STATES.has(from)) return;
        for (const t of availableTransitions(p, from, f)) {
          expect(t).toMatchObject({ kind: "reopen", needsApproval: true, reasonRequired: true });
        }
        const result = checkTransition(p, from, to, f, { reason: r });
        if (result.ok) expect(result).toMatchObject({ kind: "reopen", needsApproval: true });
      }),
      { numRuns: 2000 },
    );
  });

  it("agree with each other: listed as allowed exactly when the check (with a reason) passes", () => {
    fc.assert(
      fc.property(programmeAndState, facts, ([p, from], f) => {
        for (const t of availableTransitions(p, from, f)) {
          const result = checkTransition(p, from, t.to, f, { reason: "because" });
          expect(result.ok).toBe(t.allowed);
          if (!result.ok) expect(result.errors).toEqual(t.blocked);
          else expect(result.needsApproval).toBe(t.needsApproval);
          const withoutReason = checkTransition(p, from, t.to, f);
          if (t.allowed) expect(withoutReason.ok).toBe(!t.reasonRequired);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("refuse every target that is not listed", () => {
    fc.assert(
      fc.property(programmeAndState, target, facts, ([p, from], to, f) => {
        const listed = availableTransitions(p, from, f).some((t) => t.to === to);
        const result = checkTransition(p, from, to, f, { reason: "because" });
        if (!listed)
          expect(result).toEqual({
            ok: false,
            errors: [isStateOf(p, to) ? "not_a_transition" : "unknown_state"],
          });
      }),
      { numRuns: 2000 },
    );
  });

  it("create tasks only on AVRR arrival, due after the arrival date", () => {
    fc.assert(
      fc.property(programmeAndState, target, facts, ([p, from], to, f) => {
        const result = checkTransition(p, from, to, f, { reason: "because" });
        if (!result.ok || result.tasks.length === 0) return;
        expect([p, from, to]).toEqual(["avrr", "departed", "arrived"]);
        for (const task of result.tasks) expect(task.dueDate > (f.arrivalDate ?? "")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([...PROGRAMMES])(
    "%s: every state is reachable from the first, and every open state has a way on",
    (p) => {
      const transitions = WORKFLOWS[p].transitions.filter((t) => t.kind !== "reopen");
      const reached = new Set<string>([initialState(p)]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const t of transitions) {
          if (reached.has(t.from) && !reached.has(t.to)) {
            reached.add(t.to);
            grew = true;
          }
        }
      }
      expect([...reached].sort()).toEqual([...CASE_STATES[p]].sort());
      for (const state of CASE_STATES[p]) {
        expect(transitions.some((t) => t.from === state)).toBe(!TERMINAL_STATES.has(state));
      }
    },
  );

  it.each([...PROGRAMMES])("%s: every terminal state can be reopened", (p) => {
    for (const state of CASE_STATES[p].filter((s) => TERMINAL_STATES.has(s))) {
      expect(availableTransitions(p, state, {}).map((t) => t.kind)).toEqual(["reopen"]);
    }
  });
});
