import {
  COUNTRY_CODES,
  type CountryCode,
  GENDERS,
  type Gender,
  LANGUAGE_CODES,
  type LanguageCode,
  SEXES,
  type Sex,
} from "@kelias/domain";
import { check, date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { userRef } from "./authored";
import { codes, eachOf, id, oneOf, searchKeyVersion, timestamps, version } from "./columns";

export const people = pgTable(
  "people",
  {
    id: id(),
    givenName: text().notNull(),
    familyName: text().notNull(),
    /** Latin transliterations, for name parts written in another script (null when not needed). */
    givenNameLatin: text(),
    familyNameLatin: text(),
    dateOfBirth: date({ mode: "string" }),
    estimatedAge: integer(),
    /** The day the age was estimated, so the estimate can be carried forward to any later date. */
    ageEstimatedOn: date({ mode: "string" }),
    sex: text().$type<Sex>().notNull(),
    /** HTCDS gender vocabulary. */
    gender: text().$type<Gender>().notNull().default("NonSpecifiedUnknown"),
    citizenships: codes<CountryCode>(),
    /** ISO 639 codes. */
    languages: codes<LanguageCode>(),
    /** E.164 numbers. */
    phones: codes<string>(),
    /** Address in Lithuania; street and city are both set or both null. */
    addressStreet: text(),
    addressCity: text(),
    addressPostalCode: text(),
    /**
     * What name searches (the global search, the people list, the household picker, the duplicate
     * check) compare: every word of every name, transliterated to Latin and folded
     * (`personSearchName` in the domain). Written by the API with the names; see `searchKeyVersion`.
     */
    searchName: text().notNull().default(""),
    searchKeyVersion: searchKeyVersion(),
    createdBy: userRef().notNull(),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index("people_family_name_idx").on(t.familyName),
    // The people list walks registrations newest first; a caseworker's own registrations by creator.
    index("people_created_idx").on(t.createdAt, t.id),
    index("people_created_by_idx").on(t.createdBy, t.createdAt),
    index("people_search_name_trgm_idx").using("gin", t.searchName.op("gin_trgm_ops")),
    // The global search by date of birth and by phone number.
    index("people_date_of_birth_idx").on(t.dateOfBirth),
    index("people_phones_idx").using("gin", t.phones),
    // The start-up backfill finds the rows to compute from here (few, usually none).
    index("people_search_key_version_idx").on(t.searchKeyVersion),
    check("people_sex_check", oneOf(t.sex, SEXES)),
    check("people_gender_check", oneOf(t.gender, GENDERS)),
    check("people_citizenships_check", eachOf(t.citizenships, COUNTRY_CODES)),
    check("people_languages_check", eachOf(t.languages, LANGUAGE_CODES)),
  ],
);

export type PersonRow = typeof people.$inferSelect;
