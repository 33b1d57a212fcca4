"use client";

import type { DefaultValues, FieldValues } from "react-hook-form";
import type { ZodType } from "zod";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { type ApiForm, type ApiFormOptions, useApiForm } from "./use-api-form";

interface Step<V, I, R, A> {
  schema: ZodType<I>;
  /** The procedure's whole input from the form's values and what identifies the save. */
  toInput: (values: V, about: A) => unknown;
  submit: (input: I) => Promise<R>;
}

interface EntryFormOptions<V extends FieldValues, AI, AR, EI, ER, Ed extends { onDone: () => void }>
  extends Omit<
    ApiFormOptions<V, AI | EI, AR | ER>,
    "schema" | "toInput" | "submit" | "onSuccess" | "defaultValues"
  > {
  /** The entry being edited, with what closes its form; absent for a new one. */
  editing?: Ed | undefined;
  /** What the form holds for a new entry, and again once one is added. */
  empty: DefaultValues<V>;
  /** What the form holds first, where that is not `empty` (the entry being edited). */
  defaultValues?: DefaultValues<V>;
  /** Adding an entry, once per submission: its idempotency key is renewed after each one added. */
  add: Step<V, AI, AR, string>;
  /** Saving the entry being edited. */
  edit?: Step<V, EI, ER, Ed>;
}

/**
 * A form that adds entries (each one once, however often it is resent) and, given one, edits it:
 * an added entry clears the form for the next one; a saved edit closes the form.
 */
export function useEntryForm<
  V extends FieldValues,
  AI,
  AR,
  EI = never,
  ER = never,
  Ed extends { onDone: () => void } = { onDone: () => void },
>({
  editing,
  empty,
  defaultValues = empty,
  add,
  edit,
  ...options
}: EntryFormOptions<V, AI, AR, EI, ER, Ed>): ApiForm<V, AI | EI> {
  const submission = useIdempotencyKey();
  const editStep = editing && edit ? { editing, edit } : null;
  const form = useApiForm<V, AI | EI, AR | ER>({
    ...options,
    defaultValues,
    schema: (editStep ? editStep.edit.schema : add.schema) as ZodType<AI | EI>,
    toInput: (values) =>
      editStep ? editStep.edit.toInput(values, editStep.editing) : add.toInput(values, submission.key),
    submit: (input) => (editStep ? editStep.edit.submit(input as EI) : add.submit(input as AI)),
    onSuccess: () => {
      if (editStep) {
        editStep.editing.onDone();
        return;
      }
      form.reset(empty);
      submission.renew();
    },
  });
  return form;
}
