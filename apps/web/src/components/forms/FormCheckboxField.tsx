"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { type Bound, useBoundField } from "./use-bound-field";

type Props<V extends FieldValues, N extends FieldPath<V>, T> = Bound<V, N, T> & {
  children: string;
  isDisabled?: boolean;
};

/** A labelled checkbox holding a boolean of the form. */
export function FormCheckboxField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: Props<V, N, T>) {
  const { field } = useBoundField({ control, name, messages });
  return <CheckboxField {...props} isSelected={Boolean(field.value)} onChange={field.onChange} />;
}
