import { z } from "zod";
import { isIsoDate, todayIso } from "./age";
import { COUNTRY_CODES } from "./countries";

export const SEXES = ["female", "male", "intersex", "unknown"] as const;
export type Sex = (typeof SEXES)[number];

const name = z.string().trim().min(1, "required").max(200, "too_long");

const isoDate = z.string().refine(isIsoDate, { message: "invalid_date" });

/** The latest calendar date anywhere on Earth (UTC+14): "today" for someone, so never "in the future". */
function latestToday(now: Date): string {
  return todayIso(new Date(now.getTime() + 14 * 60 * 60 * 1000));
}
const EARLIEST_BIRTH = "1900-01-01";

/**
 * What a caseworker records to register a person. Exactly one of date of birth and estimated age:
 * many people arrive without documents, and an estimate is how the presumption of minority is applied.
 */
export const personCreateInput = z
  .object({
    givenName: name,
    familyName: name,
    dateOfBirth: isoDate.nullish(),
    estimatedAge: z.number().int().min(0, "out_of_range").max(120, "out_of_range").nullish(),
    sex: z.enum(SEXES),
    citizenships: z.array(z.enum(COUNTRY_CODES)).min(1, "required").max(5, "too_many"),
  })
  .superRefine((value, ctx) => {
    const hasBirth = value.dateOfBirth != null;
    const hasEstimate = value.estimatedAge != null;
    if (hasBirth === hasEstimate) {
      ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "birth_or_estimate" });
    }
    const birth = value.dateOfBirth != null && isIsoDate(value.dateOfBirth) ? value.dateOfBirth : null;
    if (birth !== null && birth > latestToday(new Date())) {
      ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "in_future" });
    }
    if (birth !== null && birth < EARLIEST_BIRTH) {
      ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "too_early" });
    }
    if (new Set(value.citizenships).size !== value.citizenships.length) {
      ctx.addIssue({ code: "custom", path: ["citizenships"], message: "duplicate" });
    }
  });

export type PersonCreateInput = z.infer<typeof personCreateInput>;

export function displayName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
