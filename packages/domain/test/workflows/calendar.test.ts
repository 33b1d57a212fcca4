import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/age";
import { addCalendarMonths } from "../../src/workflows";

const isoDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Independent reference: the last day of a month, from the platform's calendar. */
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

describe("addCalendarMonths", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2000-01-31", 1, "2000-02-29"],
    ["2100-01-31", 1, "2100-02-28"],
    ["2026-01-30", 1, "2026-02-28"],
    ["2026-01-28", 1, "2026-02-28"],
    ["2026-03-31", 1, "2026-04-30"],
    ["2026-01-31", 3, "2026-04-30"],
    ["2026-12-31", 2, "2027-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2026-05-31", 0, "2026-05-31"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-01-15", -1, "2025-12-15"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it("refuses what is not an ISO date or a whole number of months", () => {
    expect(() => addCalendarMonths("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addCalendarMonths("31.01.2026", 1)).toThrow(RangeError);
    expect(() => addCalendarMonths("2026-01-31", 1.5)).toThrow(RangeError);
  });

  it("lands exactly n months later, on the same day or the last day of a shorter month", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 36 }), (date, n) => {
        const from = parseIsoDate(date);
        const to = parseIsoDate(addCalendarMonths(date, n));
        if (!from || !to) return false;
        const monthsApart = (to.year - from.year) * 12 + (to.month - from.month);
        return monthsApart === n && to.day === Math.min(from.day, lastDayOf(to.year, to.month));
      }),
    );
  });

  it("never goes backwards and keeps order: a later arrival is never due earlier", () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 24 }), (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return (
          addCalendarMonths(early, n) <= addCalendarMonths(late, n) && addCalendarMonths(early, n) >= early
        );
      }),
    );
  });
});
