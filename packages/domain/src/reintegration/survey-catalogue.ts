import { z } from "zod";
import { storableString } from "../input-schemas";
import { REINTEGRATION_DIMENSIONS, type ReintegrationDimension } from "./vocabulary";

/**
 * The IOM Reintegration Sustainability Survey as versioned reference data: the indicators, their
 * answer options with each option's score (0..1), each indicator's weight within its dimension and
 * each dimension's weight in the composite. Code reads a catalogue only through
 * `surveyCatalogueSchema`; a survey records the `id` of the catalogue it was taken with, so a
 * published list or official weights are a new catalogue value, never an edit of an old one.
 */

const label = z.object({ en: storableString().min(1) }).catchall(storableString().min(1));

const optionSchema = z.object({
  id: storableString().regex(/^[a-z0-9_]+$/),
  /** 0 (worst) .. 1 (best); null: the answer counts for nothing (declined, not applicable). */
  score: z.number().min(0).max(1).nullable(),
  label,
});

const indicatorSchema = z.object({
  id: storableString().regex(/^[a-z0-9_.]+$/),
  dimension: z.enum(REINTEGRATION_DIMENSIONS),
  /** The indicator's weight within its dimension (> 0). */
  weight: z.number().positive(),
  label,
  options: z.array(optionSchema).min(2),
});

export const surveyCatalogueSchema = z
  .object({
    id: storableString().min(1),
    source: storableString().min(1),
    /** True until the indicator list, options and weights are checked against IOM's publication. */
    verify: z.boolean(),
    note: storableString(),
    dimensionWeights: z.object({
      economic: z.number().positive(),
      social: z.number().positive(),
      psychosocial: z.number().positive(),
    }),
    indicators: z.array(indicatorSchema),
  })
  .refine((c) => new Set(c.indicators.map((i) => i.id)).size === c.indicators.length, "indicator ids unique")
  .refine(
    (c) => c.indicators.every((i) => new Set(i.options.map((o) => o.id)).size === i.options.length),
    "option ids unique within an indicator",
  )
  .refine(
    (c) => REINTEGRATION_DIMENSIONS.every((d) => c.indicators.some((i) => i.dimension === d)),
    "every dimension has an indicator",
  );

export type SurveyCatalogue = z.infer<typeof surveyCatalogueSchema>;
export type SurveyIndicator = SurveyCatalogue["indicators"][number];

type Label = { en: string; lt: string };
type Scale = readonly (readonly [id: string, score: number | null, label: Label])[];

/** Declining an indicator is always possible; it leaves the indicator out of the score. */
const DECLINED = ["declined", null, { en: "Declined / not applicable", lt: "Atsisakė / netaikoma" }] as const;

const SATISFACTION: Scale = [
  ["very_satisfied", 1, { en: "Very satisfied", lt: "Labai patenkintas" }],
  ["satisfied", 0.75, { en: "Satisfied", lt: "Patenkintas" }],
  ["neutral", 0.5, { en: "Neither satisfied nor dissatisfied", lt: "Nei patenkintas, nei nepatenkintas" }],
  ["dissatisfied", 0.25, { en: "Dissatisfied", lt: "Nepatenkintas" }],
  ["very_dissatisfied", 0, { en: "Very dissatisfied", lt: "Labai nepatenkintas" }],
];
/** How often something bad happens: never is best. */
const FREQUENCY: Scale = [
  ["never", 1, { en: "Never", lt: "Niekada" }],
  ["rarely", 0.67, { en: "Rarely", lt: "Retai" }],
  ["sometimes", 0.33, { en: "Sometimes", lt: "Kartais" }],
  ["often", 0, { en: "Often", lt: "Dažnai" }],
];
/** How often something good happens: often is best. */
const PARTICIPATION: Scale = [
  ["often", 1, { en: "Often", lt: "Dažnai" }],
  ["sometimes", 0.67, { en: "Sometimes", lt: "Kartais" }],
  ["rarely", 0.33, { en: "Rarely", lt: "Retai" }],
  ["never", 0, { en: "Never", lt: "Niekada" }],
];
const ACCESS: Scale = [
  ["good", 1, { en: "Good access", lt: "Gera prieiga" }],
  ["limited", 0.5, { en: "Limited access", lt: "Ribota prieiga" }],
  ["none", 0, { en: "No access", lt: "Jokios prieigos" }],
];
const YES_NO: Scale = [
  ["yes", 1, { en: "Yes", lt: "Taip" }],
  ["no", 0, { en: "No", lt: "Ne" }],
];
const NO_YES: Scale = [
  ["no", 1, { en: "No", lt: "Ne" }],
  ["yes", 0, { en: "Yes", lt: "Taip" }],
];

