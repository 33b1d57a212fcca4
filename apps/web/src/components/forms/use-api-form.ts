"use client";

import { TRPCClientError } from "@trpc/client";
import { useRef } from "react";
import {
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import type { ZodType } from "zod";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
import { defaultPlace, inputResolver, type PlaceIssue } from "./input-resolver";
import { type Refusal, useRefusal } from "./use-refusal";

export interface ApiFormOptions<V extends FieldValues, I, R> {
  /** The procedure's input schema from @kelias/domain: the same check as the API's. */
  schema: ZodType<I>;
  defaultValues: DefaultValues<V>;
  /** The procedure's whole input from the form's values (ids, version, idempotency key added). */
  toInput: (values: V) => unknown;
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
  /** Where a local error is shown; by default on the field named like the input's key. */
  place?: PlaceIssue<V>;
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
  // react-hook-form keeps the resolver it was first given; the input is built from this render's
  // props (the version shown after a refresh, the idempotency key after a renewal).
  const latest = useRef(options);
  latest.current = options;
  const resolver = useRef(
    inputResolver<V, I>(
      options.schema,
      (values) => latest.current.toInput(values),
      (issue, values) => (latest.current.place ?? defaultPlace)(issue, values),
    ),
  );
  const form = useForm<V, unknown, I>({
    resolver: resolver.current,
    defaultValues: options.defaultValues,
    // Focus stays where the user is, as it always did; the errors are announced by the fields.
    shouldFocusError: false,
  });

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
