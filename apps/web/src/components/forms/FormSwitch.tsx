"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { Switch } from "@/components/ui/Switch";
import { type Bound, useBoundField } from "./use-bound-field";

type Props<V extends FieldValues, N extends FieldPath<V>, T> = Bound<V, N, T> & {
  children: string;
  isDisabled?: boolean;
};

/** An on/off switch holding a boolean of the form. */
export function FormSwitch<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: Props<V, N, T>) {
  const { field } = useBoundField({ control, name, messages });
  return <Switch {...props} isSelected={Boolean(field.value)} onChange={field.onChange} />;
}
