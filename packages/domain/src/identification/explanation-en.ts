import type { AgeMissing, ExplanationLine, IdentificationAssessment } from "./assess";
import type { IloDimension } from "./ilo-catalogue";
import type { IdentificationElement, Recommendation } from "./vocabulary";

/**
 * The explanation in English, for the README, logs a developer reads and tests. The interface does
 * not use it: it translates the same message keys from its catalogues (en and lt).
 */

const RECOMMENDATION: Record<Recommendation, string> = {
  PossibleVictimOfTrafficking: "Possible victim of trafficking.",
  NotEnoughInformation: "Not enough information to decide.",
  NoIndicationOfTrafficking: "No indication of trafficking.",
};

const ELEMENT: Record<IdentificationElement, string> = { act: "Act", means: "Means", purpose: "Purpose" };

const DIMENSION: Record<IloDimension, string> = {
  deceptive_recruitment: "deceptive recruitment",
  coercive_recruitment: "coercive recruitment",
  recruitment_abuse_of_vulnerability: "recruitment by abuse of vulnerability",
  exploitative_conditions: "exploitative conditions of work",
  coercion_at_destination: "coercion at destination",
  abuse_of_vulnerability_at_destination: "abuse of vulnerability at destination",
};

const AGE_UNKNOWN: Record<AgeMissing, string> = {
  age: "Age at the time of the act unknown: the adult rule applies until a date of birth or an estimated age is recorded.",
  screening_date:
    "Age at the time of the act unknown: the adult rule applies until the screening date is recorded.",
  date_of_act:
    "Age at the time of the act unknown: an adult when screened; the adult rule applies until the date of the act is recorded.",
};

const words = (codes: readonly string[]) => codes.map((c) => c.replaceAll("_", " ")).join(", ");

export function explanationLineInEnglish(line: ExplanationLine): string {
  switch (line.key) {
    case "recommendation":
      return RECOMMENDATION[line.recommendation];
    case "element_met":
      return `${ELEMENT[line.element]} met: ${words(line.codes)}${
        line.evidence.length > 0 ? ` (evidence: ${line.evidence.join("; ")})` : ""
      }.`;
    case "element_not_met":
      return `${ELEMENT[line.element]} ruled out.`;
    case "element_unknown":
      return `${ELEMENT[line.element]} missing: nothing recorded yet.`;
    case "screening_date_assumed":
      return `No screening date recorded: the age is read on today's date, ${line.today}.`;
    case "means_not_required_child":
      return `Child at the time of the act${line.ageAtAct === null ? "" : ` (${line.ageAtAct})`}${
        line.basis === "estimated_age" ? ", by estimated age (presumption of minority)" : ", by date of birth"
      }: the means are not required.`;
    case "age_unknown":
      return AGE_UNKNOWN[line.missing];
    case "adult_at_act":
      return `Adult at the time of the act (${line.ageAtAct})${
        line.basis === "estimated_age"
          ? ", by estimated age counted in the person's favour"
          : ", by date of birth"
      }: the means are required.`;
    case "consent_set_aside":
      return line.reason === "child"
        ? "The person said they agreed; consent is irrelevant for a child."
        : "The person said they agreed; consent is irrelevant because a means was used.";
    case "consent_not_set_aside":
      return "The person said they agreed; no means is recorded.";
    case "indicators_positive":
      return `ILO indicators positive in: ${line.dimensions.map((d) => DIMENSION[d]).join(", ")}.`;
    case "indicators_combination_met":
      return `The ILO indicators point to trafficking (${line.population} list).`;
  }
}

export function explanationInEnglish(assessment: Pick<IdentificationAssessment, "explanation">): string {
  return assessment.explanation.map(explanationLineInEnglish).join(" ");
}
