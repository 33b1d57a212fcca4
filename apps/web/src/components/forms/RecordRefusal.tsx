"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import type { Refusal } from "./use-refusal";

/** The refusal of a save, in words; for a stale save, how to go on without losing the input. */
export function RecordRefusal({ refusal }: { refusal: Refusal }) {
  const t = useTranslations();
  if (refusal.reloaded) {
    return (
      <p role="status" className="rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800">
        {t("record.reloaded")}
      </p>
    );
  }
  if (!refusal.reason) return null;
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-2 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
    >
      {refusal.reason === "stale_version" ? (
        <>
          <p>{t("record.stale")}</p>
          <Button variant="secondary" className="px-3 py-1" onPress={refusal.reload}>
            {t("record.showLatest")}
          </Button>
        </>
      ) : (
        <p>{t(`errors.reason.${refusal.reason}`)}</p>
      )}
    </div>
  );
}