function indicator(
  id: string,
  dimension: ReintegrationDimension,
  text: Label,
  scale: Scale,
): SurveyIndicator {
  return {
    id,
    dimension,
    weight: 1,
    label: text,
    options: [...scale, DECLINED].map(([optionId, score, optionLabel]) => ({
      id: optionId,
      score,
      label: optionLabel,
    })),
  };
}

/**
 * Version 1. **verify**: the fifteen indicators follow the published description of IOM's survey
 * (five per dimension), paraphrased; the answer scales and their scores are this product's own,
 * and every weight is equal (1) because the official weights are not public (domain brief §4).
 * Equal weights invent nothing: they are the plain average, to be replaced by a new catalogue
 * once IOM's weights are obtained.
 */
export const SURVEY_CATALOGUE_V1: SurveyCatalogue = surveyCatalogueSchema.parse({
  id: "iom-rss-v1",
  source: "IOM Reintegration Sustainability Survey (indicator list paraphrased; weights not public)",
  verify: true,
  note: "Placeholder scoring: equal weights, product-defined answer scores. Verify against IOM before reporting to donors.",
  dimensionWeights: { economic: 1, social: 1, psychosocial: 1 },
  indicators: [
    indicator(
      "eco.satisfaction",
      "economic",
      {
        en: "Satisfaction with current economic situation",
        lt: "Pasitenkinimas dabartine ekonomine padėtimi",
      },
      SATISFACTION,
    ),
    indicator(
      "eco.food_reduction",
      "economic",
      { en: "Had to reduce the quantity or quality of food", lt: "Teko mažinti maisto kiekį ar kokybę" },
      FREQUENCY,
    ),
    indicator(
      "eco.ability_to_borrow",
      "economic",
      { en: "Could borrow money if needed", lt: "Prireikus galėtų pasiskolinti pinigų" },
      YES_NO,
    ),
    indicator(
      "eco.debt",
      "economic",
      { en: "Debts larger than monthly spending", lt: "Skolos didesnės nei mėnesio išlaidos" },
      NO_YES,
    ),
    indicator(
      "eco.income_source",
      "economic",
      { en: "Has a regular job or source of income", lt: "Turi nuolatinį darbą ar pajamų šaltinį" },
      YES_NO,
    ),
    indicator(
      "soc.housing",
      "social",
      { en: "Access to adequate housing", lt: "Prieiga prie tinkamo būsto" },
      ACCESS,
    ),
    indicator(
      "soc.education",
      "social",
      {
        en: "Access to education (for school-age children)",
        lt: "Prieiga prie švietimo (mokyklinio amžiaus vaikams)",
      },
      ACCESS,
    ),
    indicator(
      "soc.justice",
      "social",
      { en: "Access to justice and law enforcement", lt: "Prieiga prie teisingumo ir teisėsaugos" },
      ACCESS,
    ),
    indicator(
      "soc.documentation",
      "social",
      { en: "Has identity documents", lt: "Turi asmens tapatybės dokumentus" },
      YES_NO,
    ),
    indicator(
      "soc.health",
      "social",
      {
        en: "Access to health care and safe water",
        lt: "Prieiga prie sveikatos priežiūros ir saugaus vandens",
      },
      ACCESS,
    ),
    indicator(
      "psy.social_activities",
      "psychosocial",
      {
        en: "Takes part in social activities in the community",
        lt: "Dalyvauja bendruomenės socialinėje veikloje",
      },
      PARTICIPATION,
    ),
    indicator(
      "psy.support_network",
      "psychosocial",
      { en: "Has people to rely on for support", lt: "Turi žmonių, kuriais gali pasikliauti" },
      YES_NO,
    ),
    indicator(
      "psy.discrimination",
      "psychosocial",
      { en: "Feels discriminated against", lt: "Jaučiasi diskriminuojamas" },
      FREQUENCY,
    ),
    indicator(
      "psy.safety",
      "psychosocial",
      { en: "Feels physically safe in daily life", lt: "Kasdieniame gyvenime jaučiasi fiziškai saugus" },
      YES_NO,
    ),
    indicator(
      "psy.distress",
      "psychosocial",
      { en: "Signs of psychological distress", lt: "Psichologinės kančios požymiai" },
      FREQUENCY,
    ),
  ],
});

export const SURVEY_CATALOGUES: Readonly<Record<string, SurveyCatalogue>> = {
  [SURVEY_CATALOGUE_V1.id]: SURVEY_CATALOGUE_V1,
};
export const CURRENT_SURVEY_CATALOGUE = SURVEY_CATALOGUE_V1;
