"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { TextField, type TextFieldProps } from "@/components/ui/TextField";
import { type BoundInputProps, useBoundInput } from "./use-bound-field";

/** A text field holding a string of the form, with its error under it (linked by aria). */
export function FormTextField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: BoundInputProps<V, N, T, TextFieldProps>) {
  return <TextField {...props} {...useBoundInput({ control, name, messages }, "")} />;
}
