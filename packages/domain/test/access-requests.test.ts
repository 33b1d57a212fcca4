import { describe, expect, it } from "vitest";
import {
  type AccessDecisionState,
  accessRequestCreateInput,
  accessRequestDecideInput,
  accessRequestState,
  accessRequestTargets,
  isDecidable,
  isWithdrawable,
} from "../src/access-requests";
import { duplicateCheckInput, duplicateNeedsCitizenship } from "../src/person";
import { type Actor, type CaseFacts, can, caseScope, inCaseScope } from "../src/policy";

const ME = "00000000-0000-4000-8000-000000000001";
const OWNER = "00000000-0000-4000-8000-000000000002";
const caseworker: Actor = {
  id: ME,
  roles: ["caseworker"],
  programmes: ["social_assistance"],
  handoverPending: false,
};
const avrrCase: CaseFacts = { programme: "avrr", restricted: false, assigneeIds: [OWNER], ownerId: OWNER };
const owner: Actor = { id: OWNER, roles: ["caseworker"], programmes: ["avrr"], handoverPending: false };
const coWorker: Actor = { ...owner, id: "00000000-0000-4000-8000-000000000003" };
const avrrManager: Actor = { id: "m", roles: ["manager"], programmes: ["avrr"], handoverPending: false };
const otherManager: Actor = { ...avrrManager, programmes: ["labour_migration"] };

describe("who decides a request for access", () => {
  const decide = (actor: Actor, facts: CaseFacts, requesterId = ME) =>
    can(actor, { kind: "access.decide", case: facts, requesterId });

  it("the case's owner, working on it, and the programme's managers", () => {
    expect(decide(owner, avrrCase)).toBe(true);
    expect(decide(avrrManager, avrrCase)).toBe(true);
  });

  it("not a co-worker, nor another programme's manager, nor the requester", () => {
    expect(decide(coWorker, { ...avrrCase, assigneeIds: [OWNER, coWorker.id] })).toBe(false);
    expect(decide(otherManager, avrrCase)).toBe(false);
    expect(decide(owner, avrrCase, OWNER)).toBe(false);
    expect(decide(avrrManager, avrrCase, avrrManager.id)).toBe(false);
  });

  it("not an owner who left the programme", () => {
    expect(decide({ ...owner, programmes: ["labour_migration"] }, avrrCase)).toBe(false);
  });

  it("on a restricted case, the programme's managers only", () => {
    const restricted = { ...avrrCase, restricted: true };
    expect(decide(owner, restricted)).toBe(false);
    expect(decide(avrrManager, restricted)).toBe(true);
  });

  it("nobody whose handover is pending", () => {
    expect(decide({ ...avrrManager, handoverPending: true }, avrrCase)).toBe(false);
  });
});

describe("a granted reader", () => {
  const granted: CaseFacts = { ...avrrCase, readerIds: [ME] };

  it("reads the case (and lists it) but changes nothing and reads no sensitive field", () => {
    expect(can(caseworker, { kind: "case.read", case: granted })).toBe(true);
    expect(can(caseworker, { kind: "case.listed", case: granted })).toBe(true);
    expect(can(caseworker, { kind: "case.update", case: granted })).toBe(false);
    expect(can(caseworker, { kind: "case.assign", case: granted })).toBe(false);
    for (const category of ["health", "trafficking", "identity_documents"] as const) {
      expect(can(caseworker, { kind: "case.field.read", case: granted, category })).toBe(false);
    }
    expect(can(caseworker, { kind: "person.update", person: { createdBy: OWNER, cases: [granted] } })).toBe(
      false,
    );
    expect(can(caseworker, { kind: "person.read", person: { createdBy: OWNER, cases: [granted] } })).toBe(
      true,
    );
  });

  it("opens a granted restricted case by its link, never from a list", () => {
    const restricted = { ...granted, restricted: true };
    expect(can(caseworker, { kind: "case.read", case: restricted })).toBe(true);
    expect(can(caseworker, { kind: "case.listed", case: restricted })).toBe(false);
  });

  it("agrees with the query scopes", () => {
    expect(inCaseScope(caseScope(caseworker, "access"), granted)).toBe(true);
    expect(inCaseScope(caseScope(caseworker, "listing"), { ...granted, restricted: true })).toBe(false);
  });

  it("loses it with the roles that work with cases, or while a handover waits", () => {
    const admin: Actor = { ...caseworker, roles: ["admin"] };
    expect(can(admin, { kind: "case.read", case: granted })).toBe(false);
    expect(can({ ...caseworker, handoverPending: true }, { kind: "case.read", case: granted })).toBe(false);
    expect(inCaseScope(caseScope(admin, "access"), granted)).toBe(false);
  });
});

