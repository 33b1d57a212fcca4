"use client";

import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from "react-aria-components";
import type { ZodType } from "zod";
import { Button } from "@/components/ui/Button";
import { type RefusalReason, refusalReason } from "@/lib/api-errors";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";

/**
 * The state every case-record form shares: field errors (checked here first, then by the API),
 * the API's refusal, and the way out of a stale save. A refused save never clears what the user
 * typed: the form's own state is left as it was.
 */
export function useRecordForm() {
  const t = useTranslations("errors.field");
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, FieldErrorCode>>({});
  const [reason, setReason] = useState<RefusalReason | null>(null);
  const [reloaded, setReloaded] = useState(false);

  return {
    reason,
    reloaded,
    /** The message for a field's error, next to the field. */
    message(field: string): string | undefined {
      const code = errors[field];
      return code ? t(code) : undefined;
    },
    /** Validates on the client first; null (with the errors shown) when the input is not valid. */
    check<T>(schema: ZodType<T>, input: unknown): T | null {
      setReloaded(false);
      const parsed = schema.safeParse(input);
      if (parsed.success) {
        setErrors({});
        return parsed.data;
      }
      setErrors(fieldCodes(parsed.error));
      setReason(null);
      return null;
    },
    fail(error: unknown) {
      if (error instanceof TRPCClientError) {
        const codes = fieldCodes(error.data?.fieldErrors);
        if (Object.keys(codes).length > 0) setErrors(codes);
      }
      setReason(refusalReason(error));
      setReloaded(false);
    },
    succeed() {
      setErrors({});
      setReason(null);
      setReloaded(false);
      router.refresh();
    },
    /** After a stale save: shows the latest version of the page, keeping what was typed. */
    reload() {
      setReason(null);
      setReloaded(true);
      router.refresh();
    },
  };
}

export type RecordFormState = ReturnType<typeof useRecordForm>;

/** The refusal of a save, in words; for a stale save, how to go on without losing the input. */
export function RecordRefusal({ form }: { form: RecordFormState }) {
  const t = useTranslations();
  if (form.reloaded) {
    return (
      <p role="status" className="rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800">
        {t("record.reloaded")}
      </p>
    );
  }
  if (!form.reason) return null;
  return (
    <div
      role="alert"
      className="flex flex-col items-start gap-2 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
    >
      {form.reason === "stale_version" ? (
        <>
          <p>{t("record.stale")}</p>
          <Button variant="secondary" className="px-3 py-1" onPress={form.reload}>
            {t("record.showLatest")}
          </Button>
        </>
      ) : (
        <p>{t(`errors.reason.${form.reason}`)}</p>
      )}
    </div>
  );
}

/** A labelled checkbox. */
export function CheckboxField({
  children,
  ...props
}: Omit<AriaCheckboxProps, "children"> & { children: string }) {
  return (
    <AriaCheckbox
      {...props}
      className="group flex items-start gap-2 text-sm text-slate-900 disabled:opacity-60 dark:text-slate-100"
    >
      <span
        aria-hidden="true"
        className="mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded border-2 border-slate-500 text-white group-selected:border-brand-700 group-selected:bg-brand-700 group-focus-visible:ring-2 group-focus-visible:ring-brand-500 dark:text-slate-950 dark:group-selected:border-brand-400 dark:group-selected:bg-brand-400"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 12 12"
          className="hidden h-3 w-3 fill-none stroke-current stroke-2 group-selected:block"
        >
          <polyline points="2 6.5 5 9 10 3" />
        </svg>
      </span>
      {children}
    </AriaCheckbox>
  );
}
