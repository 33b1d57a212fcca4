import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assessIdentification, type ExplanationLine, identificationFactsSchema } from "@kelias/domain";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { explanationText } from "../src/components/identification/explanation";

/**
 * Every line an assessment's explanation can hold renders in every language: its message exists
 * and gets every parameter it names (a missing one would show the raw key or throw).
 */

type Catalog = { [key: string]: string | Catalog };

function translator(locale: string) {
  const path = fileURLToPath(new URL(`../messages/${locale}.json`, import.meta.url));
  const catalog = JSON.parse(readFileSync(path, "utf8")) as Catalog;
  return (key: string, values?: Record<string, string | number>): string => {
    const message = `identification.${key}`
      .split(".")
      .reduce<string | Catalog | undefined>(
        (node, part) => (typeof node === "object" ? node[part] : undefined),
        catalog,
      );
    if (typeof message !== "string") throw new Error(`no message identification.${key} in ${locale}.json`);
    return String(new IntlMessageFormat(message, locale).format(values));
  };
}

/** One line of each kind (the record's type makes a new kind fail to compile until it is added here). */
const LINES: Record<ExplanationLine["key"], ExplanationLine[]> = {
  recommendation: [{ key: "recommendation", recommendation: "PossibleVictimOfTrafficking" }],
  element_met: [
    { key: "element_met", element: "means", codes: ["deception"], evidence: ["Job advert"] },
    { key: "element_met", element: "act", codes: ["recruitment"], evidence: [] },
  ],
  element_not_met: [{ key: "element_not_met", element: "purpose" }],
  element_unknown: [{ key: "element_unknown", element: "act" }],
  screening_date_assumed: [{ key: "screening_date_assumed", today: "2026-01-10" }],
  means_not_required_child: [
    { key: "means_not_required_child", ageAtAct: 17, basis: "estimated_age" },
    { key: "means_not_required_child", ageAtAct: null, basis: "date_of_birth" },
  ],
  age_unknown: [
    { key: "age_unknown", missing: "age" },
    { key: "age_unknown", missing: "screening_date" },
    { key: "age_unknown", missing: "date_of_act" },
  ],
  adult_at_act: [
    { key: "adult_at_act", ageAtAct: 35, basis: "date_of_birth" },
    { key: "adult_at_act", ageAtAct: 29, basis: "estimated_age" },
  ],
  consent_set_aside: [
    { key: "consent_set_aside", reason: "child" },
    { key: "consent_set_aside", reason: "means_used" },
  ],
  consent_not_set_aside: [{ key: "consent_not_set_aside" }],
  indicators_positive: [{ key: "indicators_positive", dimensions: ["deceptive_recruitment"] }],
  indicators_combination_met: [{ key: "indicators_combination_met", population: "child" }],
};

/** Lines of assessments stored before the age's basis and what is missing were named. */
const STORED_BEFORE = [
  { key: "age_unknown" },
  { key: "adult_at_act", ageAtAct: 30 },
] as unknown as ExplanationLine[];

describe.each(["en", "lt"])("the explanation in %s", (locale) => {
  const t = translator(locale);

  it.each(
    Object.values(LINES)
      .flat()
      .map((line) => [JSON.stringify(line), line] as const),
  )("renders %s", (_, line) => {
    expect(explanationText(t, line)).not.toMatch(/[{}]|identification\./);
  });

  it("renders lines stored by earlier versions", () => {
    for (const line of STORED_BEFORE) expect(explanationText(t, line)).not.toMatch(/[{}]|undefined/);
  });

  it("says where the age came from and the recorded means of a child", () => {
    const assessment = assessIdentification(
      identificationFactsSchema.parse({
        estimatedAge: 18,
        dateOfAct: "2025-02-10",
        acts: [{ code: "recruitment", evidence: "" }],
        means: [{ code: "deception", evidence: "" }],
        purposes: [{ code: "forced_labour", evidence: "" }],
      }),
      { today: "2026-01-10" },
    );
    const text = assessment.explanation.map((line) => explanationText(t, line));
    expect(text).toContain(t("explain.means_not_required_child_estimated"));
    expect(text).toContain(t("explain.screening_date_assumed", { today: "2026-01-10" }));
    expect(text).toContain(
      t("explain.element_met", { element: t("elements.means"), codes: t("means.deception") }),
    );
  });
});
