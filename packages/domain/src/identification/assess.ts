import { ageOn } from "../age";
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

export interface ChildRuleResult {
  /** The person was under 18 at the time of the act: the means are not required. */
  applies: boolean;
  /** Age in completed years at the act, when it can be computed. */
  ageAtAct: number | null;
  /** What made the person a child: a date of birth, or an estimated age (presumption of minority). */
  basis: "date_of_birth" | "estimated_age" | null;
  /** False when nothing recorded says how old the person was at the act. */
  ageKnown: boolean;
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
  | { key: "means_not_required_child"; ageAtAct: number | null; basis: "date_of_birth" | "estimated_age" }
  | { key: "age_unknown" }
  | { key: "adult_at_act"; ageAtAct: number | null }
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
}

const ADULT_AGE = 18;

/** Age at the act from the date of birth; or whether they were certainly a minor then. */
function ageFromBirth(f: IdentificationFacts): { age: number | null; minor: boolean | null } {
  if (!f.dateOfBirth) return { age: null, minor: null };
  if (f.dateOfAct) {
    const age = ageOn(f.dateOfBirth, f.dateOfAct);
    return { age, minor: age < ADULT_AGE };
  }
  // The act happened before the screening: under 18 then means under 18 at the act too.
  if (f.screenedOn && ageOn(f.dateOfBirth, f.screenedOn) < ADULT_AGE) return { age: null, minor: true };
  return { age: null, minor: null };
}

/** Age at the act from an estimate made on the screening day, counted back whole years. */
function ageFromEstimate(f: IdentificationFacts): { age: number | null; minor: boolean | null } {
  if (f.estimatedAge === null) return { age: null, minor: null };
  if (f.dateOfAct && f.screenedOn) {
    const age = Math.max(0, f.estimatedAge - Math.max(0, ageOn(f.dateOfAct, f.screenedOn)));
    return { age, minor: age < ADULT_AGE };
  }
  if (f.estimatedAge < ADULT_AGE) return { age: null, minor: true };
  return { age: null, minor: null };
}

/**
 * The child rule with the presumption of minority (EU 2011/36 Art. 13(2)): where either the date of
 * birth or an estimate says the person was a child at the act, they are treated as one.
 */
export function childRuleOf(f: IdentificationFacts): ChildRuleResult {
  const birth = ageFromBirth(f);
  const estimate = ageFromEstimate(f);
  if (birth.minor) return { applies: true, ageAtAct: birth.age, basis: "date_of_birth", ageKnown: true };
  if (estimate.minor)
    return { applies: true, ageAtAct: estimate.age, basis: "estimated_age", ageKnown: true };
  const known = birth.minor === false || estimate.minor === false;
  return { applies: false, ageAtAct: birth.age ?? estimate.age, basis: null, ageKnown: known };
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

function explain(a: Omit<IdentificationAssessment, "explanation">): ExplanationLine[] {
  const lines: ExplanationLine[] = [{ key: "recommendation", recommendation: a.recommendation }];
  for (const e of Object.values(a.elements)) {
    if (!e.required) continue;
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
  if (a.childRule.applies && a.childRule.basis) {
    lines.push({ key: "means_not_required_child", ageAtAct: a.childRule.ageAtAct, basis: a.childRule.basis });
  } else if (!a.childRule.ageKnown) {
    lines.push({ key: "age_unknown" });
  } else {
    lines.push({ key: "adult_at_act", ageAtAct: a.childRule.ageAtAct });
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
 * alongside. Pure: the result depends on the facts (and the catalogue) alone, never on a clock.
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
  const childRule = childRuleOf(facts);
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
  return { ...result, explanation: explain(result) };
}
