import { ageOn, youngestBirthDate } from "../age";
import type { IdentificationFacts } from "./facts";
import {
  ILO_DIMENSIONS,
  type IloCatalogue,
  type IloDimension,
  type IloExploitation,
  type IloPopulation,
  type IndicatorStrength,
} from "./ilo-catalogue";
import { CURRENT_ILO_CATALOGUE } from "./ilo-catalogue-2009";
import { combinationMet, dimensionPositive } from "./rules";
import type { IdentificationElement, Recommendation } from "./vocabulary";

/** One recorded fact behind an element: its code and the evidence reference given with it. */
export interface SupportingFact {
  code: string;
  evidence: string;
}

export type ElementStatus = "met" | "not_met" | "unknown";

export interface ElementResult {
  element: IdentificationElement;
  status: ElementStatus;
  /** False only for the means of a child: the child rule does not need them. */
  required: boolean;
  /** The observed facts that meet the element (empty unless met). */
  support: SupportingFact[];
}

export type AgeBasis = "date_of_birth" | "estimated_age";

/** What is missing to know the age at the act. */
export type AgeMissing = "age" | "screening_date" | "date_of_act";

export interface ChildRuleResult {
  /** The person was under 18 at the time of the act: the means are not required. */
  applies: boolean;
  /** Age in completed years at the act, when it can be computed (an estimate in the person's favour). */
  ageAtAct: number | null;
  /**
   * Where the age came from: the date of birth, or the estimated age (read in the person's favour,
   * presumption of minority); null when neither says anything about the act.
   */
  basis: AgeBasis | null;
  /** False when nothing recorded says how old the person was at the act. */
  ageKnown: boolean;
  /** The day the age is read on: the screening date recorded, else today (when given). */
  screenedOn: string | null;
  /** No screening date was recorded: today stands in for it. */
  screeningDateAssumed: boolean;
}

export interface ConsentResult {
  /** The person said they agreed. */
  recorded: boolean;
  /** The law sets that agreement aside. */
  setAside: boolean;
  /** Why: a means was used (Art. 3(b)), or the person was a child (Art. 3(c)). */
  reason: "means_used" | "child" | null;
}

export interface DimensionResult {
  dimension: IloDimension;
  positive: boolean;
  counts: Record<IndicatorStrength, number>;
  indicators: { id: string; strength: IndicatorStrength; evidence: string }[];
}

export interface IndicatorAssessment {
  catalogueId: string;
  population: IloPopulation;
  exploitation: IloExploitation;
  dimensions: DimensionResult[];
  positiveDimensions: IloDimension[];
  /** The ILO combination rule holds for this population. */
  combinationMet: boolean;
  /** Observed indicator ids that the list in use does not hold (recorded against another list). */
  unmatched: string[];
}

/**
 * One sentence of the explanation, as a message key and its parameters, so the interface translates
 * it; `explanationInEnglish` renders it for documents and tests. Codes in the parameters are
 * vocabulary codes, translated the same way.
 */
export type ExplanationLine =
  | { key: "recommendation"; recommendation: Recommendation }
  | { key: "element_met"; element: IdentificationElement; codes: string[]; evidence: string[] }
  | { key: "element_not_met"; element: IdentificationElement }
  | { key: "element_unknown"; element: IdentificationElement }
  | { key: "screening_date_assumed"; today: string }
  | { key: "means_not_required_child"; ageAtAct: number | null; basis: AgeBasis }
  | { key: "age_unknown"; missing: AgeMissing }
  | { key: "adult_at_act"; ageAtAct: number; basis: AgeBasis }
  | { key: "consent_set_aside"; reason: "means_used" | "child" }
  | { key: "consent_not_set_aside" }
  | { key: "indicators_positive"; dimensions: IloDimension[] }
  | { key: "indicators_combination_met"; population: IloPopulation };

export interface IdentificationAssessment {
  elements: Record<IdentificationElement, ElementResult>;
  childRule: ChildRuleResult;
  consent: ConsentResult;
  indicators: IndicatorAssessment;
  /** act AND purpose AND (means OR child at the act). */
  legalDefinitionMet: boolean;
  recommendation: Recommendation;
  explanation: ExplanationLine[];
}

export interface AssessmentOptions {
  /** The ILO indicator catalogue to read the indicators against (default: the one in force). */
  catalogue?: IloCatalogue;
  /**
   * Today's date (office calendar), the screening date when none is recorded: a date of birth or
   * an estimate is then read on it. Passed in so that the assessment stays a function of its input.
   */
  today?: string;
}

const ADULT_AGE = 18;

interface AgeReading {
  /** Age at the act, when it can be computed. */
  age: number | null;
  /** Whether the person was a minor at the act; null when the facts do not say. */
  minor: boolean | null;
}

const UNKNOWN: AgeReading = { age: null, minor: null };

