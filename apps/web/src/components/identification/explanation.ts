import type { ExplanationLine, IdentificationElement } from "@kelias/domain";

/** A translator scoped to the "identification" catalog (server or client). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The catalog key of a recorded fact's code, by the element it belongs to. */
export function factLabel(t: Translate, element: IdentificationElement, code: string): string {
  const group = element === "act" ? "acts" : element === "means" ? "means" : "purposes";
  return t(`${group}.${code}`);
}

/** One line of the assessment's explanation in the reader's language. */
export function explanationText(t: Translate, line: ExplanationLine): string {
  switch (line.key) {
    case "recommendation":
      return t("explain.recommendation", { recommendation: t(`recommendations.${line.recommendation}`) });
    case "element_met": {
      const element = t(`elements.${line.element}`);
      const codes = line.codes.map((c) => factLabel(t, line.element, c)).join(", ");
      return line.evidence.length > 0
        ? t("explain.element_met_evidence", { element, codes, evidence: line.evidence.join("; ") })
        : t("explain.element_met", { element, codes });
    }
    case "element_not_met":
    case "element_unknown":
      return t(`explain.${line.key}`, { element: t(`elements.${line.element}`) });
    case "screening_date_assumed":
      return t("explain.screening_date_assumed", { today: line.today });
    case "means_not_required_child":
      return t(
        line.basis === "estimated_age"
          ? "explain.means_not_required_child_estimated"
          : "explain.means_not_required_child",
      );
    case "age_unknown":
      // Assessments stored before the missing part was named asked for an age.
      return t(
        line.missing && line.missing !== "age"
          ? `explain.age_unknown_${line.missing}`
          : "explain.age_unknown",
      );
    case "adult_at_act":
      // Assessments stored before the basis was named say only "adult".
      return line.basis
        ? t(
            line.basis === "estimated_age" ? "explain.adult_at_act_estimated" : "explain.adult_at_act_birth",
            {
              age: line.ageAtAct,
            },
          )
        : t("explain.adult_at_act");
    case "consent_not_set_aside":
      return t(`explain.${line.key}`);
    case "consent_set_aside":
      return t(`explain.consent_set_aside_${line.reason}`);
    case "indicators_positive":
      return t("explain.indicators_positive", {
        dimensions: line.dimensions.map((d) => t(`dimensions.${d}`)).join(", "),
      });
    case "indicators_combination_met":
      return t("explain.indicators_combination_met", { population: t(`indicators.${line.population}`) });
  }
}
