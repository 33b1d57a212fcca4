"use client";

import type { ReactNode } from "react";
import { FieldError, Label, Text } from "react-aria-components";
import { fieldError, fieldHint, fieldLabel } from "./styles";

/**
 * The label of a React Aria field, marked `data-field-label` so that the form's summary of invalid
 * fields names the field as its label does (see `forms/invalid-fields.ts`).
 */
export function FieldLabel({ children }: { children: ReactNode }) {
  return (
    <Label className={fieldLabel} data-field-label="">
      {children}
    </Label>
  );
}

/** What a React Aria field says under its control: its hint (its description), then its error. */
export function FieldMessages({
  hint,
  errorMessage,
}: {
  hint?: ReactNode;
  errorMessage?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <Text slot="description" className={fieldHint}>
          {hint}
        </Text>
      ) : null}
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </>
  );
}
