import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { todayIso } from "../src/age";
import {
  approximateBirthDate,
  birthWindow,
  formatPhone,
  GENDERS,
  HOUSEHOLD_RELATIONSHIPS,
  inverseRelationship,
  isLanguageCode,
  isLatinScript,
  LANGUAGE_CODES,
  normaliseDocumentNumber,
  normaliseName,
  normalisePostalCode,
  personCreateInput,
  personDocumentsFor,
  personUpdateInput,
  toE164,
} from "../src/person";
import { type Actor, type CaseFacts, can, type PersonFacts } from "../src/policy";
import { VALID_PERSON } from "./support/person";
import { problems as problemsOf } from "./support/problems";

const valid = VALID_PERSON;
const problems = (input: unknown, schema: z.ZodType = personCreateInput) => problemsOf(schema, input);

const parse = (patch: Record<string, unknown>) => personCreateInput.parse({ ...valid, ...patch });

describe("names and transliteration", () => {
  it("normalises names: NFC, trimmed, one space between words", () => {
    // "e" + combining acute accent becomes the single character "é".
    expect(normaliseName("  Ren\u0065\u0301e   Marie\t ")).toBe("Ren\u00e9e Marie");
    expect(parse({ givenName: " Ana  Maria ", familyName: "Pérez\u00a0 López" })).toMatchObject({
      givenName: "Ana Maria",
      familyName: "Pérez López",
    });
  });

  it.each([
    ["Olena", true],
    ["Testaitė", true],
    ["Łukasz Żółć", true],
    ["O'Brien-Smith", true],
    ["Олена", false],
    ["محمد", false],
    ["Olena Коваленко", false],
  ])("isLatinScript(%j) is %s", (value, expected) => {
    expect(isLatinScript(value)).toBe(expected);
  });

  it("requires a Latin transliteration for a name part in another script, and only for that part", () => {
    expect(problems({ ...valid, givenName: "Олена", familyName: "Коваленко" })).toEqual([
      "givenNameLatin: latin_required",
      "familyNameLatin: latin_required",
    ]);
    expect(problems({ ...valid, familyName: "Коваленко", familyNameLatin: "Kovalenko" })).toEqual([]);
  });

  it("refuses a transliteration that is not in Latin letters", () => {
    expect(problems({ ...valid, givenName: "Олена", givenNameLatin: "Олена" })).toEqual([
      "givenNameLatin: not_latin",
    ]);
  });

  it("stores a blank transliteration as none, and normalises a given one", () => {
    expect(parse({ givenNameLatin: "   ", familyNameLatin: "" })).toMatchObject({
      givenNameLatin: null,
      familyNameLatin: null,
    });
    expect(parse({ givenName: "Олена", givenNameLatin: "  Olena  " }).givenNameLatin).toBe("Olena");
  });
});

describe("gender, languages", () => {
  it("uses the HTCDS gender vocabulary, not specified by default", () => {
    expect(GENDERS).toEqual([
      "Feminine",
      "Masculine",
      "TransgenderFeminine",
      "TransgenderMasculine",
      "NonConforming",
      "NonSpecifiedUnknown",
    ]);
    expect(parse({}).gender).toBe("NonSpecifiedUnknown");
    expect(parse({ gender: "NonConforming" }).gender).toBe("NonConforming");
    expect(problems({ ...valid, gender: "female" })).toHaveLength(1);
  });

  it("accepts ISO 639 codes, each once", () => {
    expect(parse({ languages: ["uk", "ru", "prs"] }).languages).toEqual(["uk", "ru", "prs"]);
    expect(problems({ ...valid, languages: ["uk", "uk"] })).toEqual(["languages: duplicate"]);
    expect(problems({ ...valid, languages: ["ukr"] })[0]).toMatch(/^languages\.0: /);
    expect(problems({ ...valid, languages: ["UK"] })[0]).toMatch(/^languages\.0: /);
  });

  it("has unique, lower-case codes that the platform can name", () => {
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
    for (const code of LANGUAGE_CODES) {
      expect(code).toMatch(/^[a-z]{2,3}$/);
      expect(isLanguageCode(code)).toBe(true);
    }
    expect(names.of("lt")).toBe("Lithuanian");
    expect(isLanguageCode("xx")).toBe(false);
  });
});

