import { z } from "zod";

/**
 * The building blocks of every input schema: text the database can store, ids, email addresses,
 * and integers its columns can hold. Every string any procedure accepts starts here (a test checks
 * that no other schema calls `z.string()`), so a value Postgres would refuse is answered with a
 * field error, never with a failed query.
 */

/** The message of a text holding a character the database cannot store. */
export const INVALID_CHARACTERS = "invalid_characters";

// Without the `u` flag a regular expression sees UTF-16 code units, so an unpaired half shows.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether a text can be stored as it is. Postgres refuses U+0000 in text and a lone UTF-16
 * surrogate in JSON, and would silently replace a lone surrogate in text: both are refused.
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/** Any string the database can store, untrimmed (passwords, tokens): the base of every text input. */
export function storableString() {
  return z.string().refine(isStorableText, { message: INVALID_CHARACTERS, abort: true });
}

/** Free text, trimmed, at most `max` characters; empty allowed. */
export function textInput(max: number) {
  return storableString().trim().max(max, "too_long");
}

/** Free text, trimmed, at least one and at most `max` characters. */
export function requiredTextInput(max: number) {
  return textInput(max).min(1, "required");
}

/** A record's id: a uuid (Postgres would fail the query on anything else). */
export function idInput(message?: string) {
  return storableString().pipe(z.uuid(message));
}

/** An email address, trimmed and in lower case (how accounts are stored and looked up). */
export function emailInput() {
  return textInput(254).toLowerCase().pipe(z.email("invalid_email"));
}

/** The largest value of a Postgres `integer` column, which holds versions, counts and days. */
export const INTEGER_MAX = 2_147_483_647;

/** A whole number an `integer` column can hold, from `min`. */
export function intInput(min: number) {
  return z.int().min(min).max(INTEGER_MAX);
}

/** The version of a record that was read: a stale one is refused as a conflict by the API. */
export const versionInput = intInput(1);
