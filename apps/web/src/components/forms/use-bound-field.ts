"use client";

import { useTranslations } from "next-intl";
import { type Control, type FieldPath, type FieldValues, useController } from "react-hook-form";
import type { FieldErrorCode } from "@/lib/field-errors";

/** What every bound field takes: the form's control and the field's name in its values. */
export interface Bound<V extends FieldValues, N extends FieldPath<V>, T> {
  control: Control<V, unknown, T>;
  name: N;
  /** The field's own words for some errors ("Choose a caseworker" rather than "Required"). */
  messages?: Partial<Record<FieldErrorCode, string>>;
}

/**
 * A field's value and handlers from the form, and its error in words: every error the form holds
 * (from the schema or the API) is a message code of the "errors.field" catalog.
 */
export function useBoundField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
}: Bound<V, N, T>) {
  const t = useTranslations("errors.field");
  const { field, fieldState } = useController({ control, name });
  const code = fieldState.error?.message as FieldErrorCode | undefined;
  return { field, errorMessage: code ? (messages?.[code] ?? t(code)) : undefined };
}

/** What a bound input takes besides its binding: the input's own props, less what the binding sets. */
export type BoundInputProps<V extends FieldValues, N extends FieldPath<V>, T, P> = Bound<V, N, T> &
  Omit<P, "name" | "value" | "onChange" | "onBlur" | "errorMessage">;

/**
 * The props a value input (text, text area, radio group) takes from the form: its name (for the
 * browser's autofill), its value (`empty` while the form holds none), the handlers and the error
 * in words.
 */
export function useBoundInput<V extends FieldValues, N extends FieldPath<V>, T, E extends "" | null>(
  binding: Bound<V, N, T>,
  empty: E,
) {
  const { field, errorMessage } = useBoundField(binding);
  return {
    name: field.name,
    value: (field.value ?? empty) as string | E,
    onChange: (value: string) => field.onChange(value),
    onBlur: field.onBlur,
    errorMessage,
  };
}

/** What a bound on/off control (checkbox, switch) takes besides its binding. */
export type BoundToggleProps<V extends FieldValues, N extends FieldPath<V>, T> = Bound<V, N, T> & {
  children: string;
  isDisabled?: boolean;
};

/** The props an on/off control takes from the form: whether it is on, and its handler. */
export function useBoundToggle<V extends FieldValues, N extends FieldPath<V>, T>(binding: Bound<V, N, T>) {
  const { field } = useBoundField(binding);
  return { isSelected: Boolean(field.value), onChange: field.onChange };
}
