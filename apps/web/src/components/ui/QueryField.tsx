import type { ReactNode } from "react";

/**
 * The controls of the plain GET forms (filters, periods, look-ups): native elements, so the forms
 * work before the page is interactive.
 */
export const queryControl =
  "mt-1 rounded-md border border-slate-500 bg-white px-3 py-2 text-sm dark:border-slate-400 dark:bg-slate-900";
export const queryButton =
  "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800";

/** A label over its control in a GET form; the control carries the id. */
export function QueryField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

interface SelectProps {
  id: string;
  /** The query parameter it sets. */
  name: string;
  label: string;
  /** The value chosen when the page opens; none is the `anyLabel` choice. */
  defaultValue: string | undefined;
  /** The label of a first choice that sets no filter (its value is empty). */
  anyLabel?: string;
  options: readonly { value: string; label: string }[];
}

/** A labelled choice in a GET form. */
export function QuerySelect({ id, name, label, defaultValue, anyLabel, options }: SelectProps) {
  const choices = anyLabel === undefined ? options : [{ value: "", label: anyLabel }, ...options];
  return (
    <QueryField id={id} label={label}>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={queryControl}>
        {choices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </QueryField>
  );
}
