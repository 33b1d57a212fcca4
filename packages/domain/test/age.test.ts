import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn, estimatedAgeOn, isIsoDate, parseIsoDate, todayIso } from "../src/age";

describe("parseIsoDate", () => {
  it("reads a calendar date into its parts", () => {
    expect(parseIsoDate("2026-03-07")).toEqual({ year: 2026, month: 3, day: 7 });
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it.each([
    ["29 February in a common year", "2023-02-29"],
    ["29 February in a century year that is not a leap year", "1900-02-29"],
    ["31 April", "2024-04-31"],
    ["month 13", "2024-13-01"],
    ["month 0", "2024-00-10"],
    ["day 0", "2024-01-00"],
    ["day 32", "2024-01-32"],
    ["missing zero padding", "2024-4-1"],
    ["a two-digit year", "24-04-01"],
    ["a timestamp", "2024-04-01T00:00:00Z"],
    ["surrounding spaces", " 2024-04-01"],
    ["day-month-year order", "01-04-2024"],
    ["slashes", "2024/04/01"],
    ["letters", "abcd-ef-gh"],
    ["an empty string", ""],
  ])("refuses %s (%s)", (_, value) => {
    expect(parseIsoDate(value)).toBeNull();
    expect(isIsoDate(value)).toBe(false);
  });
});

describe("ageOn", () => {
  it("is N on the Nth birthday and N-1 the day before", () => {
    expect(ageOn("2008-05-10", "2026-05-09")).toBe(17);
    expect(ageOn("2008-05-10", "2026-05-10")).toBe(18);
    expect(ageOn("2008-05-10", "2026-05-11")).toBe(18);
  });

  it("crosses a year end correctly", () => {
    expect(ageOn("2007-12-31", "2025-12-30")).toBe(17);
    expect(ageOn("2007-12-31", "2025-12-31")).toBe(18);
    expect(ageOn("2008-01-01", "2025-12-31")).toBe(17);
    expect(ageOn("2008-01-01", "2026-01-01")).toBe(18);
  });

  it("is 0 on the day of birth", () => {
    expect(ageOn("2026-03-07", "2026-03-07")).toBe(0);
  });

  it("makes someone born on 29 February a year older on 1 March in common years", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2027-02-28")).toBe(18);
    expect(ageOn("2008-02-29", "2027-03-01")).toBe(19);
  });

  it("makes someone born on 29 February a year older on 29 February in leap years", () => {
    expect(ageOn("2008-02-29", "2028-02-28")).toBe(19);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(20);
  });

  it("refuses an invalid date of birth or reference date, naming the invalid one", () => {
    expect(() => ageOn("2023-02-29", "2026-01-01")).toThrow(RangeError);
    expect(() => ageOn("2023-02-29", "2026-01-01")).toThrow(/2023-02-29/);
    expect(() => ageOn("2000-01-01", "2026-13-01")).toThrow(/2026-13-01/);
    expect(() => ageOn("yesterday", "2026-01-01")).toThrow(/yesterday/);
  });

  const day = fc
    .date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2100-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map(todayIso);

  it("is exactly the number of years on each later birthday, and one less the day before (property)", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 110 }), (birth, years) => {
        const parts = parseIsoDate(birth);
        if (!parts || (parts.month === 2 && parts.day === 29)) return;
        const birthday = `${String(parts.year + years).padStart(4, "0")}${birth.slice(4)}`;
        const dayBefore = todayIso(new Date(Date.parse(`${birthday}T00:00:00Z`) - 86_400_000));
        expect(ageOn(birth, birthday)).toBe(years);
        expect(ageOn(birth, dayBefore)).toBe(years - 1);
      }),
    );
  });

  it("never decreases as the reference date moves on (property)", () => {
    fc.assert(
      fc.property(day, day, day, (birth, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(ageOn(birth, later)).toBeGreaterThanOrEqual(ageOn(birth, earlier));
      }),
    );
  });
});

describe("estimatedAgeOn", () => {
  it("carries an estimate forward by whole years elapsed", () => {
    expect(estimatedAgeOn(30, "2024-06-01", "2024-06-01")).toBe(30);
    expect(estimatedAgeOn(30, "2024-06-01", "2025-05-31")).toBe(30);
    expect(estimatedAgeOn(30, "2024-06-01", "2025-06-01")).toBe(31);
    expect(estimatedAgeOn(16, "2024-06-01", "2026-06-01")).toBe(18);
  });

  it("never goes below the estimate for a date before the estimate was made", () => {
    expect(estimatedAgeOn(30, "2024-06-01", "2020-01-01")).toBe(30);
  });

  it("refuses invalid dates", () => {
    expect(() => estimatedAgeOn(30, "2024-02-30", "2025-01-01")).toThrow(RangeError);
  });
});

describe("todayIso", () => {
  it("is the UTC calendar date", () => {
    expect(todayIso(new Date("2026-03-01T23:30:00-05:00"))).toBe("2026-03-02");
    expect(todayIso(new Date("2026-03-02T00:30:00+02:00"))).toBe("2026-03-01");
    expect(isIsoDate(todayIso(new Date()))).toBe(true);
  });
});
