import { addMonths, type CaseFigureFilter, figureFilterToQuery, type Programme } from "@kelias/domain";

/** The case list a figure counts: "All cases" with the figure's filters. */
export function casesHref(
  programme: Programme | undefined,
  filter: CaseFigureFilter & { state?: string; assigneeId?: string; overdue?: boolean } = {},
): string {
  const { state, assigneeId, overdue, ...figure } = filter;
  const query = new URLSearchParams();
  if (programme) query.set("programme", programme);
  if (state) query.set("state", state);
  if (assigneeId) query.set("assigneeId", assigneeId);
  if (overdue) query.set("overdue", "1");
  for (const [key, value] of figureFilterToQuery(figure)) query.set(key, value);
  return `/cases/all?${query.toString()}`;
}

/** A month as the office calendar days it covers: `since` included, `until` excluded. */
export function monthDays(month: string): { since: string; until: string } {
  return { since: `${month}-01`, until: `${addMonths(month, 1)}-01` };
}