/** Age at the act from the date of birth; or whether they were certainly a minor then. */
function ageFromBirth(f: IdentificationFacts, screenedOn: string | null): AgeReading {
  if (!f.dateOfBirth) return UNKNOWN;
  if (f.dateOfAct) {
    const age = ageOn(f.dateOfBirth, f.dateOfAct);
    return { age, minor: age < ADULT_AGE };
  }
  // The act happened before the screening: under 18 then means under 18 at the act too.
  if (screenedOn && ageOn(f.dateOfBirth, screenedOn) < ADULT_AGE) return { age: null, minor: true };
  return UNKNOWN;
}

/**
 * Age at the act from an estimate made on the screening day, in the person's favour: as if they
 * had turned that age on the screening day (the youngest the estimate allows), so a part year
 * between the act and the screening counts as a year younger.
 */
function ageFromEstimate(f: IdentificationFacts, screenedOn: string | null): AgeReading {
  if (f.estimatedAge === null) return UNKNOWN;
  const age = f.dateOfAct && screenedOn ? estimatedAgeAtAct(f.estimatedAge, f.dateOfAct, screenedOn) : null;
  // Under 18 on the day of the estimate: under 18 at the act too, which came before.
  if (f.estimatedAge < ADULT_AGE) return { age, minor: true };
  return age === null ? UNKNOWN : { age, minor: age < ADULT_AGE };
}

function estimatedAgeAtAct(estimatedAge: number, dateOfAct: string, estimatedOn: string): number {
  // An act after the day of the estimate (a default "today" behind the act) counts as on that day.
  const on = dateOfAct < estimatedOn ? dateOfAct : estimatedOn;
  return Math.max(0, ageOn(youngestBirthDate(estimatedAge, estimatedOn), on));
}

/** Whether the person was an adult on the screening day, by either record. */
function adultWhenScreened(f: IdentificationFacts, screenedOn: string | null): boolean {
  if (!screenedOn) return false;
  if (f.dateOfBirth) return ageOn(f.dateOfBirth, screenedOn) >= ADULT_AGE;
  return f.estimatedAge !== null && f.estimatedAge >= ADULT_AGE;
}

/**
 * The child rule with the presumption of minority (EU 2011/36 Art. 13(2)): where either the date of
 * birth or an estimate says the person was a child at the act, they are treated as one. Without a
 * screening date, `today` (when given) is read as one.
 */
export function childRuleOf(f: IdentificationFacts, today: string | null = null): ChildRuleResult {
  const screenedOn = f.screenedOn ?? today;
  const hasAge = f.dateOfBirth !== null || f.estimatedAge !== null;
  const dates = { screenedOn, screeningDateAssumed: f.screenedOn === null && today !== null && hasAge };
  const birth = ageFromBirth(f, screenedOn);
  const estimate = ageFromEstimate(f, screenedOn);
  if (birth.minor)
    return { applies: true, ageAtAct: birth.age, basis: "date_of_birth", ageKnown: true, ...dates };
  if (estimate.minor) {
    return { applies: true, ageAtAct: estimate.age, basis: "estimated_age", ageKnown: true, ...dates };
  }
  if (birth.minor === false) {
    return { applies: false, ageAtAct: birth.age, basis: "date_of_birth", ageKnown: true, ...dates };
  }
  if (estimate.minor === false) {
    return { applies: false, ageAtAct: estimate.age, basis: "estimated_age", ageKnown: true, ...dates };
  }
  return { applies: false, ageAtAct: null, basis: null, ageKnown: false, ...dates };
}

/** What the facts lack to tell the age at the act (when they cannot). */
function ageMissing(f: IdentificationFacts, screenedOn: string | null): AgeMissing {
  if (f.dateOfBirth === null && f.estimatedAge === null) return "age";
  return adultWhenScreened(f, screenedOn) ? "date_of_act" : "screening_date";
}

function element(
  name: IdentificationElement,
  observed: readonly SupportingFact[],
  ruledOut: readonly IdentificationElement[],
  required: boolean,
): ElementResult {
  const status: ElementStatus = observed.length > 0 ? "met" : ruledOut.includes(name) ? "not_met" : "unknown";
  return { element: name, status, required, support: status === "met" ? [...observed] : [] };
}

function assessIndicators(
  f: IdentificationFacts,
  population: IloPopulation,
  catalogue: IloCatalogue,
): IndicatorAssessment {
  const list = catalogue.lists.find(
    (l) => l.population === population && l.exploitation === f.indicatorExploitation,
  );
  const observed = new Map(f.indicators.map((i) => [i.id, i.evidence]));
  const matched = new Set<string>();
  const dimensions: DimensionResult[] = ILO_DIMENSIONS.map((dimension) => {
    const listed = list?.dimensions.find((d) => d.dimension === dimension)?.indicators ?? [];
    const seen = listed.filter((i) => observed.has(i.id));
    const counts = { S: 0, M: 0, W: 0 };
    for (const i of seen) {
      counts[i.strength] += 1;
      matched.add(i.id);
    }
    return {
      dimension,
      positive: dimensionPositive(counts),
      counts,
      indicators: seen.map((i) => ({ id: i.id, strength: i.strength, evidence: observed.get(i.id) ?? "" })),
    };
  });
  const positive = dimensions.filter((d) => d.positive).map((d) => d.dimension);
  return {
    catalogueId: catalogue.id,
    population,
    exploitation: f.indicatorExploitation,
    dimensions,
    positiveDimensions: positive,
    combinationMet: combinationMet(new Set(positive), population),
    unmatched: f.indicators.map((i) => i.id).filter((id) => !matched.has(id)),
  };
}

