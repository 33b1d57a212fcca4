"use client";

import { useTranslations } from "next-intl";
import { ScreenForTrafficking } from "@/components/identification/ScreenForTrafficking";

/**
 * When labour-migration red flags suggest a screening: opens the linked counter-trafficking case
 * the same way as the case page's "screen for trafficking" action, in the suggestion's words.
 */
export function CaseWorkflowScreening({ caseId, canOpen }: { caseId: string; canOpen: boolean }) {
  const t = useTranslations("workflow.suggestion");
  if (!canOpen) return <p className="mt-2 text-sm">{t("cannot")}</p>;
  return <ScreenForTrafficking sourceCaseId={caseId} canOpen label={t("open")} />;
}
