"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { type Control, type FieldPath, type FieldValues, useController } from "react-hook-form";
import { fieldError, fieldHint, fieldInput, fieldLabel } from "@/components/ui/styles";

/**
 * The shared input look, red only when the form says the file is wrong: the shared class turns a
 * plain input red on `:invalid`, which an empty required file input is before anyone touched it.
 * The forms do not validate natively (react-aria's aria validation), so `required` only tells
 * assistive technology that a file is needed.
 */
const fileInput = `${fieldInput.replace("invalid:border-red-600", "")} aria-[invalid=true]:border-red-600`;

interface Props<V extends FieldValues, N extends FieldPath<V>, T> {
  control: Control<V, unknown, T>;
  name: N;
  label: string;
}

/**
 * The one field the shared Form* fields do not cover: a file, held in the form as a `File` (or
 * null). The browser keeps the chosen file itself, so the input is not controlled; it is emptied
 * when the form is reset. Its error comes from the form's check on submit, like every other
 * field's, and is linked by aria; before that it is never shown as invalid (see `fileInput`).
 */
export function DocumentFileField<V extends FieldValues, N extends FieldPath<V>, T>({
  control,
  name,
  label,
}: Props<V, N, T>) {
  const t = useTranslations();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { field, fieldState } = useController({ control, name });
  const code = fieldState.error?.message;
  useEffect(() => {
    if (!field.value && input.current) input.current.value = "";
  }, [field.value]);
  const message = !code
    ? null
    : code === "required"
      ? t("caseDocuments.fileRequired")
      : code.startsWith("document_")
        ? t(`documents.problems.${code as "document_empty"}`)
        : t(`errors.field.${code as "invalid"}`);
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <input
        ref={(element) => {
          input.current = element;
          field.ref(element);
        }}
        id={id}
        name={field.name}
        type="file"
        required
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
        className={fileInput}
        onChange={(event) => field.onChange(event.target.files?.[0] ?? null)}
        onBlur={field.onBlur}
      />
      <p id={`${id}-hint`} className={fieldHint}>
        {t("documents.fileHint")}
      </p>
      {message ? (
        <p id={`${id}-error`} role="alert" className={fieldError}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
