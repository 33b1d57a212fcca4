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

const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/**
 * The text with what Postgres cannot store (U+0000, a lone surrogate) replaced by U+FFFD, for text
 * that is recorded rather than refused: the audit log keeps what arrives from elsewhere (a request
 * path, a header, a third party's error).
 */
export function storableText(value: string): string {
  return value.replaceAll("\u0000", "\ufffd").replace(LONE_SURROGATES, "\ufffd");
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

// ---------------------------------------------------------------------------------------------
// Accounts: signing in, passwords, the second factor and the sign-in security settings

/** NIST SP 800-63B / OWASP ASVS 2.1: length is what makes a password strong, not character classes. */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it cannot be used to tie up the server. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A password as typed, untrimmed: one to check against its hash, or a new one, which the password
 * rules of the auth package judge (`checkNewPassword`, with reasons of its own). Only its size is
 * bounded here, well above the longest password that can be set.
 */
export function passwordInput() {
  return storableString()
    .min(1, "required")
    .max(PASSWORD_MAX_LENGTH * 8, "too_long");
}

/** A new password typed twice: the repeat is the form's own, checked here and never sent. */
const REPEATED = { path: ["repeat"], message: "password_mismatch" };

/**
 * The sign-in form's credentials. The email is not checked as an address, so that a refusal says
 * nothing about which accounts exist; the code (TOTP or recovery code) is sent on the second step only.
 */
export const signInInput = z.object({
  email: storableString().trim().min(1, "required").max(320, "too_long"),
  password: passwordInput(),
  code: storableString().trim().max(64, "too_long").optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

/** Choosing a password through a one-time link; the password rules are checked by the auth package. */
export const setPasswordInput = z.object({
  token: storableString().trim().min(1, "required").max(200, "invalid"),
  password: passwordInput(),
});
export type SetPasswordInput = z.infer<typeof setPasswordInput>;

/** The set-password form: the password and its repeat. */
export const setPasswordForm = setPasswordInput
  .extend({ repeat: storableString() })
  .refine((v) => v.password === v.repeat, REPEATED);

/** Changing one's own password: the current one, and the new one (judged by the password rules). */
export const passwordChangeInput = z.object({
  currentPassword: passwordInput(),
  newPassword: passwordInput(),
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;

/** The change-password form: the new password and its repeat. */
export const passwordChangeForm = passwordChangeInput
  .extend({ repeat: storableString() })
  .refine((v) => v.newPassword === v.repeat, REPEATED);

/** A sensitive change of one's own account (new recovery codes, second factor off) asks for the password. */
export const passwordConfirmInput = z.object({ password: passwordInput() });
export type PasswordConfirmInput = z.infer<typeof passwordConfirmInput>;

/** Confirming an authenticator: the 6 digits it shows now. */
export const mfaConfirmInput = z.object({
  code: storableString()
    .trim()
    .regex(/^\d{6}$/, "code_format"),
});
export type MfaConfirmInput = z.infer<typeof mfaConfirmInput>;

/** The bounds of the sign-in security settings, which the database also enforces (see the table's checks). */
export const SECURITY_SETTING_LIMITS = {
  idleTimeoutMinutes: { min: 5, max: 480 },
  absoluteLifetimeHours: { min: 1, max: 24 },
} as const;

const { idleTimeoutMinutes: idle, absoluteLifetimeHours: lifetime } = SECURITY_SETTING_LIMITS;

/** The sign-in security settings, saved against the version read. */
export const securitySettingsInput = z.object({
  idleTimeoutMinutes: intInput(idle.min).max(idle.max),
  absoluteLifetimeHours: intInput(lifetime.min).max(lifetime.max),
  mfaRequiredForCaseworkers: z.boolean(),
  /** The version read; 0 while the defaults apply. */
  version: intInput(0),
});
export type SecuritySettingsInput = z.infer<typeof securitySettingsInput>;
