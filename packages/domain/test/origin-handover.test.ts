import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildHandoverPackage,
  CONSENT_CHECKLIST,
  type ConsentChecklist,
  type ConsentFacts,
  can,
  canonicalJson,
  checkHandoverConsent,
  checkHandoverDocuments,
  formatFingerprint,
  HANDOVER_PERSON_FIELDS,
  HANDOVER_WITHHELD,
  type HandoverPackageInput,
  handoverConsents,
  handoverCreateInput,
  handoverSignedMessage,
  referralsSection,
  SENSITIVE_CATEGORIES,
  servicesSection,
} from "../src";

const FULL = Object.fromEntries(CONSENT_CHECKLIST.map((i) => [i, true])) as ConsentChecklist;

const consent = (over: Partial<ConsentFacts> = {}): ConsentFacts => ({
  id: "c1",
  purpose: "origin_office",
  partnerId: null,
  givenOn: "2026-03-01",
  withdrawnOn: null,
  checklist: FULL,
  ...over,
});

describe("the handover consent gate", () => {
  it("allows a valid consent to sharing with the office in the country of origin", () => {
    expect(checkHandoverConsent([consent()], "c1", "2026-03-02")).toEqual({ allowed: true, consentId: "c1" });
    expect(checkHandoverConsent([consent()], "c1", "2026-03-01").allowed).toBe(true);
  });

  it("refuses a withdrawn consent, whatever else it says", () => {
    expect(checkHandoverConsent([consent({ withdrawnOn: "2026-03-05" })], "c1", "2026-03-02")).toEqual({
      allowed: false,
      reason: "consent_withdrawn",
    });
  });

  it("refuses a missing consent, another purpose, an uninformed one and one given after the day", () => {
    expect(checkHandoverConsent([], "c1", "2026-03-02")).toMatchObject({ reason: "consent_missing" });
    expect(checkHandoverConsent([consent({ purpose: "referral" })], "c1", "2026-03-02")).toMatchObject({
      reason: "consent_wrong_purpose",
    });
    expect(
      checkHandoverConsent([consent({ checklist: { ...FULL, howToWithdraw: false } })], "c1", "2026-03-02"),
    ).toMatchObject({ reason: "consent_incomplete" });
    expect(checkHandoverConsent([consent()], "c1", "2026-02-28")).toMatchObject({
      reason: "consent_after_handover",
    });
  });

  it("never allows a consent that is withdrawn or of another purpose (any facts)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("assistance", "referral", "authorities", "origin_office"),
        fc.option(fc.constant("2026-03-03"), { nil: null }),
        fc.record(Object.fromEntries(CONSENT_CHECKLIST.map((i) => [i, fc.boolean()]))),
        (purpose, withdrawnOn, checklist) => {
          const c = consent({ purpose, withdrawnOn, checklist: checklist as ConsentChecklist });
          const result = checkHandoverConsent([c], "c1", "2026-04-01");
          if (withdrawnOn !== null || purpose !== "origin_office") expect(result.allowed).toBe(false);
        },
      ),
    );
  });

  it("offers only valid consents of the purpose, newest first", () => {
    const offered = handoverConsents([
      consent({ id: "old", givenOn: "2026-01-01" }),
      consent({ id: "new", givenOn: "2026-02-01" }),
      consent({ id: "gone", withdrawnOn: "2026-02-02" }),
      consent({ id: "ref", purpose: "referral" }),
    ]);
    expect(offered.map((c) => c.id)).toEqual(["new", "old"]);
  });
});

describe("the documents of a package", () => {
  const docs = [
    { id: "a", category: "travel" as const, current: true, readable: true },
    { id: "old", category: "travel" as const, current: false, readable: true },
    { id: "med", category: "medical" as const, current: true, readable: false },
  ];
  it("takes current documents of the case the actor reads, each once", () => {
    expect(checkHandoverDocuments(["a"], docs)).toEqual({ allowed: true, documentIds: ["a"] });
    expect(checkHandoverDocuments([], docs)).toEqual({ allowed: true, documentIds: [] });
    expect(checkHandoverDocuments(["old"], docs)).toMatchObject({ reason: "document_unknown" });
    expect(checkHandoverDocuments(["elsewhere"], docs)).toMatchObject({ reason: "document_unknown" });
    expect(checkHandoverDocuments(["med"], docs)).toMatchObject({ reason: "document_withheld" });
    expect(checkHandoverDocuments(["a", "a"], docs)).toMatchObject({ reason: "document_duplicate" });
  });
});

