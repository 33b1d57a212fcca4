"use client";

import {
  RadioGroup as AriaRadioGroup,
  type RadioGroupProps as AriaRadioGroupProps,
  FieldError,
  Radio,
} from "react-aria-components";
import { FieldLabel } from "./FieldParts";
import type { Option } from "./SelectField";
import { fieldError, groupFocusRing } from "./styles";

export interface RadioFieldProps extends Omit<AriaRadioGroupProps, "children"> {
  label: string;
  options: readonly Option[];
  errorMessage?: string | undefined;
}

/**
 * One choice among radio buttons. No choice is `null`: a value that names no option (such as "")
 * would leave every button out of the Tab order, so it is taken as no choice too, and the first
 * button is then where Tab enters the group.
 */
export function RadioField({ label, options, errorMessage, value, defaultValue, ...props }: RadioFieldProps) {
  const known = (v: string | null | undefined) =>
    v === undefined ? undefined : options.some((option) => option.id === v) ? v : null;
  return (
    <AriaRadioGroup
      {...props}
      {...(value === undefined ? {} : { value: known(value) ?? null })}
      {...(defaultValue === undefined ? {} : { defaultValue: known(defaultValue) ?? null })}
      isInvalid={Boolean(errorMessage) || props.isInvalid}
      className="flex flex-col gap-1"
    >
      <FieldLabel>{label}</FieldLabel>
      <div className="flex flex-wrap gap-x-5 gap-y-1">
        {options.map((option) => (
          <Radio
            key={option.id}
            value={option.id}
            className="group flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100"
          >
            <span
              aria-hidden="true"
              className={`h-4 w-4 rounded-full border-2 border-slate-500 group-selected:border-[5px] group-selected:border-brand-700 ${groupFocusRing} dark:group-selected:border-brand-400`}
            />
            {option.label}
          </Radio>
        ))}
      </div>
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </AriaRadioGroup>
  );
}