describe("phones", () => {
  it.each([
    ["+370 612 34567", "+37061234567"],
    ["+37061234567", "+37061234567"],
    ["8 612 34567", "+37061234567"],
    ["612 34567", "+37061234567"],
    ["+380 44 123 4567", "+380441234567"],
    ["+44 20 7946 0958", "+442079460958"],
    ["  (+370) 5 212 3456 ", "+37052123456"],
  ])("reads %j as E.164 %s", (typed, e164) => {
    expect(toE164(typed)).toBe(e164);
    expect(parse({ phones: [typed] }).phones).toEqual([e164]);
  });

  it.each([["12"], ["+370 612"], ["+999 1234567"], ["+370 612 345678901"], ["phone"], ["+3706123456a"]])(
    "refuses %j as invalid_phone",
    (typed) => {
      expect(toE164(typed)).toBeNull();
      expect(problems({ ...valid, phones: [typed] })).toEqual(["phones.0: invalid_phone"]);
    },
  );

  it("refuses a blank phone row and the same number written twice", () => {
    expect(problems({ ...valid, phones: [" "] })).toEqual(["phones.0: required"]);
    expect(problems({ ...valid, phones: ["+370 612 34567", "861234567"] })).toEqual(["phones: duplicate"]);
  });

  it("allows at most five", () => {
    const phones = ["+37061234561", "+37061234562", "+37061234563", "+37061234564", "+37061234565"];
    expect(problems({ ...valid, phones })).toEqual([]);
    expect(problems({ ...valid, phones: [...phones, "+37061234566"] })).toEqual(["phones: too_many"]);
  });

  it("formats an E.164 number for reading", () => {
    expect(formatPhone("+37061234567")).toBe("+370 612 34567");
    expect(formatPhone("not a number")).toBe("not a number");
  });
});

describe("identity documents", () => {
  const passport = { type: "passport", number: "fa 123-456", issuingCountry: "UA", expiresOn: "2031-05-01" };

  it("normalises numbers: upper case, without spaces or separators", () => {
    expect(normaliseDocumentNumber(" ab 12.34/56-7 ")).toBe("AB1234567");
    expect(parse({ documents: [passport] }).documents).toEqual([{ ...passport, number: "FA123456" }]);
  });

  it("takes a blank expiry as none", () => {
    expect(parse({ documents: [{ ...passport, expiresOn: " " }] }).documents[0]?.expiresOn).toBeNull();
    expect(parse({ documents: [{ ...passport, expiresOn: null }] }).documents[0]?.expiresOn).toBeNull();
  });

  it.each([
    ["an empty number", { number: " - " }, "documents.0.number: required"],
    ["a number with other characters", { number: "AB#12" }, "documents.0.number: invalid_document_number"],
    ["a number over 40 characters", { number: "A".repeat(41) }, "documents.0.number: too_long"],
    ["an impossible expiry", { expiresOn: "2031-02-30" }, "documents.0.expiresOn: invalid_date"],
  ])("refuses %s", (_, patch, expected) => {
    expect(problems({ ...valid, documents: [{ ...passport, ...patch }] })).toEqual([expected]);
  });

  it("refuses an unknown type or issuing country", () => {
    expect(problems({ ...valid, documents: [{ ...passport, type: "visa" }] })[0]).toMatch(
      /^documents\.0\.type: /,
    );
    expect(problems({ ...valid, documents: [{ ...passport, issuingCountry: "ZZ" }] })[0]).toMatch(
      /^documents\.0\.issuingCountry: /,
    );
  });

  it("refuses the same document twice, even written differently", () => {
    expect(problems({ ...valid, documents: [passport, { ...passport, number: "FA123456" }] })).toEqual([
      "documents: duplicate",
    ]);
    // The same number from another country is another document.
    expect(problems({ ...valid, documents: [passport, { ...passport, issuingCountry: "PL" }] })).toEqual([]);
  });
});

describe("address in Lithuania", () => {
  it("normalises postal codes to LT-12345", () => {
    expect(normalisePostalCode("01100")).toBe("LT-01100");
    expect(normalisePostalCode("lt 01100")).toBe("LT-01100");
    expect(normalisePostalCode("LT-01100")).toBe("LT-01100");
    expect(normalisePostalCode("0110")).toBe("0110");
  });

  it("stores an address with street and city, the postal code optional", () => {
    expect(
      parse({ address: { street: " Gedimino pr. 1 ", city: "Vilnius", postalCode: "01103" } }).address,
    ).toEqual({
      street: "Gedimino pr. 1",
      city: "Vilnius",
      postalCode: "LT-01103",
    });
    expect(parse({ address: { street: "Laisvės al. 2", city: "Kaunas", postalCode: "" } }).address).toEqual({
      street: "Laisvės al. 2",
      city: "Kaunas",
      postalCode: null,
    });
  });

  it("takes an all-blank address as none", () => {
    expect(parse({ address: { street: " ", city: "", postalCode: "" } }).address).toBeNull();
    expect(parse({ address: null }).address).toBeNull();
  });

  it("refuses a partial address or a malformed postal code", () => {
    expect(problems({ ...valid, address: { street: "", city: "Vilnius", postalCode: "" } })).toEqual([
      "address.street: required",
    ]);
    expect(
      problems({ ...valid, address: { street: "Gedimino pr. 1", city: "Vilnius", postalCode: "1234" } }),
    ).toEqual(["address.postalCode: invalid_postal_code"]);
  });
});

