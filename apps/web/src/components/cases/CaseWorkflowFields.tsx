"use client";

import {
  Checkbox as AriaCheckbox,
  CheckboxGroup as AriaCheckboxGroup,
  type CheckboxGroupProps as AriaCheckboxGroupProps,
  FieldError,
  Label,
  Text,
} from "react-aria-components";
import { CheckboxBox } from "@/components/ui/CheckboxField";
import type { Option } from "@/components/ui/SelectField";
import { fieldError, fieldHint, fieldLabel } from "@/components/ui/styles";

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
            <CheckboxBox />
            {option.label}
          </AriaCheckbox>
        ))}
      </div>
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </AriaCheckboxGroup>
  );
}
