import type { SurveyCatalogue } from "./survey-catalogue";
import { REINTEGRATION_DIMENSIONS, type ReintegrationDimension } from "./vocabulary";

/** The answers of one survey: indicator id → option id. An indicator left out is unanswered. */
export type SurveyAnswers = Readonly<Record<string, string>>;

export interface SurveyScore {
  /** Each dimension's weighted mean score, 0..1; null when no indicator of it was scored. */
  dimensions: Record<ReintegrationDimension, number | null>;
  /** The weighted mean of the dimensions that have a score; null when none has. */
  composite: number | null;
  /** How many indicators counted (answered with a scored option). */
  scoredIndicators: number;
}

export type SurveyAnswerProblem =
  | { indicatorId: string; code: "unknown_indicator" }
  | { indicatorId: string; code: "unknown_option" };

/** Answers that name an indicator or an option the catalogue does not have. */
export function surveyAnswerProblems(
  catalogue: SurveyCatalogue,
  answers: SurveyAnswers,
): SurveyAnswerProblem[] {
  const problems: SurveyAnswerProblem[] = [];
  for (const [indicatorId, optionId] of Object.entries(answers)) {
    const indicator = catalogue.indicators.find((i) => i.id === indicatorId);
    if (!indicator) problems.push({ indicatorId, code: "unknown_indicator" });
    else if (!indicator.options.some((o) => o.id === optionId))
      problems.push({ indicatorId, code: "unknown_option" });
  }
  return problems;
}

function weightedMean(parts: readonly { weight: number; value: number }[]): number | null {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (total <= 0) return null;
  const mean = parts.reduce((sum, p) => sum + p.weight * p.value, 0) / total;
  // Rounding can put a mean of ones a hair above 1: the score is bounded by construction.
  return Math.min(1, Math.max(0, mean));
}

/**
 * Scores a survey with its catalogue: each dimension is the weighted mean of the scores of its
 * answered indicators (a declined or unknown answer counts for nothing, neither for nor against),
 * and the composite is the weighted mean of the dimensions that have a score. Pure.
 */
export function scoreSurvey(catalogue: SurveyCatalogue, answers: SurveyAnswers): SurveyScore {
  const dimensions = {} as Record<ReintegrationDimension, number | null>;
  let scoredIndicators = 0;
  for (const dimension of REINTEGRATION_DIMENSIONS) {
    const parts: { weight: number; value: number }[] = [];
    for (const indicator of catalogue.indicators) {
      if (indicator.dimension !== dimension) continue;
      const optionId = answers[indicator.id];
      const score = indicator.options.find((o) => o.id === optionId)?.score;
      if (score === undefined || score === null) continue;
      parts.push({ weight: indicator.weight, value: score });
    }
    scoredIndicators += parts.length;
    dimensions[dimension] = weightedMean(parts);
  }
  const composite = weightedMean(
    REINTEGRATION_DIMENSIONS.flatMap((d) => {
      const value = dimensions[d];
      return value === null ? [] : [{ weight: catalogue.dimensionWeights[d], value }];
    }),
  );
  return { dimensions, composite, scoredIndicators };
}

/**
 * The dashboard's summary: for each case its latest survey (by date taken, then by when recorded),
 * then each dimension's average over those cases that have a score for it.
 */
export function sustainabilitySummary<
  S extends { caseId: string; takenOn: string; seq: number; score: SurveyScore },
>(
  surveys: readonly S[],
): {
  casesSurveyed: number;
  averages: Record<ReintegrationDimension | "composite", number | null>;
} {
  const latest = new Map<string, S>();
  for (const survey of surveys) {
    const current = latest.get(survey.caseId);
    if (
      !current ||
      survey.takenOn > current.takenOn ||
      (survey.takenOn === current.takenOn && survey.seq > current.seq)
    ) {
      latest.set(survey.caseId, survey);
    }
  }
  const chosen = [...latest.values()];
  const average = (pick: (s: SurveyScore) => number | null) => {
    const values = chosen.map((s) => pick(s.score)).filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  };
  return {
    casesSurveyed: chosen.length,
    averages: {
      economic: average((s) => s.dimensions.economic),
      social: average((s) => s.dimensions.social),
      psychosocial: average((s) => s.dimensions.psychosocial),
      composite: average((s) => s.composite),
    },
  };
}
