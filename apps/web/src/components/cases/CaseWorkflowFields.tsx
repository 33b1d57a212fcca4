"use client";

import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
  type CheckboxProps as AriaCheckboxProps,
  FieldError,
  Label,
  Text,
} from "react-aria-components";
import type { Option } from "@/components/ui/SelectField";
import { fieldError, fieldHint, fieldLabel } from "@/components/ui/styles";

function Box() {
  return (
    <span
      aria-hidden="true"
      className="flex h-4 w-4 shrink-0 items-center justify-center rounded border-2 border-slate-500 text-[10px] leading-none text-white group-selected:border-brand-700 group-selected:bg-brand-700 group-focus-visible:ring-2 group-focus-visible:ring-brand-500 dark:group-selected:border-brand-400 dark:group-selected:bg-brand-400 dark:text-slate-950"
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

/** A single yes/no fact, as a labelled checkbox. */
export function WorkflowCheckbox({
  children,
  ...props
}: Omit<AriaCheckboxProps, "children"> & { children: string }) {
  return (
    <AriaCheckbox
      {...props}
      className="group flex items-start gap-2 text-sm text-slate-900 disabled:opacity-60 dark:text-slate-100"
    >
      <span className="mt-0.5">
        <Box />
      </span>
      {children}
    </AriaCheckbox>
  );
}

export interface WorkflowCheckboxGroupProps extends Omit<AriaCheckboxGroupProps, "children"> {
  label: string;
  options: readonly Option[];
  hint?: string;
  errorMessage?: string | undefined;
}

/** Several facts of one kind (vulnerability categories, red flags), as a labelled group of checkboxes. */
export function WorkflowCheckboxGroup({
  label,
  options,
  hint,
  errorMessage,
  ...props
}: WorkflowCheckboxGroupProps) {
  return (
    <AriaCheckboxGroup
      {...props}
      isInvalid={Boolean(errorMessage) || props.isInvalid}
      className="flex flex-col gap-1"
    >
      <Label className={fieldLabel}>{label}</Label>
      {hint ? (
        <Text slot="description" className={fieldHint}>
          {hint}
        </Text>
      ) : null}
      <div className="mt-1 grid gap-x-5 gap-y-1 sm:grid-cols-2">
        {options.map((option) => (
          <AriaCheckbox
            key={option.id}
            value={option.id}
            className="group flex items-start gap-2 text-sm text-slate-900 dark:text-slate-100"
          >
            <span className="mt-0.5">
              <Box />
            </span>
            {option.label}
          </AriaCheckbox>
        ))}
      </div>
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </AriaCheckboxGroup>
  );
}
