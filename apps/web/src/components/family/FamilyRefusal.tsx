"use client";

import { FAMILY_REFUSAL_REASONS } from "@kelias/domain";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";

/** What a refused family request says, each reason translated (`family.refusals`). */
export type FamilyRefusalCode =
  | (typeof FAMILY_REFUSAL_REASONS)[number]
  | "not_found"
  | "forbidden"
  | "stale"
  | "generic";

export function familyRefusalCodes(error: unknown): FamilyRefusalCode[] {
  if (!(error instanceof TRPCClientError)) return ["generic"];
  const data = error.data as { code?: string; reasons?: unknown } | undefined;
  if (data?.code === "NOT_FOUND") return ["not_found"];
  if (data?.code === "FORBIDDEN") return ["forbidden"];
  if (data?.code === "CONFLICT") return ["stale"];
  const reasons = Array.isArray(data?.reasons) ? data.reasons : [error.message];
  const known = reasons.filter((r): r is FamilyRefusalCode =>
    (FAMILY_REFUSAL_REASONS as readonly string[]).includes(String(r)),
  );
  return known.length > 0 ? known : ["generic"];
}

export function FamilyRefusal({ codes }: { codes: readonly FamilyRefusalCode[] | null }) {
  const t = useTranslations("family.refusals");
  if (!codes || codes.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <ul className={codes.length > 1 ? "list-disc pl-5" : undefined}>
        {codes.map((code) => (
          <li key={code}>{t(code)}</li>
        ))}
      </ul>
    </div>
  );
}