describe("accessRequestTargets", () => {
  it("names the matched cases the requester may not read, restricted ones included", () => {
    const mine: CaseFacts = { programme: "social_assistance", restricted: false, assigneeIds: [ME] };
    const ct: CaseFacts = { programme: "counter_trafficking", restricted: true, assigneeIds: [OWNER] };
    expect(
      accessRequestTargets(caseworker, [
        { id: "a", facts: avrrCase },
        { id: "b", facts: mine },
        { id: "c", facts: ct },
        { id: "d", facts: { ...avrrCase, readerIds: [ME] } },
      ]),
    ).toEqual(["a", "c"]);
  });

  it("names none for someone who may not ask", () => {
    expect(
      accessRequestTargets(avrrManager, [{ id: "a", facts: { ...avrrCase, programme: "labour_migration" } }]),
    ).toEqual([]);
  });
});

describe("the state of a request", () => {
  const cases: [AccessDecisionState[], string][] = [
    [["pending"], "pending"],
    [["granted", "pending"], "pending"],
    [["granted", "refused"], "granted"],
    [["refused", "refused"], "refused"],
    [["withdrawn", "withdrawn"], "withdrawn"],
    [["refused", "withdrawn"], "refused"],
  ];
  it.each(cases)("%j is %s", (decisions, state) => {
    expect(accessRequestState(decisions)).toBe(state);
  });

  it("is decided and withdrawn only while pending", () => {
    expect(isDecidable("pending")).toBe(true);
    for (const state of ["granted", "refused", "withdrawn"] as const) expect(isDecidable(state)).toBe(false);
    expect(isWithdrawable(["granted", "pending"])).toBe(true);
    expect(isWithdrawable(["granted", "refused"])).toBe(false);
  });
});

describe("the inputs", () => {
  it("asks with a reason, never without", () => {
    const candidate = { givenName: "Amina", familyName: "Haddad", dateOfBirth: "1990-02-03" };
    expect(accessRequestCreateInput.safeParse({ candidate, reason: "  " }).success).toBe(false);
    const parsed = accessRequestCreateInput.parse({ candidate, reason: " Same passport " });
    expect(parsed.reason).toBe("Same passport");
    expect(parsed.candidate.citizenships).toEqual([]);
  });

  it("decides with an optional note", () => {
    const decisionId = "00000000-0000-4000-8000-000000000009";
    expect(accessRequestDecideInput.parse({ decisionId, version: 1, grant: true }).note).toBe("");
    expect(accessRequestDecideInput.safeParse({ decisionId, version: 0, grant: true }).success).toBe(false);
  });

  it("checks duplicates on a form filled so far, and on the whole registration", () => {
    const partial = duplicateCheckInput.parse({
      givenName: "Amina",
      familyName: "Haddad",
      dateOfBirth: "1990-02-03",
    });
    expect(duplicateNeedsCitizenship(partial)).toBe(false);
    const whole = duplicateCheckInput.parse({
      givenName: "Amina",
      familyName: "Haddad",
      dateOfBirth: "1990-02-03",
      sex: "female",
      citizenships: ["SY"],
      documents: [{ type: "passport", number: "n 123", issuingCountry: "SY" }],
    });
    expect(duplicateNeedsCitizenship(whole)).toBe(true);
    expect(whole.documents).toEqual([{ number: "N123" }]);
  });
});
