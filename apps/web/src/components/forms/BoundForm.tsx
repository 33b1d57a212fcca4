"use client";

import type { ReactNode } from "react";
import type { FormProps } from "react-aria-components";
import { Form } from "@/components/ui/Form";
import { RecordRefusal } from "./RecordRefusal";
import type { Refusal } from "./use-refusal";

type Props = Omit<FormProps, "onSubmit" | "children"> & {
  /** The form of `useApiForm`: what it submits, and the refusal of its last save. */
  form: { onSubmit: () => Promise<void>; refusal: Refusal };
  children: ReactNode;
};

/** A form that saves through the API, with the refusal of its last save at its top. */
export function BoundForm({ form, children, ...props }: Props) {
  return (
    <Form {...props} onSubmit={form.onSubmit}>
      <RecordRefusal refusal={form.refusal} />
      {children}
    </Form>
  );
}
