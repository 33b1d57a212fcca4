"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { type BoundToggleProps, useBoundToggle } from "./use-bound-field";

/** A labelled checkbox holding a boolean of the form. */
export function FormCheckboxField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: BoundToggleProps<V, N, T>) {
  return <CheckboxField {...props} {...useBoundToggle({ control, name, messages })} />;
}
