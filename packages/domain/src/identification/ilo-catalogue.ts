import { z } from "zod";
import { storableString } from "../input-schemas";

/**
 * The ILO / European Commission "Operational indicators of trafficking in human beings" (2009) as
 * versioned data: four lists (adults and children × labour and sexual exploitation), each in the same
 * six dimensions, each indicator with its strength. Code reads the catalogue only through
 * `iloCatalogueSchema`, so the published list can be loaded in full (a new catalogue value with a new
 * `id`) without changing any code. A screening records the `id` of the catalogue it used.
 */

/** The six dimensions, in the publication's order. */
export const ILO_DIMENSIONS = [
  "deceptive_recruitment",
  "coercive_recruitment",
  "recruitment_abuse_of_vulnerability",
  "exploitative_conditions",
  "coercion_at_destination",
  "abuse_of_vulnerability_at_destination",
] as const;
export type IloDimension = (typeof ILO_DIMENSIONS)[number];

/** Dimensions about how the person was recruited (the act, by a means). */
export const RECRUITMENT_DIMENSIONS: readonly IloDimension[] = [
  "deceptive_recruitment",
  "coercive_recruitment",
  "recruitment_abuse_of_vulnerability",
];
/** Dimensions about coercion at destination (means); not required for a child. */
export const COERCION_DIMENSIONS: readonly IloDimension[] = [
  "coercion_at_destination",
  "abuse_of_vulnerability_at_destination",
];

export const INDICATOR_STRENGTHS = ["S", "M", "W"] as const;
export type IndicatorStrength = (typeof INDICATOR_STRENGTHS)[number];

export const ILO_POPULATIONS = ["adult", "child"] as const;
export type IloPopulation = (typeof ILO_POPULATIONS)[number];
export const ILO_EXPLOITATIONS = ["labour", "sexual"] as const;
export type IloExploitation = (typeof ILO_EXPLOITATIONS)[number];

const indicatorSchema = z.object({
  /** Stable within the catalogue and across its lists: the same indicator keeps its id. */
  id: storableString().regex(/^[a-z0-9_.]+$/),
  strength: z.enum(INDICATOR_STRENGTHS),
  /** The indicator's words per language (`en` at least); the interface falls back to English. */
  label: z.object({ en: storableString().min(1) }).catchall(storableString().min(1)),
});

const listSchema = z.object({
  population: z.enum(ILO_POPULATIONS),
  exploitation: z.enum(ILO_EXPLOITATIONS),
  dimensions: z
    .array(z.object({ dimension: z.enum(ILO_DIMENSIONS), indicators: z.array(indicatorSchema) }))
    .refine(
      (ds) => ILO_DIMENSIONS.every((d) => ds.filter((x) => x.dimension === d).length === 1),
      "every dimension exactly once",
    ),
});

export const iloCatalogueSchema = z
  .object({
    /** Recorded with every screening; a new catalogue gets a new id. */
    id: storableString().min(1),
    source: storableString().min(1),
    /** "partial": only the indicators named in the domain brief, strengths as reported there. */
    completeness: z.enum(["partial", "full"]),
    lists: z.array(listSchema),
  })
  .refine(
    (c) =>
      ILO_POPULATIONS.every((p) =>
        ILO_EXPLOITATIONS.every(
          (e) => c.lists.filter((l) => l.population === p && l.exploitation === e).length === 1,
        ),
      ),
    "one list per population and exploitation",
  )
  .refine(
    (c) =>
      c.lists.every((l) => {
        const ids = l.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
        return new Set(ids).size === ids.length;
      }),
    "indicator ids unique within a list",
  );

export type IloCatalogue = z.infer<typeof iloCatalogueSchema>;
export type IloList = IloCatalogue["lists"][number];
export type IloIndicator = z.infer<typeof indicatorSchema>;
