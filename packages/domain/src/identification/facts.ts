import { z } from "zod";
import { estimatedAgeOn, isIsoDate } from "../age";
import { storableString, textInput } from "../input-schemas";
import { ILO_EXPLOITATIONS } from "./ilo-catalogue";
import { ACT_CODES, IDENTIFICATION_ELEMENTS, MEANS_CODES, PURPOSE_CODES } from "./vocabulary";

const evidence = textInput(500).default("");
const isoDate = storableString().refine(isIsoDate, "invalid_date");

function observed<const T extends readonly [string, ...string[]]>(codes: T) {
  return z
    .array(z.object({ code: z.enum(codes), evidence }))
    .max(codes.length)
    .refine((items) => new Set(items.map((i) => i.code)).size === items.length, "duplicate")
    .default([]);
}

/**
 * What a caseworker records in a screening: the facts the assessment reads, and nothing else. Each
 * act, means and purpose observed carries an optional evidence reference (a document, a note, an
 * interview), which the assessment shows next to the element it supports.
 */
export const identificationFactsSchema = z
  .object({
    acts: observed(ACT_CODES),
    means: observed(MEANS_CODES),
    purposes: observed(PURPOSE_CODES),
    /**
     * Elements the caseworker checked and found absent (a person smuggled and free on arrival: no
     * exploitation). An element observed is met whatever is ruled out: a fact is never cancelled.
     */
    ruledOut: z
      .array(z.enum(IDENTIFICATION_ELEMENTS))
      .default([])
      .refine((xs) => new Set(xs).size === xs.length, "duplicate"),
    dateOfBirth: isoDate.nullable().default(null),
    /** Estimated age in years on `screenedOn`, when the date of birth is unknown or doubtful. */
    estimatedAge: z.number().int().min(0).max(120).nullable().default(null),
    /** The day the facts were gathered (the estimated age is an estimate on that day). */
    screenedOn: isoDate.nullable().default(null),
    /** When the act (recruitment, transport…) took place; the age that counts is the age then. */
    dateOfAct: isoDate.nullable().default(null),
    /** The person said they agreed: recorded, and set aside by the law where a means was used. */
    personSaidTheyAgreed: z.boolean().default(false),
    /** Which ILO lists apply: labour or sexual exploitation (adult or child follows from the age). */
    indicatorExploitation: z.enum(ILO_EXPLOITATIONS).default("labour"),
    indicators: z
      .array(z.object({ id: storableString().min(1).max(100), evidence }))
      .max(200)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, "duplicate")
      .default([]),
  })
  .superRefine((f, ctx) => {
    if (f.dateOfBirth && f.dateOfAct && f.dateOfAct < f.dateOfBirth) {
      ctx.addIssue({ code: "custom", path: ["dateOfAct"], message: "before_birth" });
    }
    if (f.dateOfAct && f.screenedOn && f.dateOfAct > f.screenedOn) {
      ctx.addIssue({ code: "custom", path: ["dateOfAct"], message: "after_screening" });
    }
    if (f.dateOfBirth && f.screenedOn && f.dateOfBirth > f.screenedOn) {
      ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "after_screening" });
    }
  });

export type IdentificationFacts = z.output<typeof identificationFactsSchema>;
export type IdentificationFactsInput = z.input<typeof identificationFactsSchema>;

/** A screening with nothing recorded yet. */
export const EMPTY_IDENTIFICATION_FACTS: IdentificationFacts = identificationFactsSchema.parse({});

/** What a person's record says of their age (the people table's columns). */
export interface RecordedAge {
  dateOfBirth: string | null;
  estimatedAge: number | null;
  /** The day the age was estimated; without it, the estimate is read as made today. */
  ageEstimatedOn: string | null;
}

/**
 * The age facts a new screening starts from: the person's recorded date of birth, or else their
 * estimated age carried forward to today (office calendar), which then becomes the screening date
 * the estimate is read on. Without either, nothing: the caseworker records the age in the screening.
 * The age decides whether the child rule applies (act and purpose suffice under 18), so a screening
 * must not begin "age unknown" when the person's record knows it.
 */
export function screeningAgeFacts(
  person: RecordedAge,
  today: string,
): Pick<IdentificationFacts, "dateOfBirth" | "estimatedAge" | "screenedOn"> {
  if (person.dateOfBirth && person.dateOfBirth <= today) {
    return { dateOfBirth: person.dateOfBirth, estimatedAge: null, screenedOn: null };
  }
  if (person.estimatedAge !== null) {
    const estimatedOn =
      person.ageEstimatedOn && person.ageEstimatedOn <= today ? person.ageEstimatedOn : today;
    return {
      dateOfBirth: null,
      estimatedAge: Math.min(120, estimatedAgeOn(person.estimatedAge, estimatedOn, today)),
      screenedOn: today,
    };
  }
  return { dateOfBirth: null, estimatedAge: null, screenedOn: null };
}

/** A screening with nothing recorded yet but the person's age, as their record gives it. */
export function newScreeningFacts(person: RecordedAge, today: string): IdentificationFacts {
  return { ...EMPTY_IDENTIFICATION_FACTS, ...screeningAgeFacts(person, today) };
}
