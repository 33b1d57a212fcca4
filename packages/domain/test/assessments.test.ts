import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AssessmentOnRecord,
  addDays,
  assessmentKindsFor,
  assessmentRecordInput,
  currentRiskLevel,
  DEFAULT_REVIEW_INTERVALS,
  emptyAssessmentContent,
  HIGH_RISK_REVIEW_DAYS,
  PROGRAMMES,
  REVIEW_INTERVAL_BOUNDS,
  RISK_LEVELS,
  reviewDueDate,
  reviewIntervalsFrom,
  reviewTaskFor,
} from "../src";

const CASE = "6f1c1d4e-7a8b-4c2d-9e0f-1a2b3c4d5e6f";
const ASSESSMENT = "0b7e2a51-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

const isoDay = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const intervals = fc.record({
  medium: fc.integer(REVIEW_INTERVAL_BOUNDS),
  low: fc.integer(REVIEW_INTERVAL_BOUNDS),
});

describe("risk → review date", () => {
  it("reviews a high risk within 7 days, whatever the intervals", () => {
    expect(reviewDueDate("high", "2026-12-28", DEFAULT_REVIEW_INTERVALS)).toBe("2027-01-04");
    fc.assert(
      fc.property(isoDay, intervals, (day, iv) => {
        expect(reviewDueDate("high", day, iv)).toBe(addDays(day, HIGH_RISK_REVIEW_DAYS));
      }),
    );
  });

  it("reviews medium and low risks after their configured intervals (30 and 90 days by default)", () => {
    expect(reviewDueDate("medium", "2026-01-31", DEFAULT_REVIEW_INTERVALS)).toBe("2026-03-02");
    expect(reviewDueDate("low", "2026-01-31", DEFAULT_REVIEW_INTERVALS)).toBe("2026-05-01");
    expect(reviewDueDate("medium", "2026-01-31", { medium: 14, low: 60 })).toBe("2026-02-14");
  });

  it("never reviews a lower risk sooner than a higher one when the intervals are in order", () => {
    fc.assert(
      fc.property(isoDay, intervals, (day, iv) => {
        fc.pre(iv.medium <= iv.low);
        const [low, medium, high] = RISK_LEVELS.map((r) => reviewDueDate(r, day, iv)) as [
          string,
          string,
          string,
        ];
        expect(high < medium).toBe(true);
        expect(medium <= low).toBe(true);
      }),
    );
  });

  it("falls back to the defaults for a level without a valid row", () => {
    expect(reviewIntervalsFrom([])).toEqual(DEFAULT_REVIEW_INTERVALS);
    expect(
      reviewIntervalsFrom([
        { riskLevel: "medium", days: 21 },
        { riskLevel: "low", days: 3 },
      ]),
    ).toEqual({ medium: 21, low: DEFAULT_REVIEW_INTERVALS.low });
  });
});

describe("the review task rule", () => {
  const high = { riskLevel: "high" as const, reviewDue: "2026-03-08" };

  it("creates a high-priority task due on the review date for a high risk", () => {
    expect(reviewTaskFor(high, null)).toEqual({ dueDate: "2026-03-08", priority: "high" });
  });

  it("creates none for medium and low risks", () => {
    expect(reviewTaskFor({ riskLevel: "medium", reviewDue: "2026-04-01" }, null)).toBeNull();
    expect(reviewTaskFor({ riskLevel: "low", reviewDue: "2026-06-01" }, null)).toBeNull();
  });

  it("creates no second task while the assessment's review task is open", () => {
    expect(reviewTaskFor(high, { dueDate: "2026-03-05" })).toBeNull();
  });

  it("is due within 7 days of an assessment recorded today", () => {
    fc.assert(
      fc.property(isoDay, intervals, (day, iv) => {
        const plan = reviewTaskFor({ riskLevel: "high", reviewDue: reviewDueDate("high", day, iv) }, null);
        expect(plan?.dueDate).toBe(addDays(day, 7));
      }),
    );
  });
});

describe("the case's current risk level", () => {
  const at = (riskLevel: AssessmentOnRecord["riskLevel"], assessedOn: string, recorded: string) => ({
    riskLevel,
    assessedOn,
    recordedAt: new Date(recorded),
  });

  it("is null without assessments, and the latest assessment's level otherwise", () => {
    expect(currentRiskLevel([])).toBeNull();
    expect(
      currentRiskLevel([
        at("high", "2026-03-01", "2026-03-01T10:00:00Z"),
        at("low", "2026-03-10", "2026-03-10T10:00:00Z"),
        // Recorded later, but assessed earlier: not the latest.
        at("medium", "2026-02-01", "2026-03-11T10:00:00Z"),
      ]),
    ).toBe("low");
  });

  it("orders assessments of one day by when they were recorded", () => {
    expect(
      currentRiskLevel([
        at("low", "2026-03-01", "2026-03-01T09:00:00Z"),
        at("high", "2026-03-01", "2026-03-01T15:00:00Z"),
      ]),
    ).toBe("high");
  });

  it("does not depend on the order it is given", () => {
    const record = fc.record({
      riskLevel: fc.constantFrom(...RISK_LEVELS),
      assessedOn: isoDay,
      recordedAt: fc.date({ min: new Date("2000-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), (list) => {
        const reversed = [...list].reverse();
        const distinct =
          new Set(list.map((a) => `${a.assessedOn}|${a.recordedAt.getTime()}`)).size === list.length;
        fc.pre(distinct);
        expect(currentRiskLevel(reversed)).toBe(currentRiskLevel(list));
      }),
    );
  });
});

describe("which assessment a programme records", () => {
  it("needs for social assistance and counter-trafficking, vulnerability for AVRR, none for labour", () => {
    expect(Object.fromEntries(PROGRAMMES.map((p) => [p, assessmentKindsFor(p)]))).toEqual({
      avrr: ["vulnerability"],
      counter_trafficking: ["needs"],
      social_assistance: ["needs"],
      labour_migration: [],
    });
  });
});

describe("assessmentRecordInput", () => {
  const base = {
    caseId: CASE,
    assessedOn: "2026-03-01",
    riskLevel: "medium",
    content: emptyAssessmentContent("needs"),
  };

  it("accepts a new assessment and a revision naming its version", () => {
    expect(assessmentRecordInput.safeParse(base).success).toBe(true);
    expect(assessmentRecordInput.safeParse({ ...base, assessmentId: ASSESSMENT, version: 2 }).success).toBe(
      true,
    );
  });

  it("refuses a revision without its version, a future date, an unknown level and a duplicated category", () => {
    expect(assessmentRecordInput.safeParse({ ...base, assessmentId: ASSESSMENT }).success).toBe(false);
    expect(assessmentRecordInput.safeParse({ ...base, assessedOn: "2999-01-01" }).success).toBe(false);
    expect(assessmentRecordInput.safeParse({ ...base, riskLevel: "critical" }).success).toBe(false);
    const vulnerability = {
      ...emptyAssessmentContent("vulnerability"),
      categories: ["elderly", "elderly"],
    };
    expect(assessmentRecordInput.safeParse({ ...base, content: vulnerability }).success).toBe(false);
  });

  it("refuses a needs assessment that leaves a domain out", () => {
    const content = emptyAssessmentContent("needs");
    if (content.kind !== "needs") throw new Error("needs expected");
    const { safety: _left, ...ratings } = content.ratings;
    expect(assessmentRecordInput.safeParse({ ...base, content: { kind: "needs", ratings } }).success).toBe(
      false,
    );
  });
});
