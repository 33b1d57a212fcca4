"use client";

import type { FieldPath, FieldValues } from "react-hook-form";
import { CheckboxField } from "@/components/ui/CheckboxField";
import type { Option } from "@/components/ui/SelectField";
import { fieldError } from "@/components/ui/styles";
import { type Bound, useBoundField } from "./use-bound-field";

type Props<V extends FieldValues, N extends FieldPath<V>, T> = Bound<V, N, T> & {
  options: readonly Option[];
  className?: string;
};

/** A checkbox per option, holding the ids of the ticked ones (in the order they were ticked), and
 * the error of the list under them. */
export function FormCheckboxList<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  messages,
  options,
  className,
}: Props<V, N, T>) {
  const { field, errorMessage } = useBoundField({ control, name, messages });
  const ticked = (field.value ?? []) as string[];
  return (
    <>
      <div className={className}>
        {options.map((option) => (
          <CheckboxField
            key={option.id}
            isSelected={ticked.includes(option.id)}
            onChange={(on) =>
              field.onChange(on ? [...ticked, option.id] : ticked.filter((id) => id !== option.id))
            }
          >
            {option.label}
          </CheckboxField>
        ))}
      </div>
      {errorMessage ? <p className={fieldError}>{errorMessage}</p> : null}
    </>
  );
}
