"use client";

import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  TextArea,
} from "react-aria-components";
import { FieldLabel, FieldMessages } from "./FieldParts";
import { fieldInput } from "./styles";

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, "children"> {
  label: string;
  hint?: string;
  errorMessage?: string | undefined;
  rows?: number;
}

export function TextAreaField({ label, hint, errorMessage, rows = 3, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(errorMessage) || props.isInvalid}>
      <FieldLabel>{label}</FieldLabel>
      <TextArea rows={rows} className={fieldInput} />
      <FieldMessages hint={hint} errorMessage={errorMessage} />
    </AriaTextField>
  );
}
