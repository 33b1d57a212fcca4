"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { RadioField, type RadioFieldProps } from "@/components/ui/RadioField";
import { type BoundInputProps, useBoundInput } from "./use-bound-field";

/** One choice among radio buttons, holding the chosen option's id in the form. */
export function FormRadioField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: BoundInputProps<V, N, T, RadioFieldProps>) {
  return <RadioField {...props} {...useBoundInput({ control, name, messages }, null)} />;
}
