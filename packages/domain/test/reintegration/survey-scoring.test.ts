import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CURRENT_SURVEY_CATALOGUE,
  SURVEY_CATALOGUE_V1,
  type SurveyCatalogue,
  surveyCatalogueSchema,
} from "../../src/reintegration/survey-catalogue";
import {
  type SurveyAnswers,
  scoreSurvey,
  surveyAnswerProblems,
  sustainabilitySummary,
} from "../../src/reintegration/survey-scoring";
import { REINTEGRATION_DIMENSIONS } from "../../src/reintegration/vocabulary";

const catalogue = SURVEY_CATALOGUE_V1;

/** Random answers to the catalogue: each indicator unanswered or answered with one of its options. */
const answersOf = (c: SurveyCatalogue) =>
  fc
    .tuple(
      ...c.indicators.map((i) =>
        fc.option(fc.constantFrom(...i.options.map((o) => o.id)), { nil: undefined }),
      ),
    )
    .map((picked) => {
      const answers: Record<string, string> = {};
      c.indicators.forEach((indicator, n) => {
        const option = picked[n];
        if (option !== undefined) answers[indicator.id] = option;
      });
      return answers as SurveyAnswers;
    });

/** The same catalogue with random positive weights. */
const reweighted = fc
  .tuple(
    fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), {
      minLength: catalogue.indicators.length,
      maxLength: catalogue.indicators.length,
    }),
    fc.tuple(
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
    ),
  )
  .map(
    ([weights, [economic, social, psychosocial]]): SurveyCatalogue => ({
      ...catalogue,
      dimensionWeights: { economic, social, psychosocial },
      indicators: catalogue.indicators.map((i, n) => ({ ...i, weight: weights[n] ?? 1 })),
    }),
  );

const scoreOf = (c: SurveyCatalogue, indicatorId: string, optionId: string | undefined) =>
  c.indicators.find((i) => i.id === indicatorId)?.options.find((o) => o.id === optionId)?.score ?? null;

describe("the survey catalogue, version 1", () => {
  it("has 15 indicators, five per dimension, marked verify, with equal weights", () => {
    expect(surveyCatalogueSchema.safeParse(CURRENT_SURVEY_CATALOGUE).success).toBe(true);
    expect(catalogue.indicators).toHaveLength(15);
    for (const d of REINTEGRATION_DIMENSIONS) {
      expect(catalogue.indicators.filter((i) => i.dimension === d)).toHaveLength(5);
    }
    expect(catalogue.verify).toBe(true);
    expect(new Set(catalogue.indicators.map((i) => i.weight))).toEqual(new Set([1]));
    for (const i of catalogue.indicators) expect(i.label.lt).toBeTruthy();
  });
});

