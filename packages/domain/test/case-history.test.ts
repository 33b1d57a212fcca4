import { describe, expect, it } from "vitest";
import {
  type Actor,
  type CaseFacts,
  caseTimelineInput,
  changedFields,
  isReadAction,
  mayReadHistoryValues,
  TIMELINE_KINDS,
  timelineKindOf,
} from "../src";

const ME = "00000000-0000-4000-8000-000000000001";
const OTHER = "00000000-0000-4000-8000-000000000002";
const caseworker: Actor = { id: ME, roles: ["caseworker"], programmes: ["avrr"], handoverPending: false };
const manager: Actor = { id: OTHER, roles: ["manager"], programmes: ["avrr"], handoverPending: false };
const mine: CaseFacts = { programme: "avrr", restricted: false, assigneeIds: [ME] };

describe("changedFields", () => {
  it("lists only the fields whose value changed, with the value before and after", () => {
    expect(
      changedFields(
        { provider: "IOM", quantity: 1, note: "", cost: null },
        { provider: "Caritas", quantity: 1, note: "", cost: "12.50" },
      ),
    ).toEqual([
      { field: "provider", oldValue: "IOM", newValue: "Caritas" },
      { field: "cost", oldValue: null, newValue: "12.50" },
    ]);
  });

  it("compares lists element by element and treats a missing old value as null", () => {
    expect(changedFields({ phones: ["+370600"] }, { phones: ["+370600"] })).toEqual([]);
    expect(changedFields({}, { categories: ["disability"] })).toEqual([
      { field: "categories", oldValue: null, newValue: ["disability"] },
    ]);
  });

  it("leaves out the fields not written (undefined)", () => {
    expect(changedFields({ a: 1 }, { a: undefined, b: 2 })).toEqual([
      { field: "b", oldValue: null, newValue: 2 },
    ]);
  });
});

describe("mayReadHistoryValues", () => {
  it("shows values of ordinary fields to whoever may read the record", () => {
    expect(mayReadHistoryValues(manager, { kind: "case", case: mine, category: null })).toBe(true);
  });

  it("shows sensitive old values only to those the sensitive policy lets read the field", () => {
    expect(mayReadHistoryValues(caseworker, { kind: "case", case: mine, category: "health" })).toBe(true);
    // A manager of the programme may read the case, but not its health note.
    expect(mayReadHistoryValues(manager, { kind: "case", case: mine, category: "health" })).toBe(false);
    expect(
      mayReadHistoryValues(caseworker, {
        kind: "person",
        person: { createdBy: OTHER, cases: [{ ...mine, assigneeIds: [OTHER] }] },
        category: "identity_documents",
      }),
    ).toBe(false);
  });
});

describe("timeline kinds", () => {
  it("gives every action a kind, older names included", () => {
    expect(timelineKindOf("case.workflow.transition")).toBe("workflow");
    expect(timelineKindOf("case.transition")).toBe("workflow");
    expect(timelineKindOf("case.note.add")).toBe("notes");
    expect(timelineKindOf("case.sensitive.set")).toBe("sensitive");
    expect(timelineKindOf("case.field.write")).toBe("sensitive");
    expect(timelineKindOf("case.task.setDone")).toBe("tasks");
    expect(timelineKindOf("document.read")).toBe("documents");
    expect(timelineKindOf("case.service.edit")).toBe("services");
    expect(timelineKindOf("case.referral.create")).toBe("referrals");
    expect(timelineKindOf("case.consent.withdraw")).toBe("consents");
    expect(timelineKindOf("case.team.assign")).toBe("team");
    expect(timelineKindOf("approvals.bulkReassign")).toBe("team");
    expect(timelineKindOf("case.restriction.set")).toBe("access");
    expect(timelineKindOf("case.read")).toBe("access");
    expect(timelineKindOf("identification.save")).toBe("screening");
    expect(timelineKindOf("something.new")).toBe("other");
  });

  it("counts the reads as reads, whatever their kind", () => {
    for (const action of [
      "case.read",
      "case.timeline",
      "case.history",
      "case.workflow.get",
      "document.read",
    ]) {
      expect(isReadAction(action)).toBe(true);
    }
    expect(isReadAction("case.workflow.transition")).toBe(false);
  });

  it("takes a kind filter on the timeline and refuses an unknown one", () => {
    const caseId = ME;
    expect(caseTimelineInput.parse({ caseId, kind: "tasks" }).kind).toBe("tasks");
    expect(caseTimelineInput.safeParse({ caseId, kind: "secrets" }).success).toBe(false);
    expect(TIMELINE_KINDS).toContain("other");
  });
});
