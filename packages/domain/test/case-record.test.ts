import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONSENT_CHECKLIST,
  CONSENT_PURPOSES,
  type ConsentChecklist,
  type ConsentFacts,
  checkReferralConsent,
  compareTasks,
  consentCovers,
  consentRecordInput,
  consentStatus,
  INFORMED_CONSENT_ITEMS,
  isInformed,
  isOverdue,
  isReadAction,
  noteEditInput,
  officeToday,
  partnerCreateInput,
  SERVICE_TYPES,
  SUPPORT_PLAN_TYPES,
  serviceAddInput,
  taskAddInput,
} from "../src";

const CASE = "6f1c1d4e-7a8b-4c2d-9e0f-1a2b3c4d5e6f";
const PARTNER = "0b7e2a51-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const OTHER_PARTNER = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

const FULL: ConsentChecklist = Object.fromEntries(
  CONSENT_CHECKLIST.map((item) => [item, true]),
) as ConsentChecklist;

function consent(overrides: Partial<ConsentFacts> = {}): ConsentFacts {
  return {
    id: "consent-1",
    purpose: "referral",
    partnerId: null,
    givenOn: "2026-03-01",
    withdrawnOn: null,
    checklist: FULL,
    ...overrides,
  };
}

const referral = { partnerId: PARTNER, on: "2026-03-10" };

describe("vocabularies", () => {
  it("includes every HTCDS support plan type among the service types", () => {
    expect(SUPPORT_PLAN_TYPES).toHaveLength(9);
    for (const type of SUPPORT_PLAN_TYPES) expect(SERVICE_TYPES).toContain(type);
    expect(SERVICE_TYPES).toEqual(
      expect.arrayContaining(["ticket", "reintegration_grant", "accommodation", "interpretation"]),
    );
    expect(new Set(SERVICE_TYPES).size).toBe(SERVICE_TYPES.length);
  });
});

describe("consent", () => {
  it("is informed only with every informed-consent item ticked; interview and research use are choices", () => {
    expect(isInformed(FULL)).toBe(true);
    expect(isInformed({ ...FULL, interview: false, researchUse: false })).toBe(true);
    for (const item of INFORMED_CONSENT_ITEMS) expect(isInformed({ ...FULL, [item]: false })).toBe(false);
  });

  it("has a status: valid, incomplete, or withdrawn (withdrawal wins)", () => {
    expect(consentStatus(consent())).toBe("valid");
    expect(consentStatus(consent({ checklist: { ...FULL, howToWithdraw: false } }))).toBe("incomplete");
    expect(consentStatus(consent({ withdrawnOn: "2026-03-05" }))).toBe("withdrawn");
    expect(
      consentStatus(consent({ withdrawnOn: "2026-03-05", checklist: { ...FULL, usesExplained: false } })),
    ).toBe("withdrawn");
  });

  it.each<[string, Partial<ConsentFacts>, boolean]>([
    ["a referral consent for any partner", {}, true],
    ["a referral consent for this partner", { partnerId: PARTNER }, true],
    ["a referral consent given on the day of the referral", { givenOn: "2026-03-10" }, true],
    ["a referral consent for another partner", { partnerId: OTHER_PARTNER }, false],
    ["a withdrawn referral consent", { withdrawnOn: "2026-03-09" }, false],
    ["a withdrawal dated after the referral date", { withdrawnOn: "2026-04-01" }, false],
    [
      "a consent the person was not fully informed for",
      { checklist: { ...FULL, storagePeriod: false } },
      false,
    ],
    ["a consent given after the referral date", { givenOn: "2026-03-11" }, false],
    ["a consent for the office's own assistance", { purpose: "assistance" }, false],
    ["a consent to share with authorities", { purpose: "authorities" }, false],
  ])("%s covers a referral: %s", (_, overrides, expected) => {
    expect(consentCovers(consent(overrides), referral)).toBe(expected);
  });
});

