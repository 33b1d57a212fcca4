import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import { isIsoDate, parseIsoDate, todayIso } from "./age";
import { COUNTRY_CODES } from "./countries";
import { withIdempotencyKey } from "./idempotency";
import { idInput, storableString, versionInput } from "./input-schemas";
import { LANGUAGE_CODES } from "./languages";
import { cursorParam } from "./pagination";
import { type Actor, can, type PersonFacts, type Withheld } from "./policy";

export * from "./languages";

export const SEXES = ["female", "male", "intersex", "unknown"] as const;
export type Sex = (typeof SEXES)[number];

/** Gender as HTCDS 2.0 records it. */
export const GENDERS = [
  "Feminine",
  "Masculine",
  "TransgenderFeminine",
  "TransgenderMasculine",
  "NonConforming",
  "NonSpecifiedUnknown",
] as const;
export type Gender = (typeof GENDERS)[number];

export const IDENTITY_DOCUMENT_TYPES = [
  "passport",
  "national_id",
  "residence_permit",
  "travel_document",
  "birth_certificate",
  "driving_licence",
  "other",
] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

/**
 * How a household member relates to the person. A link is recorded in both directions, each side
 * with its own word: when A is B's parent, B is A's child.
 */
export const HOUSEHOLD_RELATIONSHIPS = [
  "spouse_or_partner",
  "parent",
  "child",
  "sibling",
  "grandparent",
  "grandchild",
  "guardian",
  "ward",
  "other_relative",
  "other",
] as const;
export type HouseholdRelationship = (typeof HOUSEHOLD_RELATIONSHIPS)[number];

const INVERSE: Record<HouseholdRelationship, HouseholdRelationship> = {
  spouse_or_partner: "spouse_or_partner",
  parent: "child",
  child: "parent",
  sibling: "sibling",
  grandparent: "grandchild",
  grandchild: "grandparent",
  guardian: "ward",
  ward: "guardian",
  other_relative: "other_relative",
  other: "other",
};

/** The relationship seen from the member's side: "B is A's parent" gives "A is B's child". */
export function inverseRelationship(relationship: HouseholdRelationship): HouseholdRelationship {
  return INVERSE[relationship];
}

// ---------------------------------------------------------------------------------------------
// Names

/** Unicode NFC, trimmed, inner runs of white space made one space: what is stored and compared. */
export function normaliseName(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/gu, " ");
}

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** True when every letter of the text is a Latin letter (with or without diacritics). */
export function isLatinScript(value: string): boolean {
  for (const char of value) {
    if (LETTER.test(char) && !LATIN_LETTER.test(char)) return false;
  }
  return true;
}

const name = storableString()
  .transform(normaliseName)
  .pipe(storableString().min(1, "required").max(200, "too_long"));
/** A Latin transliteration: empty means none was given. */
const latinName = storableString()
  .nullish()
  .transform((value) => {
    const normalised = value == null ? "" : normaliseName(value);
    return normalised === "" ? null : normalised;
  })
  .pipe(storableString().max(200, "too_long").nullable());

/**
 * The name in Latin letters, as a passport writes it: the typed transliteration of each part when
 * there is one, else the part itself. (What searches compare is `personSearchName`, in search.ts.)
 */
export function nameInLatin(person: {
  givenName: string;
  familyName: string;
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
}): string {
  return `${person.givenNameLatin || person.givenName} ${person.familyNameLatin || person.familyName}`;
}

// ---------------------------------------------------------------------------------------------
// Contact

/** National numbers without a country prefix are read as Lithuanian: the office's country. */
export const DEFAULT_PHONE_COUNTRY = "LT";

/** The number in E.164 (`+37061234567`), or null when it is not a valid phone number. */
export function toE164(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value.trim(), DEFAULT_PHONE_COUNTRY);
  return parsed?.isValid() ? parsed.number : null;
}

/** An E.164 number written for people (`+370 612 34567`). */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

const phone = storableString()
  .trim()
  .min(1, { message: "required", abort: true })
  .max(40, { message: "too_long", abort: true })
  .refine((value) => toE164(value) !== null, "invalid_phone")
  .transform((value) => toE164(value) ?? value);

