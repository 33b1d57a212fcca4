"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { RadioField, type RadioFieldProps } from "@/components/ui/RadioField";
import { type Bound, useBoundField } from "./use-bound-field";

type Props<V extends FieldValues, N extends FieldPath<V>, T> = Bound<V, N, T> &
  Omit<RadioFieldProps, "name" | "value" | "onChange" | "onBlur" | "errorMessage">;

/** One choice among radio buttons, holding the chosen option's id in the form. */
export function FormRadioField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: Props<V, N, T>) {
  const { field, errorMessage } = useBoundField({ control, name, messages });
  return (
    <RadioField
      {...props}
      value={field.value ?? null}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      errorMessage={errorMessage}
    />
  );
}
