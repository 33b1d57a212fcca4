/** Shared by the case-record components (server and client): plain helpers, no React. */

/** The panel every section of the case page sits in. */
export const panel =
  "rounded-md border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/** An ISO calendar date as a Date at noon UTC: formatted with `timeZone: "UTC"`, it never shifts a day. */
export function calendarDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** Options for formatting an ISO calendar date (see `calendarDate`). */
export const DAY_FORMAT = { dateStyle: "medium", timeZone: "UTC" } as const;

/** Options for formatting a moment. */
export const MOMENT_FORMAT = { dateStyle: "medium", timeStyle: "short" } as const;
