"use client";

import { type CalendarDate, DateFormatter, parseDate } from "@internationalized/date";
import { useTranslations } from "next-intl";
import type { FocusEvent } from "react";
import {
  DateField as AriaDateField,
  DateInput,
  DateSegment,
  FieldError,
  Text,
  useLocale,
} from "react-aria-components";
import { FieldLabel } from "./FieldParts";
import { fieldError, fieldHint } from "./styles";

export interface DateFieldProps {
  label: string;
  hint?: string | undefined;
  errorMessage?: string | undefined;
  /** The date as an ISO calendar date (`1994-03-21`), or "" for none. */
  value?: string | undefined;
  defaultValue?: string | undefined;
  /** The date typed, as an ISO calendar date; "" while it is empty or not complete. */
  onChange?: ((value: string) => void) | undefined;
  onBlur?: ((event: FocusEvent<Element>) => void) | undefined;
  name?: string | undefined;
  isRequired?: boolean | undefined;
  isReadOnly?: boolean | undefined;
  isDisabled?: boolean | undefined;
  autoFocus?: boolean | undefined;
}

/** The day every example of a date shows, in the format of the field. */
const EXAMPLE = parseDate("1994-03-21");
/** Day, month and year as the field shows them: two digits each, four for the year. */
const FORMAT = { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" } as const;

function calendarDate(iso: string | undefined): CalendarDate | null | undefined {
  if (iso === undefined) return undefined;
  if (iso === "") return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/**
 * A calendar date typed in the order and with the separators of the user's language (day, month
 * and year are separate segments, each read out and changed with the arrow keys or typed), held as
 * an ISO date. Its hint ends with an example in the same format, so what it says is what the field
 * shows.
 */
export function DateField({
  label,
  hint,
  errorMessage,
  value,
  defaultValue,
  onChange,
  onBlur,
  ...props
}: DateFieldProps) {
  const t = useTranslations("a11y.date");
  const { locale } = useLocale();
  const example = t("example", { example: new DateFormatter(locale, FORMAT).format(EXAMPLE.toDate("UTC")) });
  const controlled = calendarDate(value);
  const initial = calendarDate(defaultValue);
  return (
    <AriaDateField
      {...props}
      {...(controlled === undefined ? {} : { value: controlled })}
      {...(initial === undefined ? {} : { defaultValue: initial })}
      onChange={(date) => onChange?.(date ? date.toString() : "")}
      {...(onBlur ? { onBlur } : {})}
      granularity="day"
      shouldForceLeadingZeros
      isInvalid={Boolean(errorMessage)}
    >
      <FieldLabel>{label}</FieldLabel>
      <DateInput className="mt-1 flex w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-sm text-slate-900 focus-within:border-brand-700 focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-brand-600 dark:focus-within:outline-brand-300 invalid:border-red-600 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100">
        {(segment) => (
          <DateSegment
            segment={segment}
            className="rounded-sm px-0.5 tabular-nums outline-hidden placeholder-shown:text-slate-500 type-literal:px-0 focus:bg-brand-700 focus:text-white dark:placeholder-shown:text-slate-400 dark:focus:bg-brand-300 dark:focus:text-slate-950"
          />
        )}
      </DateInput>
      <Text slot="description" className={fieldHint}>
        {hint ? `${hint} ${example}` : example}
      </Text>
      <FieldError className={fieldError}>{errorMessage}</FieldError>
    </AriaDateField>
  );
}
