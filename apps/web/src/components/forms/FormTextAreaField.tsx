"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { TextAreaField, type TextAreaFieldProps } from "@/components/ui/TextAreaField";
import { type BoundInputProps, useBoundInput } from "./use-bound-field";

/** A multi-line text field holding a string of the form, with its error under it (linked by aria). */
export function FormTextAreaField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: BoundInputProps<V, N, T, TextAreaFieldProps>) {
  return <TextAreaField {...props} {...useBoundInput({ control, name, messages }, "")} />;
}
