import anyAscii from "any-ascii";
import { z } from "zod";
import { parseIsoDate } from "./age";
import { storableString } from "./input-schemas";
import { normaliseDocumentNumber, toE164 } from "./person";
import type { Actor, SensitiveCategory } from "./policy";
import { PROGRAMME_CODES, type Programme } from "./programmes";
import type { Role } from "./roles";

/*
 * Global search: one query, answered with the people and cases of the actor's scope that it names.
 * What a stored record is searched by is folded here, on write, by the same function that folds the
 * query, so that both sides compare like with like: Latin letters without diacritics, lower case,
 * and every other script transliterated to Latin (any-ascii), so `Marozau` finds `Марозаў` whether
 * or not anyone typed a transliteration.
 */

/**
 * Text as search compares it: transliterated to ASCII (Cyrillic, Greek, Arabic, … and Latin with
 * diacritics alike), lower case, words of letters and digits separated by single spaces.
 */
export function searchText(value: string): string {
  return anyAscii(value.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * What a name search compares of a person: every word of every name they are known by (the names
 * as written, and the Latin transliterations typed for them), folded by `searchText`, each once.
 * Stored on the person by every writer (`people.search_name`), with `SEARCH_KEY_VERSION`.
 */
export function personSearchName(person: {
  givenName: string;
  familyName: string;
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
}): string {
  const parts = [
    person.givenName,
    person.familyName,
    person.givenNameLatin ?? "",
    person.familyNameLatin ?? "",
  ];
  const words = new Set<string>();
  for (const part of parts) {
    for (const word of searchText(part).split(" ")) if (word) words.add(word);
  }
  return [...words].join(" ");
}

/**
 * The version of the folding above. Rows carry the version their search columns were computed
 * with; at start-up the rows of an older version (or written without them) are computed again, so
 * a change of the folding (or of the transliteration library) reaches every stored record.
 */
export const SEARCH_KEY_VERSION = 1;

/** The most words of a query a full-text search of notes uses. */
const MAX_NOTE_WORDS = 8;

/**
 * A Postgres `tsquery` (config `simple`) for the folded words of a query, each also matching as a
 * prefix (`marozau` finds `marozaus`): only letters and digits reach it, so it cannot be malformed.
 * Null when there is no word.
 */
export function noteQuery(query: string): string | null {
  const words = searchText(query).split(" ").filter(Boolean).slice(0, MAX_NOTE_WORDS);
  return words.length > 0 ? words.map((w) => `${w}:*`).join(" & ") : null;
}

/**
 * Where a note's snippet in the results marks the words that matched (control characters, which
 * no note is written with); the results page shows them highlighted.
 */
export const SNIPPET_START = "\u0002";
export const SNIPPET_STOP = "\u0003";

/** A snippet's text in parts, each marked when it matched. */
export function snippetParts(snippet: string): { text: string; matched: boolean }[] {
  const parts: { text: string; matched: boolean }[] = [];
  let rest = snippet;
  while (rest !== "") {
    const start = rest.indexOf(SNIPPET_START);
    if (start < 0) {
      parts.push({ text: rest.replaceAll(SNIPPET_STOP, ""), matched: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start).replaceAll(SNIPPET_STOP, ""), matched: false });
    const stop = rest.indexOf(SNIPPET_STOP, start + 1);
    const end = stop < 0 ? rest.length : stop;
    const text = rest.slice(start + 1, end).replaceAll(SNIPPET_START, "");
    if (text !== "") parts.push({ text, matched: true });
    rest = stop < 0 ? "" : rest.slice(stop + 1);
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// What a query is

/** The kinds of thing a query may be; a query can be several (a number is a reference and a phone). */
export const SEARCH_KINDS = ["name", "reference", "document", "phone", "birthDate", "notes"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A case reference, whole or in part, as `LIKE` patterns on `cases.reference` (no wildcard is typed). */
export interface ReferenceQuery {
  /** The whole reference, with the sequence padded as references are (`AVRR-2026-42` → `AVRR-2026-00042`). */
  exact: string | null;
  /** A pattern for references that begin or contain what was typed. */
  pattern: string;
}

export interface SearchPlan {
  /** The folded words, for names and notes (empty: none). */
  text: string;
  /** The notes' full-text query, or null. */
  notes: string | null;
  reference: ReferenceQuery | null;
  /** A normalised identity document number, or null. */
  documentNumber: string | null;
  /** An E.164 phone number, or null. */
  phone: string | null;
  /** An ISO date of birth, or null. */
  birthDate: string | null;
  kinds: SearchKind[];
}

const CODES = Object.values(PROGRAMME_CODES).join("|");
/** `AVRR-2026-42`, `avrr 2026 42`, `AVRR-2026-00042`: a whole reference. */
const WHOLE_REFERENCE = new RegExp(`^(${CODES})-(\\d{4})-(\\d{1,5})$`);
/** `AVRR`, `AVRR-`, `AVRR-20`, `AVRR-2026-`: the beginning of one. */
const REFERENCE_START = new RegExp(`^(${CODES})(-\\d{0,4})?-?$`);
/** `2026-42`: year and sequence without the programme. */
const YEAR_SEQUENCE = /^(\d{4})-(\d{1,5})$/;
/** `00042`: a sequence as references write it (five digits). */
const SEQUENCE = /^\d{5}$/;

function referenceQuery(query: string): ReferenceQuery | null {
  const typed = query.trim().toUpperCase().replace(/\s+/g, "-");
  const whole = WHOLE_REFERENCE.exec(typed);
  if (whole) {
    const [, code, year, sequence] = whole as unknown as [string, string, string, string];
    return { exact: `${code}-${year}-${sequence.padStart(5, "0")}`, pattern: `${typed}%` };
  }
  if (REFERENCE_START.test(typed)) return { exact: null, pattern: `${typed}%` };
  const yearSequence = YEAR_SEQUENCE.exec(typed);
  if (yearSequence) {
    const [, year, sequence] = yearSequence as unknown as [string, string, string];
    return { exact: null, pattern: `%-${year}-${sequence.padStart(5, "0")}` };
  }
  if (SEQUENCE.test(typed)) return { exact: null, pattern: `%-${typed}` };
  return null;
}

/** Day first, as the office writes dates: `12.05.1990`, `12/05/1990`, `12-05-1990`; or ISO. */
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

function birthDateQuery(query: string): string | null {
  const typed = query.trim();
  if (parseIsoDate(typed)) return typed;
  const match = DAY_FIRST.exec(typed);
  if (!match) return null;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return parseIsoDate(iso) ? iso : null;
}

/** Only digits and what people write between them; at least six digits. */
const PHONE_LIKE = /^\+?[\d\s()./-]+$/;

function phoneQuery(query: string): string | null {
  const typed = query.trim();
  if (!PHONE_LIKE.test(typed) || typed.replace(/\D/g, "").length < 6) return null;
  return toE164(typed);
}

/** Letters and digits, at least one digit: what a document number looks like. */
const DOCUMENT_LIKE = /^(?=.*\d)[A-Z0-9]{4,40}$/;

function documentQuery(query: string): string | null {
  const number = normaliseDocumentNumber(query.trim());
  return DOCUMENT_LIKE.test(number) ? number : null;
}

/**
 * What a query asks for. A name and the notes are always searched when the query has a word of
 * letters; a reference, a document number, a phone number or a date only when it looks like one.
 */
export function planSearch(query: string): SearchPlan {
  const text = searchText(query);
  const hasLetters = /[a-z]/.test(text);
  const reference = referenceQuery(query);
  const documentNumber = documentQuery(query);
  const phone = phoneQuery(query);
  const birthDate = birthDateQuery(query);
  // A date's digits are no note search.
  const notes = birthDate ? null : noteQuery(query);
  const kinds: SearchKind[] = [];
  if (hasLetters) kinds.push("name");
  if (reference) kinds.push("reference");
  if (documentNumber) kinds.push("document");
  if (phone) kinds.push("phone");
  if (birthDate) kinds.push("birthDate");
  if (notes) kinds.push("notes");
  return { text: hasLetters ? text : "", notes, reference, documentNumber, phone, birthDate, kinds };
}

export const SEARCH_QUERY_MIN = 2;
export const SEARCH_QUERY_MAX = 200;

/** The global search: one query, at least two characters. */
export const searchInput = z.object({
  query: storableString()
    .trim()
    .pipe(
      storableString()
        .min(SEARCH_QUERY_MIN, "too_short")
        .max(SEARCH_QUERY_MAX, "too_long")
        .refine((value) => planSearch(value).kinds.length > 0, "nothing_to_search"),
    ),
});
export type SearchInput = z.infer<typeof searchInput>;

// ---------------------------------------------------------------------------------------------
// Sensitive notes

/**
 * Whose sensitive notes of each category an actor may read, as data the query layer turns into a
 * WHERE clause (the sensitive-field policy of `can(case.field.read)`, for a search over many
 * cases): those of the cases they work on, and of each category the programmes whose managers
 * also read it. `inSensitiveScope` is its reference meaning, tested against `can()`.
 */
export interface SensitiveScope {
  assignedUserId: string | null;
  workingProgrammes: readonly Programme[];
  managedProgrammes: Record<SensitiveCategory, readonly Programme[]>;
}

const hasRole = (actor: Actor, role: Role) => actor.roles.includes(role);

export function sensitiveScope(actor: Actor): SensitiveScope {
  const active = !actor.handoverPending;
  const works = active && (hasRole(actor, "caseworker") || hasRole(actor, "manager"));
  const managed = active && hasRole(actor, "manager") ? [...actor.programmes] : [];
  return {
    assignedUserId: works ? actor.id : null,
    workingProgrammes: works ? [...actor.programmes] : [],
    managedProgrammes: {
      health: [],
      trafficking: managed.includes("counter_trafficking") ? managed : [],
      identity_documents: managed,
    },
  };
}

export function inSensitiveScope(
  scope: SensitiveScope,
  facts: { programme: Programme; assigneeIds: readonly string[] },
  category: SensitiveCategory,
): boolean {
  return (
    (scope.assignedUserId !== null &&
      facts.assigneeIds.includes(scope.assignedUserId) &&
      scope.workingProgrammes.includes(facts.programme)) ||
    scope.managedProgrammes[category].includes(facts.programme)
  );
}
