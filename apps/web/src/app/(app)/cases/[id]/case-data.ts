import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { type CaseTab, tabLabelKey } from "@/components/case-page/tabs";
import { api, orPageError } from "@/trpc/server";

/**
 * The case record, read once per request: the layout (header), the tab's page and the title share
 * it, so opening a tab is one read of the case in the audit log.
 */
export const loadCase = cache(async (id: string) => orPageError((await api()).case.get({ id })));

/** The browser title of a tab: the tab and the case's reference ("Tasks · AVRR-2026-0012"). */
export async function caseTitle(params: Promise<{ id: string }>, tab: CaseTab): Promise<{ title: string }> {
  const { id } = await params;
  const c = await loadCase(id);
  const t = await getTranslations("casePage");
  const label = await getTranslations();
  return {
    title: t("pageTitle", {
      tab: label(tabLabelKey(tab) as "casePage.tabs.overview"),
      reference: c.reference,
    }),
  };
}
