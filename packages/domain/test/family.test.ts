import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkFamilyMembers,
  checkMemberRemoval,
  type FamilyMemberDraft,
  type FamilyMemberState,
  familyCreateInput,
  familySteps,
  familyStepsFrom,
  familyTransitionInput,
  planFamilyTransition,
} from "../src/family";
import { CASE_STATES, PROGRAMMES } from "../src/programmes";
import { type CaseWorkflowFacts, checkTransition, WORKFLOWS } from "../src/workflows";
import { READY, READY_TRAVEL } from "./workflows/fixtures";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const draft = (n: number, relationship: FamilyMemberDraft["relationship"], programme = "avrr" as const) => ({
  caseId: id(n),
  programme,
  relationship,
});

describe("family members", () => {
  it("make a family: two or more distinct cases of one programme, one head", () => {
    expect(checkFamilyMembers([draft(1, "head"), draft(2, "child")])).toEqual([]);
    expect(checkFamilyMembers([draft(1, "head")])).toEqual(["family_too_small"]);
    expect(checkFamilyMembers([draft(1, "spouse"), draft(2, "child")])).toEqual(["family_one_head"]);
    expect(checkFamilyMembers([draft(1, "head"), draft(2, "head")])).toEqual(["family_one_head"]);
    expect(checkFamilyMembers([draft(1, "head"), draft(1, "child")])).toEqual(["family_duplicate_member"]);
    expect(
      checkFamilyMembers([draft(1, "head"), { ...draft(2, "child"), programme: "social_assistance" }]),
    ).toEqual(["family_mixed_programmes"]);
    // A member added to an existing family must be in its programme.
    expect(checkFamilyMembers([draft(1, "head"), draft(2, "child")], "social_assistance")).toEqual([
      "family_mixed_programmes",
    ]);
    expect(
      checkFamilyMembers(Array.from({ length: 21 }, (_, i) => draft(i, i === 0 ? "head" : "child"))),
    ).toEqual(["family_too_large"]);
  });

  it("leave it unless they are the head or the last but one", () => {
    const three = [draft(1, "head"), draft(2, "spouse"), draft(3, "child")];
    expect(checkMemberRemoval(three, id(3))).toEqual([]);
    expect(checkMemberRemoval(three, id(1))).toEqual(["family_head_removed"]);
    expect(checkMemberRemoval(three, id(9))).toEqual(["family_not_member"]);
    expect(checkMemberRemoval(three.slice(0, 2), id(2))).toEqual(["family_too_small"]);
  });
});

describe("family steps", () => {
  it("are data of the AVRR workflow: eligibility, travel booked, departure", () => {
    expect(familySteps("avrr")).toEqual([
      { from: "eligibility_counselling", to: "eligible" },
      { from: "travel_documents", to: "travel_booked" },
      { from: "travel_booked", to: "departed" },
    ]);
    expect(familyStepsFrom("avrr", "travel_booked")).toEqual([{ from: "travel_booked", to: "departed" }]);
    expect(familyStepsFrom("avrr", "application")).toEqual([]);
  });

  it("are each a transition of their workflow", () => {
    for (const programme of PROGRAMMES) {
      for (const step of familySteps(programme)) {
        expect(WORKFLOWS[programme].transitions.some((t) => t.from === step.from && t.to === step.to)).toBe(
          true,
        );
      }
    }
  });
});

const member = (n: number, state: string, facts: CaseWorkflowFacts = READY): FamilyMemberState => ({
  caseId: id(n),
  state,
  facts,
  approvalPending: false,
});

