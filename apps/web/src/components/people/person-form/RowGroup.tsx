"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFieldArray, useFormState } from "react-hook-form";
import { Button } from "@/components/ui/Button";
import type { FieldErrorCode } from "@/lib/field-errors";
import type { PersonControl } from "./control";
import type { PersonFormValues } from "./person-form-values";
import { groupClass, legendClass } from "./styles";

type RowGroupName = "citizenships" | "languages" | "phones" | "documents" | "household";

interface RowGroupProps<N extends RowGroupName> {
  control: PersonControl;
  name: N;
  legend: string;
  hint?: string;
  addLabel: string;
  removeLabel: (n: number) => string;
  minRows?: number;
  newRow: () => PersonFormValues[N][number];
  renderRow: (index: number) => ReactNode;
}

/** A repeated group of fields: one row per entry, each removable, and a button to add one. */
export function RowGroup<N extends RowGroupName>({
  control,
  name,
  legend,
  hint,
  addLabel,
  removeLabel,
  minRows = 0,
  newRow,
  renderRow,
}: RowGroupProps<N>) {
  const t = useTranslations("errors.field");
  const { fields, append, remove } = useFieldArray({ control, name: name as "phones" });
  const removable = fields.length > minRows;
  const { errors } = useFormState({ control, name });
  const listError = (errors[name] as { root?: { message?: string } } | undefined)?.root?.message;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={groupClass}
      // A rule on the whole list (a duplicate) makes the list a field in error, for the summary.
      data-invalid={listError ? true : undefined}
      aria-describedby={[hint ? hintId : "", listError ? errorId : ""].filter(Boolean).join(" ") || undefined}
    >
      <legend className={legendClass} data-field-label="">
        {legend}
      </legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {fields.map((row, index) => (
        <div key={row.id} className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">{renderRow(index)}</div>
          {removable ? (
            <Button
              type="button"
              variant="ghost"
              className="self-start sm:mt-6"
              onPress={() => remove(index)}
            >
              {removeLabel(index + 1)}
            </Button>
          ) : null}
        </div>
      ))}
      {listError ? (
        <p id={errorId} slot="errorMessage" className="text-sm text-red-700 dark:text-red-400">
          {t(listError as FieldErrorCode)}
        </p>
      ) : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          onPress={() => (append as (row: PersonFormValues[N][number]) => void)(newRow())}
        >
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
