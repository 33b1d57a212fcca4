"use client";

import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import type { Refusal } from "@/components/forms/use-refusal";

/** The refusals these forms have words of their own for; the others are the record's. */
const OWN_REASONS = ["nothing_to_request", "already_requested", "name_taken", "too_many"] as const;
export type OwnReason = (typeof OWN_REASONS)[number];

export function ownReason(error: unknown): OwnReason | null {
  if (!(error instanceof TRPCClientError)) return null;
  return OWN_REASONS.find((r) => r === error.message) ?? null;
}

/** Why a save of these forms was refused: in their own words where they have some. */
export function AccessRefusal({ refusal, own }: { refusal: Refusal; own: OwnReason | null }) {
  const t = useTranslations("accessRequests.refused");
  if (own) {
    return (
      <p
        role="alert"
        className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
      >
        {t(own)}
      </p>
    );
  }
  return <RecordRefusal refusal={refusal} />;
}
