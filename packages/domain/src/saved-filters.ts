import { z } from "zod";
import { withIdempotencyKey } from "./idempotency";
import { idInput, requiredTextInput, textInput } from "./input-schemas";
import { CASE_FIGURE_FILTER_KEYS } from "./reports/case-filter";

/**
 * Saved case-list filters ("my overdue AVRR cases"): a name, the list they belong to and the list's
 * URL query, kept per user. Only the query keys the case list reads are kept; the list itself
 * parses and checks each value when the filter is opened, as it does for any link.
 */
export const CASE_LIST_QUERY_KEYS = [
  "programme",
  "state",
  "sort",
  "overdue",
  "assigneeId",
  ...CASE_FIGURE_FILTER_KEYS,
] as const;
export type CaseListQueryKey = (typeof CASE_LIST_QUERY_KEYS)[number];

/** The case lists a filter can be saved from: "My cases" and "All cases". */
export const CASE_LIST_VIEWS = ["mine", "all"] as const;
export type CaseListView = (typeof CASE_LIST_VIEWS)[number];

export const SAVED_FILTER_NAME_MAX = 80;
/** How many filters one user keeps. */
export const SAVED_FILTERS_MAX = 50;

const queryKeySet: ReadonlySet<string> = new Set(CASE_LIST_QUERY_KEYS);

/** The saved query: the case list's own keys only (paging cursors are never saved), in a stable order. */
export function savedFilterQuery(query: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    CASE_LIST_QUERY_KEYS.filter((key) => query[key] !== undefined && query[key] !== "").map((key) => [
      key,
      query[key] as string,
    ]),
  );
}

export const savedFilterSaveInput = z.object({
  name: requiredTextInput(SAVED_FILTER_NAME_MAX),
  view: z.enum(CASE_LIST_VIEWS),
  query: z
    .record(textInput(40), textInput(100))
    .refine((q) => Object.keys(q).every((key) => queryKeySet.has(key)), "unknown_filter")
    .transform(savedFilterQuery),
  ...withIdempotencyKey,
});
export type SavedFilterSaveInput = z.input<typeof savedFilterSaveInput>;

export const savedFilterDeleteInput = z.object({ id: idInput() });

/** The address of a saved filter: its list with its query. */
export function savedFilterHref(view: CaseListView, query: Readonly<Record<string, string>>): string {
  const base = view === "all" ? "/cases/all" : "/cases";
  const search = new URLSearchParams(savedFilterQuery(query)).toString();
  return search === "" ? base : `${base}?${search}`;
}
