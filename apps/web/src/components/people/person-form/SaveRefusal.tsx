"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import type { InvalidField } from "@/components/forms/invalid-fields";
import type { Refusal } from "@/components/forms/use-refusal";

const alertClass = "rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100";

/**
 * Why the person was not saved: the fields in error (a summary that takes the focus, each entry
 * leading to its field; the bare message where none is marked), or the API's reason.
 */
export function SaveRefusal({
  invalid,
  errorSummary,
  refusal,
  editing,
}: {
  invalid: boolean;
  errorSummary: InvalidField[] | null;
  refusal: Refusal;
  editing: boolean;
}) {
  const t = useTranslations();
  const reason = refusal.reason;
  const failed = editing ? t("person.saveFailed") : t("person.failed");
  return (
    <>
      <ErrorSummary fields={errorSummary} title={failed} />
      {(invalid || reason === "generic") && !errorSummary ? (
        <p role="alert" className={alertClass}>
          {failed}
        </p>
      ) : null}
      {reason && reason !== "generic" ? (
        <p role="alert" className={alertClass}>
          {t(`errors.reason.${reason}`)}
        </p>
      ) : null}
    </>
  );
}
