import { TRPCClientError } from "@trpc/client";

/** Codes the account procedures refuse with; each has a message under "account.errors". */
const CODES = [
  "wrong_password",
  "wrong_code",
  "code_format",
  "password_too_short",
  "password_too_long",
  "password_common",
  "password_contains_identity",
  "mfa_required",
  "mfa_already_enrolled",
  "mfa_not_enrolled",
  "invalid_characters",
] as const;
export type AccountErrorCode = (typeof CODES)[number] | "generic";

const known = (value: unknown): AccountErrorCode | null => CODES.find((code) => code === value) ?? null;

/** The refusal's code, for the form: from the field error when there is one, else the message. */
export function accountError(error: unknown): { field: string | null; code: AccountErrorCode } {
  if (error instanceof TRPCClientError) {
    const fields = (error.data as { fieldErrors?: { fieldErrors?: Record<string, string[]> } } | undefined)
      ?.fieldErrors?.fieldErrors;
    for (const [field, messages] of Object.entries(fields ?? {})) {
      const code = known(messages?.[0]);
      if (code) return { field, code };
    }
    const code = known(error.message);
    if (code) return { field: null, code };
  }
  return { field: null, code: "generic" };
}
