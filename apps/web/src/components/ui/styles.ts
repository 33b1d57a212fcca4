/** Shared class names of form controls, so every field looks and focuses the same way. */
export const fieldLabel = "block text-sm font-medium text-slate-800 dark:text-slate-200";
export const fieldInput =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 outline-none " +
  "focus:border-brand-600 focus:ring-2 focus:ring-brand-500/40 invalid:border-red-600 " +
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
export const fieldError = "mt-1 block text-sm text-red-700 dark:text-red-400";
export const fieldHint = "mt-1 block text-sm text-slate-600 dark:text-slate-400";
