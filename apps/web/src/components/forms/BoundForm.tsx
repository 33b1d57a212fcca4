"use client";

import type { ReactNode } from "react";
import type { FormProps } from "react-aria-components";
import { Form } from "@/components/ui/Form";
import { ErrorSummary } from "./ErrorSummary";
import type { InvalidField } from "./invalid-fields";
import { RecordRefusal } from "./RecordRefusal";
import type { Refusal } from "./use-refusal";

type Props = Omit<FormProps, "onSubmit" | "children"> & {
  /** The form of `useApiForm`: what it submits, and the refusal of its last save. */
  form: { onSubmit: () => Promise<void>; refusal: Refusal; errorSummary: InvalidField[] | null };
  children: ReactNode;
};

/**
 * A form that saves through the API, with at its top the refusal of its last save and, after a
 * submit with errors, the summary of them (which takes the focus).
 */
export function BoundForm({ form, children, ...props }: Props) {
  return (
    <Form {...props} onSubmit={form.onSubmit}>
      <ErrorSummary fields={form.errorSummary} />
      <RecordRefusal refusal={form.refusal} />
      {children}
    </Form>
  );
}
