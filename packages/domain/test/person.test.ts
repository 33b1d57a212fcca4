import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { todayIso } from "../src/age";
import { displayName, personCreateInput } from "../src/person";
import { VALID_PERSON } from "./support/person";
import { problems as problemsOf } from "./support/problems";

const valid = VALID_PERSON;
const problems = (input: unknown) => problemsOf(personCreateInput, input);

const dayOffset = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

describe("personCreateInput", () => {
  it("accepts a person with a date of birth, with defaults for what was not given", () => {
    expect(personCreateInput.parse(valid)).toEqual({
      ...valid,
      givenNameLatin: null,
      familyNameLatin: null,
      gender: "NonSpecifiedUnknown",
      languages: [],
      phones: [],
      address: null,
      documents: [],
      household: [],
    });
  });

  it("accepts a person with an estimated age and no date of birth", () => {
    const input = { ...valid, dateOfBirth: null, estimatedAge: 17 };
    expect(personCreateInput.parse(input)).toMatchObject({ dateOfBirth: null, estimatedAge: 17 });
    const omitted = {
      givenName: "Ali",
      familyName: "Hassan",
      estimatedAge: 0,
      sex: "male",
      citizenships: ["IQ"],
    };
    expect(personCreateInput.safeParse(omitted).success).toBe(true);
  });

  it("trims names", () => {
    expect(
      personCreateInput.parse({ ...valid, givenName: "  Olena ", familyName: "\tKovalenko\n" }),
    ).toMatchObject({
      givenName: "Olena",
      familyName: "Kovalenko",
    });
  });

  describe("exactly one of date of birth and estimated age", () => {
    it.each([
      ["neither (null)", { dateOfBirth: null, estimatedAge: null }],
      ["neither (absent)", { dateOfBirth: undefined, estimatedAge: undefined }],
      ["both", { dateOfBirth: "1990-04-12", estimatedAge: 35 }],
      ["both, the estimate being 0", { dateOfBirth: "1990-04-12", estimatedAge: 0 }],
    ])("refuses %s", (_, patch) => {
      expect(problems({ ...valid, ...patch })).toEqual(["dateOfBirth: birth_or_estimate"]);
    });
  });

  describe("date of birth", () => {
    // Half an hour before midnight UTC: already tomorrow in Vilnius. A fixed clock, so the outcome
    // does not depend on when the suite runs.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2026-11-28T23:30:00Z"));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it("accepts today", () => {
      expect(problems({ ...valid, dateOfBirth: todayIso(new Date()) })).toEqual([]);
    });

    it("accepts tomorrow's UTC date, which is already today east of UTC (Vilnius after midnight)", () => {
      expect(problems({ ...valid, dateOfBirth: dayOffset(1) })).toEqual([]);
    });

    it("refuses a date before 1900", () => {
      expect(problems({ ...valid, dateOfBirth: "1899-12-31" })).toEqual(["dateOfBirth: too_early"]);
    });

    it.each([
      ["the day after tomorrow", dayOffset(2)],
      ["next year", dayOffset(366)],
    ])("refuses a date in the future (%s)", (_, dateOfBirth) => {
      expect(problems({ ...valid, dateOfBirth })).toEqual(["dateOfBirth: in_future"]);
    });

    it.each([["2023-02-29"], ["1990-13-01"], ["12/04/1990"], ["1990-04-12T00:00:00Z"], [""]])(
      "refuses the invalid date %j",
      (dateOfBirth) => {
        expect(problems({ ...valid, dateOfBirth })).toEqual(["dateOfBirth: invalid_date"]);
      },
    );

    it("accepts 29 February of a leap year", () => {
      expect(problems({ ...valid, dateOfBirth: "2004-02-29" })).toEqual([]);
    });
  });

  describe("estimated age", () => {
    it.each([[0], [17], [120]])("accepts %i", (estimatedAge) => {
      expect(problems({ ...valid, dateOfBirth: null, estimatedAge })).toEqual([]);
    });

    it.each([[-1], [121], [1000]])("refuses %i as out of range", (estimatedAge) => {
      expect(problems({ ...valid, dateOfBirth: null, estimatedAge })).toEqual(["estimatedAge: out_of_range"]);
    });

    it.each([[17.5], ["17"], [Number.NaN]])("refuses the non-integer %j", (estimatedAge) => {
      const found = problems({ ...valid, dateOfBirth: null, estimatedAge });
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((p) => p.startsWith("estimatedAge:"))).toBe(true);
    });
  });

  describe("citizenships", () => {
    it("accepts several known countries, including Kosovo's XK", () => {
      expect(problems({ ...valid, citizenships: ["UA", "LT", "XK"] })).toEqual([]);
    });

    it.each([["ZZ"], ["ua"], ["UKR"], ["EU"], [""]])("refuses the unknown country code %j", (code) => {
      const found = problems({ ...valid, citizenships: ["LT", code] });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^citizenships\.1: /);
    });

    it("refuses duplicates", () => {
      expect(problems({ ...valid, citizenships: ["UA", "LT", "UA"] })).toEqual(["citizenships: duplicate"]);
    });

    it("requires at least one and allows at most five", () => {
      expect(problems({ ...valid, citizenships: [] })).toEqual(["citizenships: required"]);
      expect(problems({ ...valid, citizenships: ["UA", "LT", "PL", "LV", "EE"] })).toEqual([]);
      expect(problems({ ...valid, citizenships: ["UA", "LT", "PL", "LV", "EE", "FI"] })).toEqual([
        "citizenships: too_many",
      ]);
    });
  });

  describe("names and sex", () => {
    it.each([
      ["an empty given name", { givenName: "" }, "givenName: required"],
      ["a blank family name", { familyName: "   " }, "familyName: required"],
      ["a name over 200 characters", { givenName: "a".repeat(201) }, "givenName: too_long"],
    ])("refuses %s", (_, patch, expected) => {
      expect(problems({ ...valid, ...patch })).toEqual([expected]);
    });

    it("accepts a name of exactly 200 characters", () => {
      expect(problems({ ...valid, familyName: "b".repeat(200) })).toEqual([]);
    });

    it.each([["female"], ["male"], ["intersex"], ["unknown"]])("accepts sex %s", (sex) => {
      expect(problems({ ...valid, sex })).toEqual([]);
    });

    it("refuses a sex outside the vocabulary", () => {
      expect(problems({ ...valid, sex: "F" })).toHaveLength(1);
    });
  });

  it("reports every problem of an input at once", () => {
    const found = problems({
      givenName: "",
      familyName: "Kovalenko",
      dateOfBirth: null,
      estimatedAge: null,
      sex: "female",
      citizenships: ["UA", "UA"],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        "givenName: required",
        "dateOfBirth: birth_or_estimate",
        "citizenships: duplicate",
      ]),
    );
  });
});

describe("displayName", () => {
  it("is the given name then the family name", () => {
    expect(displayName({ givenName: "Olena", familyName: "Kovalenko" })).toBe("Olena Kovalenko");
  });
});
