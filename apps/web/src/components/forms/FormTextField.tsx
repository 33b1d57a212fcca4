"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { TextField, type TextFieldProps } from "@/components/ui/TextField";
import { type Bound, useBoundField } from "./use-bound-field";

type Props<V extends FieldValues, N extends FieldPath<V>, T> = Bound<V, N, T> &
  Omit<TextFieldProps, "name" | "value" | "onChange" | "onBlur" | "errorMessage">;

/** A text field holding a string of the form, with its error under it (linked by aria). */
export function FormTextField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: Props<V, N, T>) {
  const { field, errorMessage } = useBoundField({ control, name, messages });
  return (
    <TextField
      {...props}
      value={field.value ?? ""}
      onChange={field.onChange}
      onBlur={field.onBlur}
      errorMessage={errorMessage}
    />
  );
}
