"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { focusAndReveal, type InvalidField } from "./invalid-fields";

/**
 * What is wrong with a form, above it: a form refused by its checks moves the focus here (see
 * useApiForm), the list of the fields in error is read out, and each entry leads to its field. An
 * entry names the field, and is described by the field's own error message.
 */
export function ErrorSummary({ fields, title }: { fields: readonly InvalidField[] | null; title?: string }) {
  const t = useTranslations("a11y.errorSummary");
  const titleId = useId();
  if (!fields || fields.length === 0) return null;
  return (
    <section
      data-error-summary=""
      tabIndex={-1}
      aria-labelledby={titleId}
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm text-red-900 outline-hidden focus:outline-2 focus:outline-offset-2 focus:outline-brand-600 dark:border-red-400 dark:bg-red-950 dark:text-red-100 dark:focus:outline-brand-300"
    >
      <div role="alert">
        <p id={titleId} className="font-semibold">
          {title ?? t("title", { count: fields.length })}
        </p>
        <ul className="mt-2 list-disc pl-5">
          {fields.map((field) => (
            <li key={field.id || field.label}>
              {/* The field's name; its error (beside the field) describes the link. */}
              <a
                href={field.id ? `#${field.id}` : "#"}
                aria-describedby={field.messageId || undefined}
                className="underline"
                onClick={(event) => {
                  event.preventDefault();
                  focusAndReveal(field.control);
                }}
              >
                {field.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
