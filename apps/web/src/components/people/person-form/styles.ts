/** The frame and heading of each group of the person form. */
export const groupClass =
  "m-0 flex min-w-0 flex-col gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700";
export const legendClass = "px-1 text-base font-semibold text-slate-900 dark:text-slate-100";
