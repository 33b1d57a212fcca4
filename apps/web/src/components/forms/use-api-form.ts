"use client";

import { TRPCClientError } from "@trpc/client";
import { useRef } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
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
  onSubmit: () => Promise<void>;
  refusal: Refusal;
}

/**
 * The one way the app's forms save through the API. The form holds what was typed; on submit the
 * procedure's input schema checks it here first (the errors go next to the fields), then the
 * procedure is called. A refused save keeps what was typed: the API's field errors are placed on
 * the fields, its reason is kept for the form to show (a stale version offers the latest version,
 * see RecordRefusal), and a save refreshes the page's data.
 */
export function useApiForm<V extends FieldValues, I, R = unknown>(
  options: ApiFormOptions<V, I, R>,
): ApiForm<V, I> {
  const refusal = useRefusal();
  const latest = useRef(options);
  latest.current = options;
  const form = useInputForm(options);

  const onSubmit = form.handleSubmit(
    async (input) => {
      refusal.clear();
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
      latest.current.onInvalid?.();
    },
  );

  return { ...form, onSubmit, refusal };
}