const input = (over: Partial<HandoverPackageInput> = {}): HandoverPackageInput => ({
  handoverId: "h1",
  createdAt: "2026-03-02T10:00:00.000Z",
  handedOverOn: "2026-03-02",
  office: { name: "Tbilisi office", country: "GE", contact: "tbilisi@example.org" },
  sendingOffice: "Vilnius",
  handedOverBy: "Case Worker",
  consent: { id: "c1", givenOn: "2026-03-01" },
  case: { reference: "AVRR-2026-0001", programme: "avrr", state: "departed", openedOn: "2026-01-10" },
  person: {
    givenName: "Nino",
    familyName: "Beridze",
    dateOfBirth: "1990-01-01",
    estimatedAge: null,
    sex: "female",
    citizenships: ["GE"],
    languages: ["ka"],
    phones: ["+37060000000"],
    addressStreet: "Gedimino pr. 1",
    health: "Diabetes",
  },
  sections: [],
  documents: [],
  ...over,
});

describe("the package's content", () => {
  it("carries the person's allow-listed fields only: contact details and anything else stay behind", () => {
    const pkg = buildHandoverPackage(input());
    expect(Object.keys(pkg.person).sort()).toEqual([...HANDOVER_PERSON_FIELDS].sort());
    expect(pkg.person).toMatchObject({ givenName: "Nino", familyName: "Beridze", citizenships: ["GE"] });
    const text = canonicalJson(pkg);
    expect(text).not.toContain("+37060000000");
    expect(text).not.toContain("Gedimino");
    expect(text).not.toContain("Diabetes");
  });

  it("names every sensitive field and internal part as withheld, always, and never its content", () => {
    const pkg = buildHandoverPackage(input());
    expect(pkg.withheld).toEqual([...HANDOVER_WITHHELD]);
    for (const category of SENSITIVE_CATEGORIES) expect(pkg.withheld).toContain(category);
  });

  it("keeps the sections with content in order, and refuses two with one key", () => {
    const services = servicesSection([
      {
        type: "ticket",
        provider: "Airline",
        deliveredOn: "2026-02-01",
        quantity: 1,
        cost: "300.00",
        currency: "EUR",
        note: "the person mentioned her illness",
      },
    ]);
    const pkg = buildHandoverPackage(input({ sections: [null, services, referralsSection([])] }));
    expect(pkg.sections.map((s) => s.key)).toEqual(["services"]);
    expect(canonicalJson(pkg)).not.toContain("illness");
    expect(() => buildHandoverPackage(input({ sections: [services, services] }))).toThrow(/repeat/);
  });

  it("shares a referral's partner, purpose and status, not the reason written for the partner", () => {
    const section = referralsSection([
      {
        partnerName: "Legal aid",
        serviceType: "Legal",
        status: "accepted",
        referredOn: "2026-02-03",
        reason: "trafficking case",
      },
    ]);
    expect(JSON.stringify(section)).toContain("Legal aid");
    expect(JSON.stringify(section)).not.toContain("trafficking case");
  });
});

describe("what the signature covers", () => {
  it("canonical JSON does not depend on key order and survives a round trip", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: null }] })).toBe('{"a":[1,{"c":null,"d":2}],"b":1}');
  });

  it("signs both digests with the format, and refuses something that is not a digest", () => {
    const d = "a".repeat(64);
    expect(handoverSignedMessage(d, "b".repeat(64))).toBe(
      `kelias-handover/1\npdf-sha256:${d}\npackage-sha256:${"b".repeat(64)}\n`,
    );
    expect(() => handoverSignedMessage("xyz", d)).toThrow();
    expect(formatFingerprint("abcdef012345")).toBe("abcd ef01 2345");
  });
});

describe("who hands over, and the form", () => {
  const me = {
    id: "me",
    roles: ["caseworker" as const],
    programmes: ["avrr" as const],
    handoverPending: false,
  };
  it("the people working on an AVRR case hand it over; nobody hands over another programme's case", () => {
    const avrr = { programme: "avrr" as const, restricted: false, assigneeIds: ["me"] };
    expect(can(me, { kind: "case.handover", case: avrr })).toBe(true);
    expect(can(me, { kind: "case.handover", case: { ...avrr, assigneeIds: ["other"] } })).toBe(false);
    const ct = { programme: "counter_trafficking" as const, restricted: true, assigneeIds: ["me"] };
    expect(can({ ...me, programmes: ["counter_trafficking"] }, { kind: "case.handover", case: ct })).toBe(
      false,
    );
  });

  it("needs an office, a known country and a consent", () => {
    const base = {
      caseId: "00000000-0000-4000-8000-000000000001",
      officeName: "Tbilisi office",
      officeCountry: "GE",
      handedOverOn: "2026-03-02",
      consentId: "00000000-0000-4000-8000-000000000002",
    };
    expect(handoverCreateInput.safeParse(base).success).toBe(true);
    expect(handoverCreateInput.safeParse({ ...base, officeName: " " }).success).toBe(false);
    expect(handoverCreateInput.safeParse({ ...base, officeCountry: "ZZ" }).success).toBe(false);
    expect(handoverCreateInput.safeParse({ ...base, consentId: undefined }).success).toBe(false);
  });
});