describe("planFamilyTransition", () => {
  it("moves every member when each passes their own guards", () => {
    const plan = planFamilyTransition(
      "avrr",
      [member(1, "travel_booked"), member(2, "travel_booked")],
      "departed",
    );
    expect(plan).toEqual({
      ok: true,
      kind: "advance",
      needsApproval: false,
      moves: [
        { caseId: id(1), from: "travel_booked", tasks: [], suggestions: [] },
        { caseId: id(2), from: "travel_booked", tasks: [], suggestions: [] },
      ],
    });
  });

  it("moves nobody when one member lacks their own travel documents, and names them", () => {
    const child = member(2, "travel_booked", {
      ...READY,
      travel: null,
    });
    expect(planFamilyTransition("avrr", [member(1, "travel_booked"), child], "departed")).toEqual({
      ok: false,
      refusals: [
        {
          caseId: id(2),
          errors: [
            "travel_document_missing",
            "fitness_not_recorded",
            "itinerary_missing",
            "escort_need_not_recorded",
            "departure_not_confirmed",
          ],
        },
      ],
    });
  });

  it("asks an approval for every member of an eligibility step, unless one waits already", () => {
    const both = [member(1, "eligibility_counselling"), member(2, "eligibility_counselling")];
    expect(planFamilyTransition("avrr", both, "eligible")).toMatchObject({ ok: true, needsApproval: true });
    const waiting = [
      both[0] as FamilyMemberState,
      { ...(both[1] as FamilyMemberState), approvalPending: true },
    ];
    expect(planFamilyTransition("avrr", waiting, "eligible")).toEqual({
      ok: false,
      refusals: [{ caseId: id(2), errors: ["approval_pending"] }],
    });
  });

  it("takes only family steps, from where each member stands", () => {
    // Withdrawal is each person's own decision: never a family step.
    expect(
      planFamilyTransition("avrr", [member(1, "application"), member(2, "application")], "withdrawn", {
        reason: "r",
      }),
    ).toMatchObject({
      ok: false,
      refusals: [{ errors: ["not_a_family_step"] }, { errors: ["not_a_family_step"] }],
    });
    // One member still behind the others.
    expect(
      planFamilyTransition("avrr", [member(1, "travel_booked"), member(2, "eligible")], "departed"),
    ).toEqual({
      ok: false,
      refusals: [{ caseId: id(2), errors: ["not_a_family_step"] }],
    });
    expect(planFamilyTransition("avrr", [member(1, "travel_booked")], "nowhere")).toEqual({
      ok: false,
      refusals: [{ caseId: id(1), errors: ["unknown_state"] }],
    });
    expect(planFamilyTransition("avrr", [], "departed")).toEqual({ ok: false, refusals: [] });
  });

  /** Facts under which each AVRR guard passes or fails on its own. */
  const memberFacts: fc.Arbitrary<CaseWorkflowFacts> = fc.record({
    eligibilityCriterion: fc.constantFrom(READY.eligibilityCriterion, null),
    voluntaryDecisionRecorded: fc.boolean(),
    destinationCountry: fc.constantFrom("GE", "AF", null),
    unsafeDestinations: fc.constantFrom(["AF"], null),
    travel: fc.constantFrom(READY_TRAVEL, null),
  });
  const step = fc.constantFrom(...familySteps("avrr"));
  const members = fc.array(
    fc.record({ facts: memberFacts, approvalPending: fc.boolean(), behind: fc.boolean() }),
    { minLength: 1, maxLength: 6 },
  );

  it("is all or nothing: everyone moves exactly when each member alone may move", () => {
    fc.assert(
      fc.property(step, members, (s, drawn) => {
        const family = drawn.map((d, i) => ({
          caseId: id(i),
          // A member "behind" stands one state earlier than the family step starts from.
          state: d.behind
            ? (CASE_STATES.avrr[(CASE_STATES.avrr as readonly string[]).indexOf(s.from) - 1] ?? "application")
            : s.from,
          facts: d.facts,
          approvalPending: d.approvalPending,
        }));
        const alone = family.map((m) => {
          if (m.state !== s.from) return false;
          const check = checkTransition("avrr", m.state, s.to, m.facts);
          return check.ok && !(check.needsApproval && m.approvalPending);
        });
        const plan = planFamilyTransition("avrr", family, s.to);
        expect(plan.ok).toBe(alone.every(Boolean));
        if (plan.ok) {
          expect(plan.moves.map((m) => m.caseId)).toEqual(family.map((m) => m.caseId));
        } else {
          // The refusal names exactly the members who may not move, each with a reason.
          expect(plan.refusals.map((r) => r.caseId)).toEqual(
            family.filter((_, i) => !alone[i]).map((m) => m.caseId),
          );
          for (const refusal of plan.refusals) expect(refusal.errors.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("family inputs", () => {
  it("refuse fewer than two members and unknown relationships", () => {
    expect(familyCreateInput.safeParse({ members: [{ caseId: id(1), relationship: "head" }] }).success).toBe(
      false,
    );
    expect(
      familyCreateInput.safeParse({
        members: [
          { caseId: id(1), relationship: "head" },
          { caseId: id(2), relationship: "cousin" },
        ],
      }).success,
    ).toBe(false);
    expect(
      familyTransitionInput.parse({
        familyId: id(1),
        version: 1,
        to: "departed",
        members: [{ caseId: id(2), version: 3 }],
      }),
    ).toMatchObject({ reason: "" });
  });
});
