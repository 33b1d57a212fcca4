import { describe, expect, it } from "vitest";
import { ageBand, majorityStatus } from "../../src/reports/age-bands";
import { figureFilterFromQuery, figureFilterToQuery } from "../../src/reports/case-filter";
import { neutraliseCell } from "../../src/reports/csv";
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