function recommend(
  elements: Record<IdentificationElement, ElementResult>,
  childRule: ChildRuleResult,
  legalDefinitionMet: boolean,
  indicators: IndicatorAssessment,
): Recommendation {
  if (legalDefinitionMet || indicators.combinationMet) return "PossibleVictimOfTrafficking";
  // Means ruled out refute nothing while the age at the act is unknown: the person may be a child.
  const refuted = Object.values(elements).some(
    (e) => e.required && e.status === "not_met" && (e.element !== "means" || childRule.ageKnown),
  );
  return refuted ? "NoIndicationOfTrafficking" : "NotEnoughInformation";
}

function explain(
  a: Omit<IdentificationAssessment, "explanation">,
  f: IdentificationFacts,
): ExplanationLine[] {
  const lines: ExplanationLine[] = [{ key: "recommendation", recommendation: a.recommendation }];
  for (const e of Object.values(a.elements)) {
    // A recorded fact is always shown against its element, even where the child rule does not need it.
    if (!e.required && e.status !== "met") continue;
    if (e.status === "met") {
      lines.push({
        key: "element_met",
        element: e.element,
        codes: e.support.map((s) => s.code),
        evidence: e.support.map((s) => s.evidence).filter((x) => x !== ""),
      });
    } else {
      lines.push({ key: e.status === "not_met" ? "element_not_met" : "element_unknown", element: e.element });
    }
  }
  const { childRule } = a;
  if (childRule.screeningDateAssumed && childRule.screenedOn) {
    lines.push({ key: "screening_date_assumed", today: childRule.screenedOn });
  }
  if (childRule.applies && childRule.basis) {
    lines.push({ key: "means_not_required_child", ageAtAct: childRule.ageAtAct, basis: childRule.basis });
  } else if (childRule.basis && childRule.ageAtAct !== null) {
    lines.push({ key: "adult_at_act", ageAtAct: childRule.ageAtAct, basis: childRule.basis });
  } else {
    lines.push({ key: "age_unknown", missing: ageMissing(f, childRule.screenedOn) });
  }
  if (a.consent.recorded) {
    lines.push(
      a.consent.setAside && a.consent.reason
        ? { key: "consent_set_aside", reason: a.consent.reason }
        : { key: "consent_not_set_aside" },
    );
  }
  if (a.indicators.positiveDimensions.length > 0) {
    lines.push({ key: "indicators_positive", dimensions: a.indicators.positiveDimensions });
  }
  if (a.indicators.combinationMet) {
    lines.push({ key: "indicators_combination_met", population: a.indicators.population });
  }
  return lines;
}

/**
 * Applies the identification rule to the recorded facts:
 * `trafficking = act AND purpose AND (means OR age at the act < 18)`, with the ILO indicators read
 * alongside. Pure: the result depends on the facts, the catalogue and the `today` passed in (read
 * only when no screening date is recorded), never on a clock.
 *
 * Recommendation: `PossibleVictimOfTrafficking` when the legal definition is met or the ILO
 * combination rule holds; `NoIndicationOfTrafficking` when a required element was checked and ruled
 * out (and nothing else points to trafficking); otherwise `NotEnoughInformation`. A recorded "the
 * person agreed" never changes it: where a means was used, or the person was a child, the law sets it
 * aside; where neither, the adult definition already needs a means.
 */
export function assessIdentification(
  facts: IdentificationFacts,
  options: AssessmentOptions = {},
): IdentificationAssessment {
  const catalogue = options.catalogue ?? CURRENT_ILO_CATALOGUE;
  const childRule = childRuleOf(facts, options.today ?? null);
  const elements: Record<IdentificationElement, ElementResult> = {
    act: element("act", facts.acts, facts.ruledOut, true),
    means: element("means", facts.means, facts.ruledOut, !childRule.applies),
    purpose: element("purpose", facts.purposes, facts.ruledOut, true),
  };
  const meansSatisfied = elements.means.status === "met" || childRule.applies;
  const legalDefinitionMet =
    elements.act.status === "met" && elements.purpose.status === "met" && meansSatisfied;
  const consent: ConsentResult = {
    recorded: facts.personSaidTheyAgreed,
    setAside: facts.personSaidTheyAgreed && meansSatisfied,
    reason: !facts.personSaidTheyAgreed
      ? null
      : childRule.applies
        ? "child"
        : elements.means.status === "met"
          ? "means_used"
          : null,
  };
  const indicators = assessIndicators(facts, childRule.applies ? "child" : "adult", catalogue);
  const recommendation = recommend(elements, childRule, legalDefinitionMet, indicators);
  const result = { elements, childRule, consent, indicators, legalDefinitionMet, recommendation };
  return { ...result, explanation: explain(result, facts) };
}
