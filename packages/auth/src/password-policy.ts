import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@kelias/domain";
import { dictionary } from "@zxcvbn-ts/language-common";

export type PasswordRefusal = "too_short" | "too_long" | "common" | "contains_identity";
export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordRefusal };

// The common-passwords list that zxcvbn-ts maintains (about 49,000 entries from breach corpora),
// bundled in the package, so checking needs no network.
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** Lower case without accents, so "Šarūnas" in the name also catches "sarunas" in the password. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A password that is one short chunk repeated ("abcabcabcabc", "aaaaaaaaaaaa") is as weak as the chunk. */
function isRepetition(password: string): boolean {
  return /^(.{1,6})\1+$/u.test(password);
}

function isCommon(password: string): boolean {
  const folded = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(folded) || isRepetition(folded)) return true;
  // "dragon2024!!" is "dragon" with the usual decoration: as guessable as the word itself.
  const stem = folded.replace(/[\d\p{P}\p{S}\s]+$/u, "");
  return stem.length >= 4 && stem !== folded && list.has(stem);
}

/** The parts of a user's identity that must not appear in their password (at least 3 characters each). */
function identityParts(context: { email?: string; name?: string }): string[] {
  const parts: string[] = [];
  const local = context.email?.split("@")[0];
  if (local) parts.push(local, ...local.split(/[._+-]+/));
  if (context.name) parts.push(...context.name.split(/[\s,.'-]+/));
  return parts.map(fold).filter((p) => p.length >= 3);
}

/**
 * Whether a new password may be set (by its owner or on a set-password link). The refusal reason is
 * for the form to explain; it never concerns an existing password.
 */
export function checkNewPassword(
  password: string,
  context: { email?: string; name?: string },
): PasswordCheck {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: "too_short" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: "too_long" };
  const folded = fold(password);
  if (identityParts(context).some((part) => folded.includes(part))) {
    return { ok: false, reason: "contains_identity" };
  }
  if (isCommon(password)) return { ok: false, reason: "common" };
  return { ok: true };
}
