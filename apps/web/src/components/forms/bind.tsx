"use client";

import type { ComponentType, JSX } from "react";
import type { FieldPath, FieldValues } from "react-hook-form";
import {
  type BoundInputProps,
  type BoundToggleProps,
  useBoundInput,
  useBoundToggle,
} from "./use-bound-field";

/**
 * A `ui/` value input (text, password, text area, radio group) bound to the form: it shows the
 * form's value (`empty` while the form holds none) and its error in words, and writes back to it.
 */
export function bindInput<P extends { errorMessage?: string | undefined; onBlur?: unknown }>(
  Input: ComponentType<P>,
  empty: "" | null,
) {
  return function FormInput<V extends FieldValues, N extends FieldPath<V>, T>({
    control,
    name,
    messages,
    ...props
  }: BoundInputProps<V, N, T, P>) {
    const bound = useBoundInput({ control, name, messages }, empty);
    return <Input {...({ ...props, ...bound } as unknown as P & JSX.IntrinsicAttributes)} />;
  };
}

/** A `ui/` on/off control (checkbox, switch) bound to a boolean of the form. */
export function bindToggle<P extends { isSelected?: boolean; onChange?: (selected: boolean) => void }>(
  Toggle: ComponentType<P>,
) {
  return function FormToggle<V extends FieldValues, N extends FieldPath<V>, T>({
    control,
    name,
    messages,
    ...props
  }: BoundToggleProps<V, N, T>) {
    const bound = useBoundToggle({ control, name, messages });
    return <Toggle {...({ ...props, ...bound } as unknown as P & JSX.IntrinsicAttributes)} />;
  };
}
