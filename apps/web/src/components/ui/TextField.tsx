"use client";

import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Input,
  Label,
  Text,
} from "react-aria-components";
import { fieldError, fieldHint, fieldInput, fieldLabel } from "./styles";

export interface TextFieldProps extends Omit<AriaTextFieldProps, "children"> {
  label: string;
  hint?: string;
  errorMessage?: string | undefined;
}

export function TextField({ label, hint, errorMessage, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(errorMessage) || props.isInvalid}>
      <Label className={fieldLabel}>{label}</Label>
      <Input className={fieldInput} />
      {hint ? (
        <Text slot="description" className={fieldHint}>
          {hint}
        </Text>
      ) : null}
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </AriaTextField>
  );
}
