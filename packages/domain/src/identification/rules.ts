import {
  COERCION_DIMENSIONS,
  type IloDimension,
  type IloPopulation,
  type IndicatorStrength,
  RECRUITMENT_DIMENSIONS,
} from "./ilo-catalogue";

export type StrengthCounts = Readonly<Record<IndicatorStrength, number>>;

/**
 * The ILO dimension rule: a dimension is positive with at least two strong indicators, or one strong
 * and one medium or weak, or three medium, or two medium and one weak (domain brief §3, as reported;
 * verify against the publication, p. 3).
 */
export function dimensionPositive({ S, M, W }: StrengthCounts): boolean {
  return S >= 2 || (S >= 1 && M + W >= 1) || M >= 3 || (M >= 2 && W >= 1);
}

/**
 * The ILO combination rule: an adult is a presumed victim when a recruitment dimension (deceptive,
 * coercive, or by abuse of vulnerability), exploitation, and a coercion dimension (at destination,
 * or abuse of vulnerability there) are positive. For a child the coercion (means) dimensions are not
 * required.
 */
export function combinationMet(positive: ReadonlySet<IloDimension>, population: IloPopulation): boolean {
  const recruitment = RECRUITMENT_DIMENSIONS.some((d) => positive.has(d));
  const exploitation = positive.has("exploitative_conditions");
  const coercion = COERCION_DIMENSIONS.some((d) => positive.has(d));
  return recruitment && exploitation && (population === "child" || coercion);
}
