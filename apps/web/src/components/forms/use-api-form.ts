"use client";

import { TRPCClientError } from "@trpc/client";
import { type BaseSyntheticEvent, useEffect, useRef, useState } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
import { focusAndReveal, type InvalidField, invalidFields } from "./invalid-fields";
import { type InputFormOptions, useInputForm } from "./use-input-form";
import { type Refusal, useRefusal } from "./use-refusal";

export interface ApiFormOptions<V extends FieldValues, I, R> extends InputFormOptions<V, I> {
  /** Calls the procedure with the parsed input. */
  submit: (input: I) => Promise<R>;
  /** After a save and before the page's data is refreshed (reset the form, close an editor …). */
  onSuccess?: (result: R, input: I) => void;
  /** Not to refresh the page after a save, for a form that navigates away instead. */
  refresh?: boolean;
  /** After a refused save, for a form that says more than the reason (the workflow's guards). */
  onError?: (error: unknown) => void;
  /** When the schema refused what was typed (after the errors are placed on the fields). */
  onInvalid?: () => void;
  /** Where an error the API answered for an input key is shown; by default the field of that name. */
  serverField?: (key: string, values: V) => string;
}

export interface ApiForm<V extends FieldValues, I> extends UseFormReturn<V, unknown, I> {
  /** The form's submit handler: checks, saves, and shows the answer. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  refusal: Refusal;
  /** The fields still in error since a refused submit, for an ErrorSummary; null when there are none. */
  errorSummary: InvalidField[] | null;
}

function sameFields(a: readonly InvalidField[] | null, b: readonly InvalidField[]) {
  return (
    a !== null &&
    a.length === b.length &&
    a.every(
      (f, i) => f.control === b[i]?.control && f.label === b[i]?.label && f.messageId === b[i]?.messageId,
    )
  );
}

/**
 * The one way the app's forms save through the API. The form holds what was typed; on submit the
 * procedure's input schema checks it here first (the errors go next to the fields), then the
 * procedure is called. A refused save keeps what was typed: the API's field errors are placed on
 * the fields, its reason is kept for the form to show (a stale version offers the latest version,
 * see RecordRefusal), and a save refreshes the page's data.
 *
 * A submit with errors moves the focus (and scrolls) to the form's ErrorSummary where it shows one,
 * otherwise to the first field in error: the user is never left on a button that seems to do nothing.
 */
export function useApiForm<V extends FieldValues, I, R = unknown>(
  options: ApiFormOptions<V, I, R>,
): ApiForm<V, I> {
  const refusal = useRefusal();
  const latest = useRef(options);
  latest.current = options;
  const form = useInputForm(options);

  // The form element of the last submit, where the errors are looked for.
  const element = useRef<HTMLFormElement | null>(null);
  const [errorSummary, setErrorSummary] = useState<InvalidField[] | null>(null);
  // A submit ends with the submit count raised, its errors on the fields in the same render.
  const submitCount = form.formState.submitCount;
  // Read so that a change of the errors renders the form again (react-hook-form renders on what is
  // read), and the summary follows.
  void form.formState.errors;
  const shownCount = useRef(submitCount);
  shownCount.current = submitCount;
  // Set by a refused submit (the count it started at): once it has ended, the errors are listed…
  const refusedAt = useRef<number | null>(null);
  // … and on the next render the focus moves to the summary, or to the first field in error.
  const focusNext = useRef(false);
  const refused = () => {
    refusedAt.current = shownCount.current;
  };

  // Reads the page as each render left it: no dependencies.
  useEffect(() => {
    const root = element.current;
    if (!root) return;
    if (focusNext.current) {
      focusNext.current = false;
      const target = root.querySelector<HTMLElement>("[data-error-summary]") ?? errorSummary?.[0]?.control;
      if (target) focusAndReveal(target);
      // A field's error message is rendered a step after the field is marked: now it is there.
      const fields = invalidFields(root);
      if (errorSummary?.length && !sameFields(errorSummary, fields)) setErrorSummary(fields);
      return;
    }
    const ended = refusedAt.current !== null && submitCount > refusedAt.current;
    if (!ended && errorSummary === null) return;
    const fields = invalidFields(root);
    if (ended) {
      refusedAt.current = null;
      focusNext.current = true;
      setErrorSummary(fields.length > 0 ? fields : []);
    } else if (!sameFields(errorSummary, fields)) {
      // A field put right leaves the summary; the summary goes with the last one.
      setErrorSummary(fields.length > 0 ? fields : null);
    }
  });

  const handleSubmit = form.handleSubmit(
    async (input) => {
      refusal.clear();
      setErrorSummary(null);
      let result: R;
      try {
        result = await latest.current.submit(input);
      } catch (error) {
        if (error instanceof TRPCClientError) {
          const values = form.getValues();
          for (const [key, code] of Object.entries(fieldCodes(error.data?.fieldErrors))) {
            const place = latest.current.serverField;
            const name = place ? place(key, values) : key;
            form.setError(name as FieldPath<V>, { type: "server", message: code satisfies FieldErrorCode });
            refused();
          }
        }
        refusal.fail(error);
        latest.current.onError?.(error);
        return;
      }
      latest.current.onSuccess?.(result, input);
      if (latest.current.refresh === false) refusal.clear();
      else refusal.succeed();
    },
    // A form the schema refused is not the API's refusal: the last one's message goes.
    () => {
      refusal.clear();
      refused();
      latest.current.onInvalid?.();
    },
  );

  const onSubmit = (event?: BaseSyntheticEvent) => {
    // The form submitted, or (for a submit called from a button's handler) the one holding the focus.
    const target = event?.currentTarget ?? document.activeElement?.closest("form");
    if (target instanceof HTMLFormElement) element.current = target;
    return handleSubmit(event);
  };

  return { ...form, onSubmit, refusal, errorSummary: errorSummary?.length ? errorSummary : null };
}
