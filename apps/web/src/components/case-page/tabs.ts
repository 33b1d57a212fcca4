/** The tabs of the case page, in order; each is a route under /cases/[id] ("" for the overview). */
export const CASE_TABS = [
  "overview",
  "workflow",
  "plan",
  "travel",
  "referrals",
  "tasks",
  "notes",
  "documents",
  "timeline",
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** Tabs only some programmes have (the others have every tab). */
export const TAB_PROGRAMMES: Partial<Record<CaseTab, readonly string[]>> = {
  travel: ["avrr"],
};

/** The tabs a case of `programme` shows, in order. */
export function tabsOf(programme: string): CaseTab[] {
  return CASE_TABS.filter((tab) => TAB_PROGRAMMES[tab]?.includes(programme) ?? true);
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