describe("household", () => {
  const member = "00000000-0000-4000-8000-0000000000aa";

  it("links people by id with a relationship, each person once", () => {
    expect(parse({ household: [{ personId: member, relationship: "child" }] }).household).toEqual([
      { personId: member, relationship: "child" },
    ]);
    expect(
      problems({
        ...valid,
        household: [
          { personId: member, relationship: "child" },
          { personId: member, relationship: "sibling" },
        ],
      }),
    ).toEqual(["household: duplicate"]);
  });

  it("has an inverse for every relationship, and the inverse of the inverse is the relationship", () => {
    for (const relationship of HOUSEHOLD_RELATIONSHIPS) {
      expect(inverseRelationship(inverseRelationship(relationship))).toBe(relationship);
    }
    expect(inverseRelationship("parent")).toBe("child");
    expect(inverseRelationship("guardian")).toBe("ward");
    expect(inverseRelationship("sibling")).toBe("sibling");
  });

  it("refuses linking a person to themselves on update", () => {
    const input = {
      ...valid,
      id: member,
      version: 1,
      household: [{ personId: member, relationship: "other" }],
    };
    expect(problems(input, personUpdateInput)).toEqual(["household: self_link"]);
  });
});

describe("every problem at once", () => {
  it("applies the rules across fields even when a field is invalid, so the form shows them all", () => {
    const found = problems({
      ...valid,
      dateOfBirth: null,
      givenName: "Олена",
      citizenships: [""],
      phones: ["12", "12"],
      household: [{ personId: "", relationship: "" }],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        "dateOfBirth: birth_or_estimate",
        "givenNameLatin: latin_required",
        "phones.0: invalid_phone",
        "phones: duplicate",
      ]),
    );
    expect(found.some((p) => p.startsWith("citizenships.0: "))).toBe(true);
    expect(found.some((p) => p.startsWith("household.0.relationship: "))).toBe(true);
  });

  it("refuses input that is not an object, without the cross-field rules failing", () => {
    expect(problems(null)).toHaveLength(1);
    expect(problems("person")).toHaveLength(1);
  });
});

describe("personUpdateInput", () => {
  const id = "00000000-0000-4000-8000-0000000000bb";

  it("names the person and the version read, and leaves documents out unless given", () => {
    const parsed = personUpdateInput.parse({ ...valid, id, version: 3 });
    expect(parsed).toMatchObject({ id, version: 3 });
    expect(parsed.documents).toBeUndefined();
    expect(personUpdateInput.parse({ ...valid, id, version: 3, documents: [] }).documents).toEqual([]);
  });

  it("applies the same rules as registration", () => {
    expect(problems({ ...valid, id, version: 1, estimatedAge: 30 }, personUpdateInput)).toEqual([
      "dateOfBirth: birth_or_estimate",
    ]);
    expect(problems({ ...valid, id, version: 0 }, personUpdateInput)[0]).toMatch(/^version: /);
  });
});

describe("birth dates for the duplicate check", () => {
  const today = "2026-06-15";

  it("compares an exact date of birth as it is", () => {
    expect(approximateBirthDate({ dateOfBirth: "1990-04-12", today })).toBe("1990-04-12");
  });

  it("places an estimated age in the middle of the possible birth year", () => {
    expect(approximateBirthDate({ estimatedAge: 16, today })).toBe("2009-12-15");
    expect(approximateBirthDate({ estimatedAge: 16, ageEstimatedOn: "2020-01-31", today })).toBe(
      "2003-07-31",
    );
    expect(approximateBirthDate({ today })).toBeNull();
  });

  it("gives one year either side of an exact date, three of an estimate", () => {
    expect(birthWindow({ dateOfBirth: "1990-04-12" }, today)).toEqual({
      exact: true,
      approximate: "1990-04-12",
      exactFrom: "1989-04-12",
      exactTo: "1991-04-12",
      wideFrom: "1987-04-12",
      wideTo: "1993-04-12",
    });
    expect(birthWindow({ estimatedAge: 30 }, today)).toMatchObject({
      exact: false,
      wideFrom: "1992-12-15",
      wideTo: "1998-12-15",
    });
    expect(birthWindow({}, today)).toBeNull();
  });

  it("keeps 29 February inside the month in common years", () => {
    expect(birthWindow({ dateOfBirth: "2004-02-29" }, todayIso(new Date()))).toMatchObject({
      exactFrom: "2003-02-28",
      exactTo: "2005-02-28",
    });
  });
});