describe("scoreSurvey", () => {
  it("scores nothing without answers", () => {
    expect(scoreSurvey(catalogue, {})).toEqual({
      dimensions: { economic: null, social: null, psychosocial: null },
      composite: null,
      scoredIndicators: 0,
    });
  });

  it("is the best score for the best answers and the worst for the worst", () => {
    const pick = (best: boolean) =>
      Object.fromEntries(
        catalogue.indicators.map((i) => {
          const scored = i.options.filter((o) => o.score !== null);
          const sorted = [...scored].sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
          return [i.id, (best ? sorted.at(-1) : sorted[0])?.id ?? ""];
        }),
      );
    expect(scoreSurvey(catalogue, pick(true)).composite).toBe(1);
    expect(scoreSurvey(catalogue, pick(false)).composite).toBe(0);
  });

  it("applies the weights: a dimension is the weighted mean of its answered indicators", () => {
    const heavy: SurveyCatalogue = {
      ...catalogue,
      dimensionWeights: { economic: 3, social: 1, psychosocial: 1 },
      indicators: catalogue.indicators.map((i) => (i.id === "eco.income_source" ? { ...i, weight: 3 } : i)),
    };
    const answers = { "eco.income_source": "yes", "eco.debt": "yes", "soc.housing": "none" };
    const score = scoreSurvey(heavy, answers);
    expect(score.dimensions.economic).toBeCloseTo(3 / 4);
    expect(score.dimensions.social).toBe(0);
    expect(score.dimensions.psychosocial).toBeNull();
    expect(score.composite).toBeCloseTo((3 * 0.75 + 0) / 4);
    expect(scoreSurvey(catalogue, answers).dimensions.economic).toBeCloseTo(1 / 2);
  });

  it("leaves a declined indicator out, neither for nor against", () => {
    const base = { "psy.safety": "yes" };
    expect(scoreSurvey(catalogue, { ...base, "psy.distress": "declined" })).toEqual(
      scoreSurvey(catalogue, base),
    );
  });

  it("is bounded: every score lies in 0..1, and equals the weighted mean by hand", () => {
    fc.assert(
      fc.property(reweighted, answersOf(catalogue), (c, answers) => {
        const score = scoreSurvey(c, answers);
        for (const d of REINTEGRATION_DIMENSIONS) {
          const parts = c.indicators
            .filter((i) => i.dimension === d)
            .map((i) => ({ w: i.weight, s: scoreOf(c, i.id, answers[i.id]) }))
            .filter((p): p is { w: number; s: number } => p.s !== null);
          const value = score.dimensions[d];
          if (parts.length === 0) expect(value).toBeNull();
          else {
            expect(value).not.toBeNull();
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
            const total = parts.reduce((a, p) => a + p.w, 0);
            expect(value).toBeCloseTo(parts.reduce((a, p) => a + p.w * p.s, 0) / total, 9);
          }
        }
        if (score.composite !== null) {
          expect(score.composite).toBeGreaterThanOrEqual(0);
          expect(score.composite).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("is monotonic: a better answer to one indicator never lowers its dimension or the composite", () => {
    fc.assert(
      fc.property(
        reweighted,
        answersOf(catalogue),
        fc.nat({ max: catalogue.indicators.length - 1 }),
        (c, answers, n) => {
          const indicator = c.indicators[n];
          if (!indicator) return;
          const scored = indicator.options.filter((o) => o.score !== null);
          const current = scoreOf(c, indicator.id, answers[indicator.id]);
          // Only compare answered indicators: answering a new one may lower the mean.
          if (current === null) return;
          for (const better of scored.filter((o) => (o.score ?? 0) >= current)) {
            const before = scoreSurvey(c, answers);
            const after = scoreSurvey(c, { ...answers, [indicator.id]: better.id });
            const d = indicator.dimension;
            expect(after.dimensions[d] ?? 0).toBeGreaterThanOrEqual((before.dimensions[d] ?? 0) - 1e-12);
            expect(after.composite ?? 0).toBeGreaterThanOrEqual((before.composite ?? 0) - 1e-12);
          }
        },
      ),
    );
  });
});

describe("surveyAnswerProblems", () => {
  it("names unknown indicators and options", () => {
    expect(
      surveyAnswerProblems(catalogue, { "eco.debt": "no", "eco.nope": "no", "soc.housing": "maybe" }),
    ).toEqual([
      { indicatorId: "eco.nope", code: "unknown_indicator" },
      { indicatorId: "soc.housing", code: "unknown_option" },
    ]);
  });
});

describe("sustainabilitySummary", () => {
  it("averages each dimension over the latest survey of each case", () => {
    const score = (economic: number | null, composite: number | null) => ({
      dimensions: { economic, social: null, psychosocial: null },
      composite,
      scoredIndicators: 1,
    });
    const summary = sustainabilitySummary([
      { caseId: "a", takenOn: "2026-01-01", seq: 1, score: score(0, 0) },
      { caseId: "a", takenOn: "2026-04-01", seq: 2, score: score(1, 1) },
      { caseId: "b", takenOn: "2026-04-01", seq: 4, score: score(0.5, 0.5) },
      { caseId: "b", takenOn: "2026-04-01", seq: 3, score: score(0, 0) },
    ]);
    expect(summary.casesSurveyed).toBe(2);
    expect(summary.averages).toEqual({ economic: 0.75, social: null, psychosocial: null, composite: 0.75 });
  });
});
