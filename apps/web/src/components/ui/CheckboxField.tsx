"use client";

import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from "react-aria-components";
import { groupFocusRing } from "./styles";

/** The box of a checkbox, ticked when its `group` (the checkbox) is selected. */
export function CheckboxBox() {
  return (
    <span
      aria-hidden="true"
      className={`mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded border-2 border-slate-500 text-white group-selected:border-brand-700 group-selected:bg-brand-700 ${groupFocusRing} dark:text-slate-950 dark:group-selected:border-brand-400 dark:group-selected:bg-brand-400`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 12 12"
        className="hidden h-3 w-3 fill-none stroke-current stroke-2 group-selected:block"
      >
        <polyline points="2 6.5 5 9 10 3" />
      </svg>
    </span>
  );
}

/** A labelled checkbox. */
export function CheckboxField({
  children,
  ...props
}: Omit<AriaCheckboxProps, "children"> & { children: string }) {
  return (
    <AriaCheckbox
      {...props}
      className="group flex items-start gap-2 text-sm text-slate-900 disabled:opacity-60 dark:text-slate-100"
    >
      <CheckboxBox />
      {children}
    </AriaCheckbox>
  );
}
