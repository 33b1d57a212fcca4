/** The tabs of the case page, in order; each is a route under /cases/[id] ("" for the overview). */
export const CASE_TABS = [
  "overview",
  "workflow",
  "plan",
  "referrals",
  "tasks",
  "notes",
  "documents",
  "timeline",
  "handover",
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

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
