"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { Switch } from "@/components/ui/Switch";
import { type BoundToggleProps, useBoundToggle } from "./use-bound-field";

/** An on/off switch holding a boolean of the form. */
export function FormSwitch<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  ...props
}: BoundToggleProps<V, N, T>) {
  return <Switch {...props} {...useBoundToggle({ control, name, messages })} />;
}
