"use client";

import { clsx } from "clsx";
import type { Ref } from "react";
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from "react-aria-components";
import { focusRing } from "./styles";

type Variant = "primary" | "secondary" | "ghost";

const variants: Record<Variant, string> = {
  primary:
    "bg-brand-700 text-white hover:bg-brand-800 pressed:bg-brand-900 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400",
  secondary:
    "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700",
  ghost: "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800",
};

export function Button({
  variant = "primary",
  className,
  ...props
}: AriaButtonProps & { variant?: Variant; ref?: Ref<HTMLButtonElement> }) {
  return (
    <AriaButton
      {...props}
      className={clsx(
        "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors",
        focusRing,
        "disabled:cursor-not-allowed disabled:opacity-60",
        variants[variant],
        className as string | undefined,
      )}
    />
  );
}
