"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { PasswordField, type PasswordFieldProps } from "@/components/ui/PasswordField";
import { type BoundInputProps, useBoundInput } from "./use-bound-field";

/** A password field holding a string of the form, with its error under it (linked by aria). */
export function FormPasswordField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: BoundInputProps<V, N, T, PasswordFieldProps>) {
  return <PasswordField {...props} {...useBoundInput({ control, name, messages }, "")} />;
}
