"use client";

import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Label,
  Text,
  TextArea,
} from "react-aria-components";
import { fieldError, fieldHint, fieldInput, fieldLabel } from "./styles";

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, "children"> {
  label: string;
  hint?: string;
  errorMessage?: string | undefined;
  rows?: number;
}

export function TextAreaField({ label, hint, errorMessage, rows = 3, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(errorMessage) || props.isInvalid}>
      <Label className={fieldLabel} data-field-label="">
        {label}
      </Label>
      <TextArea rows={rows} className={fieldInput} />
      {hint ? (
        <Text slot="description" className={fieldHint}>
          {hint}
        </Text>
      ) : null}
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </AriaTextField>
  );
}