/** Lithuanian postal codes: `LT-12345`, also accepted as `12345` or `lt 12345`. */
export function normalisePostalCode(value: string): string {
  const compact = value.replace(/[\s-]/g, "").toUpperCase();
  const digits = compact.startsWith("LT") ? compact.slice(2) : compact;
  return /^\d{5}$/.test(digits) ? `LT-${digits}` : value.trim();
}

const optionalText = (max: number) =>
  storableString()
    .nullish()
    .transform((value) => (value == null ? "" : normaliseName(value)))
    .pipe(storableString().max(max, "too_long"));

/** An address in Lithuania; all blank means no address. */
export const addressInput = z
  .object({
    street: optionalText(200),
    city: optionalText(100),
    postalCode: storableString()
      .nullish()
      .transform((value) => (value == null ? "" : normalisePostalCode(value)))
      .refine((value) => value === "" || /^LT-\d{5}$/.test(value), "invalid_postal_code"),
  })
  .superRefine((value, ctx) => {
    const given = value.street !== "" || value.city !== "" || value.postalCode !== "";
    if (given && value.street === "") ctx.addIssue({ code: "custom", path: ["street"], message: "required" });
    if (given && value.city === "") ctx.addIssue({ code: "custom", path: ["city"], message: "required" });
  })
  .transform((value) =>
    value.street === "" && value.city === "" && value.postalCode === ""
      ? null
      : {
          street: value.street,
          city: value.city,
          postalCode: value.postalCode === "" ? null : value.postalCode,
        },
  );
export type Address = { street: string; city: string; postalCode: string | null };

// ---------------------------------------------------------------------------------------------
// Identity documents

/** Document numbers are compared without case, spaces, hyphens, dots or slashes. */
export function normaliseDocumentNumber(value: string): string {
  return value
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-./]/gu, "");
}

const isoDate = storableString().refine(isIsoDate, { message: "invalid_date" });

export const identityDocumentInput = z.object({
  type: z.enum(IDENTITY_DOCUMENT_TYPES),
  number: storableString()
    .transform(normaliseDocumentNumber)
    .pipe(
      storableString()
        .min(1, { message: "required", abort: true })
        .max(40, "too_long")
        .regex(/^[A-Z0-9]+$/, "invalid_document_number"),
    ),
  issuingCountry: z.enum(COUNTRY_CODES),
  expiresOn: storableString()
    .nullish()
    .transform((value) => (value == null || value.trim() === "" ? null : value.trim()))
    .pipe(isoDate.nullable()),
});
export type IdentityDocumentInput = z.output<typeof identityDocumentInput>;

// ---------------------------------------------------------------------------------------------
// The person

/** The latest calendar date anywhere on Earth (UTC+14): "today" for someone, so never "in the future". */
function latestToday(now: Date): string {
  return todayIso(new Date(now.getTime() + 14 * 60 * 60 * 1000));
}
const EARLIEST_BIRTH = "1900-01-01";

export const householdMemberInput = z.object({
  personId: idInput(),
  /** What the member is to this person ("parent": the member is this person's parent). */
  relationship: z.enum(HOUSEHOLD_RELATIONSHIPS),
});
export type HouseholdMemberInput = z.output<typeof householdMemberInput>;

const personFields = {
  givenName: name,
  familyName: name,
  /** Required for a name part written in another script (Cyrillic, Arabic…): how it is spelt in Latin letters. */
  givenNameLatin: latinName,
  familyNameLatin: latinName,
  dateOfBirth: isoDate.nullish(),
  estimatedAge: z.number().int().min(0, "out_of_range").max(120, "out_of_range").nullish(),
  sex: z.enum(SEXES),
  gender: z.enum(GENDERS).default("NonSpecifiedUnknown"),
  citizenships: z.array(z.enum(COUNTRY_CODES)).min(1, "required").max(5, "too_many"),
  languages: z.array(z.enum(LANGUAGE_CODES)).max(10, "too_many").default([]),
  phones: z.array(phone).max(5, "too_many").default([]),
  address: addressInput.nullish().transform((value) => value ?? null),
  documents: z.array(identityDocumentInput).max(10, "too_many").default([]),
  household: z.array(householdMemberInput).max(20, "too_many").default([]),
};

/** Some of the person's fields, as registration checks them. */
function pickFields<K extends keyof typeof personFields>(...keys: K[]): Pick<typeof personFields, K> {
  return Object.fromEntries(keys.map((key) => [key, personFields[key]])) as Pick<typeof personFields, K>;
}