describe("checkReferralConsent (the consent rule of referrals)", () => {
  it("refuses with consent_missing when nothing is on file", () => {
    expect(checkReferralConsent([], referral)).toEqual({ allowed: false, reason: "consent_missing" });
  });

  it("refuses when the only referral consent was withdrawn, or is for another purpose", () => {
    const consents = [
      consent({ id: "withdrawn", withdrawnOn: "2026-03-02" }),
      consent({ id: "assistance", purpose: "assistance" }),
      consent({ id: "other", partnerId: OTHER_PARTNER }),
    ];
    expect(checkReferralConsent(consents, referral)).toEqual({ allowed: false, reason: "consent_missing" });
  });

  it("names the covering consent, preferring one limited to the partner, then the most recent", () => {
    const general = consent({ id: "general", givenOn: "2026-03-05" });
    const older = consent({ id: "older", givenOn: "2026-01-05" });
    const specific = consent({ id: "specific", partnerId: PARTNER, givenOn: "2026-02-01" });
    expect(checkReferralConsent([older, general], referral)).toEqual({ allowed: true, consentId: "general" });
    expect(checkReferralConsent([general, specific, older], referral)).toEqual({
      allowed: true,
      consentId: "specific",
    });
  });

  it("allows exactly when some consent on file covers the referral (property)", () => {
    const checklist = fc.record(
      Object.fromEntries(CONSENT_CHECKLIST.map((item) => [item, fc.boolean()])) as Record<
        keyof ConsentChecklist,
        fc.Arbitrary<boolean>
      >,
    );
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, "0")}`);
    const arbitraryConsent = fc.record({
      id: fc.uuid(),
      purpose: fc.constantFrom(...CONSENT_PURPOSES),
      partnerId: fc.constantFrom(null, PARTNER, OTHER_PARTNER),
      givenOn: day,
      withdrawnOn: fc.option(day, { nil: null }),
      checklist,
    });
    fc.assert(
      fc.property(fc.array(arbitraryConsent, { maxLength: 6 }), day, (consents, on) => {
        const request = { partnerId: PARTNER, on };
        const result = checkReferralConsent(consents, request);
        expect(result.allowed).toBe(consents.some((c) => consentCovers(c, request)));
        if (result.allowed) {
          const chosen = consents.find((c) => c.id === result.consentId);
          expect(chosen && consentCovers(chosen, request)).toBe(true);
        }
      }),
    );
  });
});

describe("tasks", () => {
  const today = "2026-05-20";

  it("are overdue only when open and due before today", () => {
    expect(isOverdue({ dueDate: "2026-05-19", done: false }, today)).toBe(true);
    expect(isOverdue({ dueDate: "2026-05-20", done: false }, today)).toBe(false);
    expect(isOverdue({ dueDate: "2026-05-19", done: true }, today)).toBe(false);
    expect(isOverdue({ dueDate: null, done: false }, today)).toBe(false);
  });

  it("sort open before done, overdue first, then by due date, undated last", () => {
    const at = (n: number) => new Date(Date.UTC(2026, 0, n));
    const tasks = [
      { name: "done overdue", dueDate: "2026-01-01", done: true, createdAt: at(1) },
      { name: "undated", dueDate: null, done: false, createdAt: at(2) },
      { name: "due later", dueDate: "2026-06-30", done: false, createdAt: at(3) },
      { name: "due today", dueDate: "2026-05-20", done: false, createdAt: at(4) },
      { name: "overdue recent", dueDate: "2026-05-10", done: false, createdAt: at(5) },
      { name: "overdue old", dueDate: "2026-04-01", done: false, createdAt: at(6) },
      { name: "due later, older", dueDate: "2026-06-30", done: false, createdAt: at(0) },
    ];
    expect([...tasks].sort((a, b) => compareTasks(a, b, today)).map((t) => t.name)).toEqual([
      "overdue old",
      "overdue recent",
      "due today",
      "due later, older",
      "due later",
      "undated",
      "done overdue",
    ]);
  });

  it("count days in the office's time zone (Vilnius), not UTC", () => {
    // 22:30 UTC on 31 December is already 1 January in Vilnius (UTC+2 in winter).
    expect(officeToday(new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01");
    expect(officeToday(new Date("2026-12-31T21:30:00Z"))).toBe("2026-12-31");
    // Summer time: UTC+3.
    expect(officeToday(new Date("2026-07-14T21:00:00Z"))).toBe("2026-07-15");
  });
});

describe("input schemas", () => {
  const service = {
    caseId: CASE,
    type: "Health",
    provider: "Vilnius clinic",
    deliveredOn: "2026-01-15",
    quantity: 2,
    cost: "120,50",
    currency: "EUR",
  };

  it("store an amount written with a comma with a point, and keep the note empty by default", () => {
    const parsed = serviceAddInput.parse(service);
    expect(parsed).toMatchObject({ cost: "120.50", currency: "EUR", note: "" });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a cost without currency", { currency: null }, "currency", "required"],
    ["a currency without cost", { cost: null }, "cost", "required"],
    ["three decimals", { cost: "1.505" }, "cost", "invalid_amount"],
    ["a negative cost", { cost: "-5" }, "cost", "invalid_amount"],
    ["no quantity", { quantity: 0 }, "quantity", "invalid_quantity"],
    ["a fractional quantity", { quantity: 1.5 }, "quantity", "invalid_quantity"],
    ["a delivery in the future", { deliveredOn: "2999-01-01" }, "deliveredOn", "in_future"],
    ["an impossible date", { deliveredOn: "2026-02-30" }, "deliveredOn", "invalid_date"],
    ["an empty provider", { provider: "  " }, "provider", "required"],
  ])("refuse a service with %s", (_, change, field, code) => {
    const result = serviceAddInput.safeParse({ ...service, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(code);
  });

  it("accept a service without cost", () => {
    expect(serviceAddInput.safeParse({ ...service, cost: null, currency: null }).success).toBe(true);
  });

  it("limit a consent to a partner only for referrals", () => {
    const base = { caseId: CASE, purpose: "referral", givenOn: "2026-01-10", checklist: FULL };
    expect(consentRecordInput.parse({ ...base, partnerId: PARTNER })).toMatchObject({
      partnerId: PARTNER,
      note: "",
    });
    expect(consentRecordInput.parse(base).partnerId).toBeNull();
    const wrong = consentRecordInput.safeParse({ ...base, purpose: "authorities", partnerId: PARTNER });
    expect(wrong.error?.issues[0]).toMatchObject({ path: ["partnerId"], message: "invalid" });
  });

  it("trim notes and task titles, and refuse them empty", () => {
    expect(
      noteEditInput.parse({ caseId: CASE, noteId: PARTNER, version: 1, content: "  Called.  " }).content,
    ).toBe("Called.");
    expect(noteEditInput.safeParse({ caseId: CASE, noteId: PARTNER, version: 0, content: "x" }).success).toBe(
      false,
    );
    expect(
      taskAddInput.safeParse({ caseId: CASE, title: " ", dueDate: null }).error?.issues[0]?.message,
    ).toBe("required");
    expect(taskAddInput.safeParse({ caseId: CASE, title: "Call", dueDate: "2026-13-01" }).success).toBe(
      false,
    );
  });

  it("refuse a partner with the same service twice", () => {
    const result = partnerCreateInput.safeParse({
      name: "Caritas",
      kind: "ngo",
      services: ["Legal", "Legal"],
    });
    expect(result.error?.issues[0]?.message).toBe("duplicate");
  });
});

describe("isReadAction", () => {
  it("tells reads from changes", () => {
    for (const action of [
      "case.read",
      "case.timeline",
      "case.workflow.get",
      "document.read",
      "person.read",
    ]) {
      expect(isReadAction(action)).toBe(true);
    }
    for (const action of [
      "case.note.add",
      "case.team.assign",
      "case.sensitive.set",
      "case.referral.create",
    ]) {
      expect(isReadAction(action)).toBe(false);
    }
  });
});
