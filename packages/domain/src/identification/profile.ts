import { z } from "zod";
import { COUNTRY_CODES } from "../countries";
import {
  ISIC_SECTIONS,
  METHODS_OF_CONTROL,
  RECRUITMENT_METHODS,
  RELATIONSHIPS_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPES,
  TYPES_OF_EXPLOITATION,
} from "./vocabulary";

function set<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .refine((xs) => new Set(xs).size === xs.length, "duplicate")
    .default([]);
}

/**
 * The HTCDS profile of a screened person's situation: what a CTDC-style export reads (types of
 * exploitation, methods of control, sexual-exploitation types, forced-labour industries as ISIC
 * sections, recruitment methods, relationship to the trafficker, country of exploitation).
 */
export const traffickingProfileSchema = z.object({
  typesOfExploitation: set(TYPES_OF_EXPLOITATION),
  methodsOfControl: set(METHODS_OF_CONTROL),
  sexualExploitationTypes: set(SEXUAL_EXPLOITATION_TYPES),
  forcedLabourIndustries: set(ISIC_SECTIONS),
  recruitmentMethods: set(RECRUITMENT_METHODS),
  relationshipToTrafficker: z.enum(RELATIONSHIPS_TO_TRAFFICKER).nullable().default(null),
  countryOfExploitation: z.enum(COUNTRY_CODES).nullable().default(null),
});

export type TraffickingProfile = z.output<typeof traffickingProfileSchema>;

export const EMPTY_TRAFFICKING_PROFILE: TraffickingProfile = traffickingProfileSchema.parse({});