describe("access to a person's record", () => {
  const ME = "00000000-0000-4000-8000-000000000001";
  const OTHER = "00000000-0000-4000-8000-000000000002";
  const caseworker: Actor = { id: ME, roles: ["caseworker"], programmes: ["avrr"], handoverPending: false };
  const manager: Actor = { id: ME, roles: ["manager"], programmes: ["avrr"], handoverPending: false };
  const mine: CaseFacts = { programme: "avrr", restricted: false, assigneeIds: [ME] };
  const colleagues: CaseFacts = { programme: "avrr", restricted: false, assigneeIds: [OTHER] };
  const elsewhere: CaseFacts = { programme: "labour_migration", restricted: false, assigneeIds: [OTHER] };

  const person = (createdBy: string, cases: CaseFacts[]): PersonFacts => ({ createdBy, cases });
  const mayReadDocuments = (actor: Actor, facts: PersonFacts) =>
    can(actor, { kind: "person.documents.read", person: facts });
  const mayUpdate = (actor: Actor, facts: PersonFacts) =>
    can(actor, { kind: "person.update", person: facts });

  it("shows documents to whoever registered the person, even without a case", () => {
    expect(mayReadDocuments(caseworker, person(ME, []))).toBe(true);
    expect(personDocumentsFor(caseworker, person(ME, []), [])).toEqual([]);
  });

  it("shows documents through a case on which the actor may read identity documents", () => {
    expect(mayReadDocuments(caseworker, person(OTHER, [colleagues, mine]))).toBe(true);
    expect(mayReadDocuments(manager, person(OTHER, [colleagues]))).toBe(true);
  });

  it("withholds documents otherwise: { withheld: true }, never empty", () => {
    expect(mayReadDocuments(caseworker, person(OTHER, [colleagues, elsewhere]))).toBe(false);
    expect(mayReadDocuments(manager, person(OTHER, [elsewhere]))).toBe(false);
    expect(personDocumentsFor(caseworker, person(OTHER, [colleagues]), [])).toEqual({
      withheld: true,
    });
  });

  it("lets a caseworker change a person they registered or work on, never a manager alone", () => {
    expect(mayUpdate(caseworker, person(ME, []))).toBe(true);
    expect(mayUpdate(caseworker, person(OTHER, [mine]))).toBe(true);
    expect(mayUpdate(caseworker, person(OTHER, [colleagues]))).toBe(false);
    expect(mayUpdate(manager, person(OTHER, [mine, colleagues]))).toBe(false);
    const admin: Actor = { id: ME, roles: ["admin"], programmes: ["avrr"], handoverPending: false };
    expect(mayUpdate(admin, person(ME, []))).toBe(false);
  });

  it("shows a person to whoever registered them or may read one of their cases, to no one else", () => {
    const sees = (actor: Actor, facts: PersonFacts) => can(actor, { kind: "person.read", person: facts });
    expect(sees(caseworker, person(ME, []))).toBe(true);
    expect(sees(caseworker, person(OTHER, [colleagues, mine]))).toBe(true);
    expect(sees(caseworker, person(OTHER, [colleagues, elsewhere]))).toBe(false);
    expect(sees(manager, person(OTHER, [colleagues]))).toBe(true);
    expect(sees(manager, person(OTHER, [elsewhere]))).toBe(false);
    // Having registered someone gives an account that no longer reads people nothing.
    const admin: Actor = { id: ME, roles: ["admin"], programmes: ["avrr"], handoverPending: false };
    expect(sees(admin, person(ME, []))).toBe(false);
  });

  it("answers the question without a person for whoever reads or changes people at all", () => {
    expect(can(caseworker, { kind: "person.read" })).toBe(true);
    expect(can(manager, { kind: "person.read" })).toBe(true);
    expect(can(caseworker, { kind: "person.update" })).toBe(true);
    expect(can(manager, { kind: "person.update" })).toBe(false);
  });

  it("gives an account whose handover waits neither the person, documents nor changes, even of a person it registered", () => {
    const pending: Actor = { ...caseworker, handoverPending: true };
    expect(can(pending, { kind: "person.read", person: person(ME, [mine]) })).toBe(false);
    expect(mayReadDocuments(pending, person(ME, [mine]))).toBe(false);
    expect(mayUpdate(pending, person(ME, [mine]))).toBe(false);
  });
});
