import type { ZodError } from "zod";

/** Message codes the domain schemas and the API use; anything else is shown as a generic "invalid". */
const CODES = [
  "required",
  "too_long",
  "invalid_date",
  "in_future",
  "too_early",
  "birth_or_estimate",
  "out_of_range",
  "too_many",
  "duplicate",
  "invalid_phone",
  "invalid_document_number",
  "invalid_postal_code",
  "latin_required",
  "not_latin",
  "self_link",
  "too_short",
  "invalid_amount",
  "invalid_quantity",
  "email_taken",
  "invalid_email",
  "code_taken",
  "invalid_code",
  "unknown_service_type",
  "before_start",
  "before_birth",
  "after_screening",
  "below_minimum",
  "invalid_characters",
  // Passwords and the second factor (the account's forms and the set-password link).
  "wrong_password",
  "wrong_code",
  "code_format",
  "password_mismatch",
  "password_too_short",
  "password_too_long",
  "password_common",
  "password_contains_identity",
] as const;
const KNOWN: ReadonlySet<string> = new Set(CODES);

export type FieldErrorCode = (typeof CODES)[number] | "invalid";

export function toCode(message: string | undefined): FieldErrorCode {
  return message && KNOWN.has(message) ? (message as FieldErrorCode) : "invalid";
}

/** First error code per top-level field, from a local parse or from the API's flattened errors. */
export function fieldCodes(
  source: ZodError | { fieldErrors: Record<string, string[] | undefined> } | null | undefined,
): Record<string, FieldErrorCode> {
  const result: Record<string, FieldErrorCode> = {};
  if (!source) return result;
  if ("issues" in source) {
    for (const issue of source.issues) {
      const field = String(issue.path[0] ?? "");
      result[field] ??= toCode(
        issue.code === "invalid_value" || issue.code === "invalid_type" ? "required" : issue.message,
      );
    }
    return result;
  }
  for (const [field, messages] of Object.entries(source.fieldErrors)) {
    if (messages?.[0]) result[field] = toCode(messages[0]);
  }
  return result;
}
