/** Shared class names of form controls, so every field looks and focuses the same way. */
export const fieldLabel = "block text-sm font-medium text-slate-800 dark:text-slate-200";

/**
 * The focus indicator of every control: a 2px outline in the brand colour, off the control's edge
 * (at least 3:1 against the page in both themes, WCAG 2.4.7 and 2.4.13). An outline rather than a
 * shadow, so it also shows in the forced colours of Windows' contrast themes.
 */
export const focusRing =
  "outline-hidden focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 dark:focus-visible:outline-brand-300";

/** The focus indicator of a text control: shown however it was focused, since typing goes there. */
export const focusRingInput =
  "outline-hidden focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 dark:focus:outline-brand-300";

/** The ring of a control drawn beside its hidden input (radio, checkbox, switch), as a `group`. */
export const groupFocusRing =
  "group-focus-visible:outline-2 group-focus-visible:outline-offset-2 group-focus-visible:outline-brand-600 dark:group-focus-visible:outline-brand-300";

export const fieldInput =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900 " +
  `${focusRingInput} focus:border-brand-700 invalid:border-red-600 ` +
  "dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100";
export const fieldError = "mt-1 block text-sm text-red-700 dark:text-red-400";
export const fieldHint = "mt-1 block text-sm text-slate-600 dark:text-slate-400";
