/** The tabs of the case page, in order; each is a route under /cases/[id] ("" for the overview). */
export const CASE_TABS = [
  "overview",
  "workflow",
  "assessments",
  "plan",
  "travel",
  "reintegration",
  "family",
  "referrals",
  "tasks",
  "notes",
  "documents",
  "handover",
  "timeline",
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** Tabs only some programmes' cases have; every other tab is on every case. */
export const PROGRAMME_TABS: Partial<Record<CaseTab, readonly string[]>> = {
  assessments: ["avrr", "counter_trafficking", "social_assistance"],
  travel: ["avrr"],
  reintegration: ["avrr"],
  handover: ["avrr"],
};

/** The tabs of a case of `programme`, in order. */
export function caseTabsOf(programme: string): CaseTab[] {
  return CASE_TABS.filter((tab) => PROGRAMME_TABS[tab]?.includes(programme) ?? true);
}

/** The address of a tab of a case. */
export function caseTabHref(caseId: string, tab: CaseTab): string {
  return tab === "overview" ? `/cases/${caseId}` : `/cases/${caseId}/${tab}`;
}

/** The tab a path shows: the segment after the case's id (the overview when there is none). */
export function tabOfPath(pathname: string, caseId: string): CaseTab {
  const rest = pathname.split(`/cases/${caseId}`)[1] ?? "";
  const segment = rest.split("/").filter(Boolean)[0];
  return (CASE_TABS as readonly string[]).includes(segment ?? "") ? (segment as CaseTab) : "overview";
}

/**
 * The message key of a tab's label: `casePage.tabs.<tab>`, unless the tab's feature keeps its
 * messages in a namespace of its own.
 */
const TAB_LABEL_KEYS: Partial<Record<CaseTab, string>> = {
  assessments: "assessments.tab",
};

export function tabLabelKey(tab: CaseTab): string {
  return TAB_LABEL_KEYS[tab] ?? `casePage.tabs.${tab}`;
}
