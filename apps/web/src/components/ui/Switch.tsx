"use client";

import { Switch as AriaSwitch, type SwitchProps } from "react-aria-components";
import { groupFocusRing } from "./styles";

export function Switch({ children, ...props }: Omit<SwitchProps, "children"> & { children: string }) {
  return (
    <AriaSwitch
      {...props}
      className="group flex items-center gap-3 text-sm text-slate-900 disabled:opacity-60 dark:text-slate-100"
    >
      <span
        aria-hidden="true"
        className={`flex h-6 w-10 items-center rounded-full bg-slate-400 px-0.5 transition-colors group-selected:bg-brand-700 ${groupFocusRing} dark:bg-slate-600 dark:group-selected:bg-brand-400`}
      >
        <span className="h-5 w-5 rounded-full bg-white shadow transition-transform group-selected:translate-x-4" />
      </span>
      {children}
    </AriaSwitch>
  );
}
