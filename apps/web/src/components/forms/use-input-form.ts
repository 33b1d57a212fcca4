"use client";

import { useRef } from "react";
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from "react-hook-form";
import type { ZodType } from "zod";
import { defaultPlace, inputResolver, type PlaceIssue } from "./input-resolver";

export interface InputFormOptions<V extends FieldValues, I> {
  /** The input schema from @kelias/domain: the same check as the server's. */
  schema: ZodType<I>;
  defaultValues: DefaultValues<V>;
  /** The whole input from the form's values (what the form does not hold added). */
  toInput: (values: V) => unknown;
  /** Where a local error is shown; by default on the field named like the input's key. */
  place?: PlaceIssue<V>;
}

/**
 * The form of every form of the app: react-hook-form holds what was typed, and the input schema
 * checks it on submit (`inputResolver`), its errors next to the fields. `useApiForm` saves it
 * through the API; a form that posts elsewhere (sign-in, a server action) submits it itself.
 */
export function useInputForm<V extends FieldValues, I>(
  options: InputFormOptions<V, I>,
): UseFormReturn<V, unknown, I> {
  // react-hook-form keeps the resolver it was first given; the input is built from this render's
  // props (the version shown after a refresh, the idempotency key after a renewal, the step).
  const latest = useRef(options);
  latest.current = options;
  const resolver = useRef(
    inputResolver<V, I>(
      options.schema,
      (values) => latest.current.toInput(values),
      (issue, values) => (latest.current.place ?? defaultPlace)(issue, values),
    ),
  );
  return useForm<V, unknown, I>({
    resolver: resolver.current,
    defaultValues: options.defaultValues,
    // Focus stays where the user is, as it always did; the errors are announced by the fields.
    shouldFocusError: false,
  });
}
