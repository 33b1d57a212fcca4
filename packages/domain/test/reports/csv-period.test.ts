import { describe, expect, it } from "vitest";
import { ageBand, majorityStatus } from "../../src/reports/age-bands";
import { figureFilterFromQuery, figureFilterToQuery } from "../../src/reports/case-filter";
import { neutraliseCell, officeWallClockDate, spreadsheetDateTime } from "../../src/reports/csv";
import { lastTwelveMonths, monthsOf, periodDates, reportPeriod } from "../../src/reports/period";

describe("neutraliseCell", () => {
  it.each(["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", '=HYPERLINK("http://x")'])(
    "prefixes %j so it is read as text",
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each(["Olena", "", "1-2", "a=b", "'=already"])("leaves %j as it is", (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe("periods", () => {
  it("lists the months of a period across a year end", () => {
    expect(monthsOf({ from: "2025-11", to: "2026-02" })).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
    expect(periodDates({ from: "2025-11", to: "2026-02" })).toEqual({
      since: "2025-11-01",
      until: "2026-03-01",
    });
  });

  it("defaults to the twelve months up to today", () => {
    expect(lastTwelveMonths("2026-11-28")).toEqual({ from: "2025-12", to: "2026-11" });
  });

  it("refuses a reversed or too long period", () => {
    expect(reportPeriod.safeParse({ from: "2026-03", to: "2026-01" }).success).toBe(false);
    expect(reportPeriod.safeParse({ from: "2020-01", to: "2026-01" }).success).toBe(false);
    expect(reportPeriod.safeParse({ from: "2026-13", to: "2026-01" }).success).toBe(false);
    expect(reportPeriod.safeParse({ from: "2024-01", to: "2026-12" }).success).toBe(true);
  });
});

describe("age bands", () => {
  it.each([
    [0, "0--8"],
    [8, "0--8"],
    [9, "9--17"],
    [17, "9--17"],
    [18, "18--20"],
    [29, "27--29"],
    [30, "30--38"],
    [47, "39--47"],
    [48, "48+"],
    [90, "48+"],
  ] as const)("age %i is in band %s", (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it("is a minor until the 18th birthday", () => {
    expect(majorityStatus(17)).toBe("Minor");
    expect(majorityStatus(18)).toBe("Adult");
  });
});

describe("figure filters in a URL", () => {
  it("round-trips, and leaves out malformed values", () => {
    const filter = {
      open: true,
      openedSince: "2026-01-01",
      destinationCountry: "GE",
      redFlag: "any",
    } as const;
    const query = new Map(figureFilterToQuery(filter));
    expect(figureFilterFromQuery((k) => query.get(k))).toEqual(filter);
    const bad = new Map([
      ["openedSince", "yesterday"],
      ["destinationCountry", "ZZ"],
      ["closedUntil", "2026-02-01"],
    ]);
    expect(figureFilterFromQuery((k) => bad.get(k))).toEqual({ closedUntil: "2026-02-01" });
  });
});

describe("spreadsheetDateTime", () => {
  it("writes the office's local date and time, as a spreadsheet recognises it", () => {
    // Winter (UTC+2) and summer (UTC+3) in Vilnius.
    expect(spreadsheetDateTime(new Date("2026-03-21T12:05:09.123Z"))).toBe("2026-03-21 14:05");
    expect(spreadsheetDateTime(new Date("2026-07-01T09:30:00Z"))).toBe("2026-07-01 12:30");
    expect(spreadsheetDateTime(new Date("2026-03-21T12:05:09.123Z"), { seconds: true })).toBe(
      "2026-03-21 14:05:09",
    );
  });

  it("counts the day on the office's calendar, not UTC's", () => {
    expect(spreadsheetDateTime(new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01 00:30");
    expect(spreadsheetDateTime(new Date("2026-03-29T00:59:00Z"))).toBe("2026-03-29 02:59");
    expect(spreadsheetDateTime(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29 04:00");
  });

  it("never writes an ISO instant (T, Z or milliseconds)", () => {
    expect(spreadsheetDateTime(new Date("2026-03-21T12:05:09.123Z"))).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
  });

  it("gives a Date holding the wall clock in its UTC fields, for writers that write UTC", () => {
    expect(officeWallClockDate(new Date("2026-03-21T12:05:09Z")).toISOString()).toBe(
      "2026-03-21T14:05:09.000Z",
    );
  });
});
