"use client";

import {
  RadioGroup as AriaRadioGroup,
  type RadioGroupProps as AriaRadioGroupProps,
  FieldError,
  Label,
  Radio,
} from "react-aria-components";
import type { Option } from "./SelectField";
import { fieldError, fieldLabel } from "./styles";

export interface RadioFieldProps extends Omit<AriaRadioGroupProps, "children"> {
  label: string;
  options: readonly Option[];
  errorMessage?: string | undefined;
}

export function RadioField({ label, options, errorMessage, ...props }: RadioFieldProps) {
  return (
    <AriaRadioGroup
      {...props}
      isInvalid={Boolean(errorMessage) || props.isInvalid}
      className="flex flex-col gap-1"
    >
      <Label className={fieldLabel}>{label}</Label>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((option) => (
          <Radio
            key={option.id}
            value={option.id}
            className="group flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100"
          >
            <span
              aria-hidden="true"
              className="h-4 w-4 rounded-full border-2 border-slate-500 group-selected:border-[5px] group-selected:border-brand-700 group-focus-visible:ring-2 group-focus-visible:ring-brand-500 dark:group-selected:border-brand-400"
            />
            {option.label}
          </Radio>
        ))}
      </div>
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </AriaRadioGroup>
  );
}
