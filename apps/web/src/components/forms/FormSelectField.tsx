"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { SelectField, type SelectFieldProps } from "@/components/ui/SelectField";
import { type Bound, useBoundField } from "./use-bound-field";

type Props<V extends FieldValues, N extends FieldPath<V>, T> = Bound<V, N, T> &
  Omit<SelectFieldProps, "name" | "selectedKey" | "onSelectionChange" | "onBlur" | "errorMessage"> & {
    /** What the form holds while nothing is chosen: "" (the default) or null. */
    empty?: "" | null;
    /** Called after a choice, for a form that fills other fields from it. */
    onChosen?: (value: string | null) => void;
  };

/** A choice among options, holding the chosen option's id (a string) in the form. */
export function FormSelectField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  empty = "",
  onChosen,
  ...props
}: Props<V, N, T>) {
  const { field, errorMessage } = useBoundField({ control, name, messages });
  return (
    <SelectField
      {...props}
      selectedKey={field.value || null}
      onSelectionChange={(key) => {
        field.onChange(key == null ? empty : String(key));
        onChosen?.(key == null ? null : String(key));
      }}
      onBlur={field.onBlur}
      errorMessage={errorMessage}
    />
  );
}