function hasRepeats(values: readonly unknown[]): boolean {
  return new Set(values).size !== values.length;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/**
 * The rules across fields, shared by registration and update. They run even when some field is
 * invalid (so the form shows every problem at once), and so take nothing about the value for granted.
 */
function checkPerson(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  const hasBirth = value.dateOfBirth != null;
  const hasEstimate = value.estimatedAge != null;
  if (hasBirth === hasEstimate) issue(["dateOfBirth"], "birth_or_estimate");
  const birth =
    typeof value.dateOfBirth === "string" && isIsoDate(value.dateOfBirth) ? value.dateOfBirth : null;
  if (birth !== null && birth > latestToday(new Date())) issue(["dateOfBirth"], "in_future");
  if (birth !== null && birth < EARLIEST_BIRTH) issue(["dateOfBirth"], "too_early");

  for (const part of ["given", "family"] as const) {
    const native = value[`${part}Name`];
    const latin = value[`${part}NameLatin`];
    const hasLatin = typeof latin === "string" && latin.trim() !== "";
    if (typeof native === "string" && !hasLatin && !isLatinScript(native))
      issue([`${part}NameLatin`], "latin_required");
    if (hasLatin && !isLatinScript(latin)) issue([`${part}NameLatin`], "not_latin");
  }

  for (const group of ["citizenships", "languages", "phones"] as const) {
    const values = list(value[group]).filter((v) => typeof v === "string" && v !== "");
    if (hasRepeats(values)) issue([group], "duplicate");
  }
  const documents = list(value.documents).map(
    (d) => `${field(d, "type")} ${field(d, "issuingCountry")} ${field(d, "number")}`,
  );
  if (hasRepeats(documents)) issue(["documents"], "duplicate");
  const members = list(value.household)
    .map((m) => field(m, "personId"))
    .filter((id) => typeof id === "string" && id !== "");
  if (hasRepeats(members)) issue(["household"], "duplicate");
}

/** Cross-field rules run whenever the input is an object at all. */
const always = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

/**
 * What a caseworker records to register a person. Exactly one of date of birth and estimated age:
 * many people arrive without documents, and an estimate is how the presumption of minority is applied.
 */
export const personCreateInput = z
  .object({ ...personFields, ...withIdempotencyKey })
  .superRefine((value, ctx) => checkPerson(value as Record<string, unknown>, ctx), always);
export type PersonCreateInput = z.input<typeof personCreateInput>;
export type PersonCreateData = z.output<typeof personCreateInput>;

/**
 * A change to a person, naming the version that was read (a stale one is refused). The household
 * lists the members the editor can see; links to people they cannot see are kept as they are.
 * `documents` left out keeps the documents as they are.
 */
export const personUpdateInput = z
  .object({
    ...personFields,
    id: idInput(),
    version: versionInput,
    documents: z.array(identityDocumentInput).max(10, "too_many").optional(),
  })
  .superRefine((value, ctx) => {
    checkPerson(value as Record<string, unknown>, ctx);
    if (list(value.household).some((m) => field(m, "personId") === value.id)) {
      ctx.addIssue({ code: "custom", path: ["household"], message: "self_link" });
    }
  }, always);
export type PersonUpdateInput = z.input<typeof personUpdateInput>;
export type PersonUpdateData = z.output<typeof personUpdateInput>;

export const personSearchInput = z.object({
  query: storableString()
    .transform(normaliseName)
    .pipe(storableString().min(2, "too_short").max(200, "too_long")),
  /** Leaves this person out (the person whose household is being edited). */
  excludeId: idInput().optional(),
});

/** The people list: newest registrations first, optionally narrowed by a name, paged by keyset. */
export const personListInput = z
  .object({
    query: storableString()
      .transform(normaliseName)
      .pipe(storableString().min(2, "too_short").max(200, "too_long"))
      .optional(),
    after: cursorParam.optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .default({ limit: 25 });
export type PersonListInput = z.infer<typeof personListInput>;

export function displayName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

// ---------------------------------------------------------------------------------------------
// Duplicates

/**
 * What the duplicate check compares: the names, the date of birth or estimated age, the
 * citizenships and the identity document numbers. The registration form sends its whole input (the
 * other fields are dropped); while the form is being filled it sends what it has so far, so nothing
 * here is required beyond the names, and without any citizenship yet a similar name with a close
 * birth is enough (see `duplicateNeedsCitizenship`).
 */
export const duplicateCheckInput = z.object({
  ...pickFields(
    "givenName",
    "familyName",
    "givenNameLatin",
    "familyNameLatin",
    "dateOfBirth",
    "estimatedAge",
  ),
  citizenships: z.array(z.enum(COUNTRY_CODES)).max(5, "too_many").default([]),
  documents: z
    .array(z.object({ number: identityDocumentInput.shape.number }))
    .max(10, "too_many")
    .default([]),
});
export type DuplicateCheckInput = z.input<typeof duplicateCheckInput>;
export type DuplicateCheckData = z.output<typeof duplicateCheckInput>;

/**
 * Whether a name match must share a citizenship: when the check names any. A form filled so far
 * with names and a birth date only is compared on those, so that the caseworker sees a possible
 * duplicate before typing the rest of the person's details.
 */
export function duplicateNeedsCitizenship(input: { citizenships: readonly string[] }): boolean {
  return input.citizenships.length > 0;
}

/** Names at least this similar (pg_trgm similarity of the searchable names) count as "similar". */
export const DUPLICATE_NAME_SIMILARITY = 0.45;
/** Two dates of birth this many years apart or closer are "close". */
export const EXACT_BIRTH_TOLERANCE_YEARS = 1;
/** When either side is an estimate, the window is wider. */
export const ESTIMATED_BIRTH_TOLERANCE_YEARS = 3;

/** Why the duplicate check matched someone: the same document number, or a similar name with a close birth. */
export const DUPLICATE_REASONS = ["document", "name_birth_citizenship"] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

function shiftYears(iso: string, years: number, months = 0): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new RangeError(`not an ISO date: ${iso}`);
  const date = new Date(Date.UTC(parsed.year + years, parsed.month - 1 + months, 1));
  // Clamp the day to the target month (29 February in a common year becomes 28 February).
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(parsed.day, lastDay));
  return todayIso(date);
}

/**
 * A birth date to compare: the date of birth, or for an estimated age the middle of the year the
 * person would have been born in (estimated on `estimatedOn`, today for a new registration).
 */
export function approximateBirthDate(person: {
  dateOfBirth?: string | null | undefined;
  estimatedAge?: number | null | undefined;
  ageEstimatedOn?: string | null | undefined;
  today: string;
}): string | null {
  if (person.dateOfBirth) return person.dateOfBirth;
  if (person.estimatedAge == null) return null;
  return shiftYears(person.ageEstimatedOn ?? person.today, -person.estimatedAge, -6);
}

/**
 * Where the birth date of a possible duplicate must fall, for a person being registered: one year
 * either side of an exact date of birth, three when the registration has only an estimate. (A
 * stored person with an estimate is compared over three years too; see the person router.)
 */
export function birthWindow(
  person: { dateOfBirth?: string | null | undefined; estimatedAge?: number | null | undefined },
  today: string,
): {
  exact: boolean;
  approximate: string;
  exactFrom: string;
  exactTo: string;
  wideFrom: string;
  wideTo: string;
} | null {
  const approximate = approximateBirthDate({ ...person, today });
  if (approximate === null) return null;
  return {
    exact: Boolean(person.dateOfBirth),
    approximate,
    exactFrom: shiftYears(approximate, -EXACT_BIRTH_TOLERANCE_YEARS),
    exactTo: shiftYears(approximate, EXACT_BIRTH_TOLERANCE_YEARS),
    wideFrom: shiftYears(approximate, -ESTIMATED_BIRTH_TOLERANCE_YEARS),
    wideTo: shiftYears(approximate, ESTIMATED_BIRTH_TOLERANCE_YEARS),
  };
}

// ---------------------------------------------------------------------------------------------
// A person's record as the actor may see it (who may see or change it: `can`, person.* actions)

/** A person's identity documents as the actor may see them (`person.documents.read`). */
export function personDocumentsFor<T>(actor: Actor, person: PersonFacts, documents: T): T | Withheld {
  return can(actor, { kind: "person.documents.read", person }) ? documents : { withheld: true };
}
