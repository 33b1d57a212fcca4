"use client";

import type { FocusEvent } from "react";
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  Input,
} from "react-aria-components";
import { DateField } from "./DateField";
import { FieldLabel, FieldMessages } from "./FieldParts";
import { fieldInput } from "./styles";

export interface TextFieldProps extends Omit<AriaTextFieldProps, "children"> {
  label: string;
  hint?: string;
  errorMessage?: string | undefined;
}

/**
 * A labelled text field, with its hint and error linked to it. A date (`type="date"`) is a
 * DateField instead: the browser's own date input shows a format of its own (mm/dd/yyyy whatever
 * the page's language), while a DateField shows the format of the app's language and the hint's
 * example in that same format; the value is still an ISO date.
 */
export function TextField({ label, hint, errorMessage, ...props }: TextFieldProps) {
  if (props.type === "date") {
    const { value, defaultValue, onChange, onBlur, name, isRequired, isReadOnly, isDisabled, autoFocus } =
      props;
    return (
      <DateField
        {...{ label, hint, errorMessage, value, defaultValue, onChange, name }}
        {...{ isRequired, isReadOnly, isDisabled, autoFocus }}
        {...(onBlur ? { onBlur: (event) => onBlur(event as FocusEvent<HTMLInputElement>) } : {})}
      />
    );
  }
  return (
    <AriaTextField {...props} isInvalid={Boolean(errorMessage) || props.isInvalid}>
      <FieldLabel>{label}</FieldLabel>
      <Input className={fieldInput} />
      <FieldMessages hint={hint} errorMessage={errorMessage} />
    </AriaTextField>
  );
}
