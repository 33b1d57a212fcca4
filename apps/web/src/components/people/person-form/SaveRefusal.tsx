"use client";

import { useTranslations } from "next-intl";
import type { Refusal } from "@/components/forms/use-refusal";

const alertClass = "rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100";

/** Why the person was not saved: the input (see the fields), or the API's reason. */
export function SaveRefusal({
  invalid,
  refusal,
  editing,
}: {
  invalid: boolean;
  refusal: Refusal;
  editing: boolean;
}) {
  const t = useTranslations();
  const reason = refusal.reason;
  return (
    <>
      {invalid || reason === "generic" ? (
        <p role="alert" className={alertClass}>
          {editing ? t("person.saveFailed") : t("person.failed")}
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
