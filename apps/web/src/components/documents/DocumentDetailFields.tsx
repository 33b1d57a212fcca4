"use client";

import { type DocumentCategory, hasExpiry } from "@kelias/domain";
import { useTranslations } from "next-intl";
import type { Control, FieldValues } from "react-hook-form";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";

interface DetailValues {
  category: DocumentCategory | "";
  expiresOn: string;
  description: string;
}

/**
 * A document's details as the upload, edit and replace forms ask for them: its category (where
 * `categories` lets it be chosen), its expiry date where the category has one, and a description.
 * The form's values hold them under the names `category`, `expiresOn` and `description`.
 */
export function DocumentDetailFields<V extends FieldValues, C, T>({
  control,
  category,
  categories,
}: {
  control: Control<V, C, T>;
  /** The category chosen (or the document's own, when it cannot be changed here). */
  category: DocumentCategory | "";
  categories?: { id: DocumentCategory; label: string }[];
}) {
  const t = useTranslations();
  const details = control as unknown as Control<DetailValues>;
  return (
    <>
      {categories ? (
        <FormSelectField
          control={details}
          name="category"
          label={t("caseDocuments.category")}
          options={categories}
          isRequired
        />
      ) : null}
      {category !== "" && hasExpiry(category) ? (
        <FormTextField
          control={details}
          name="expiresOn"
          type="date"
          label={t("caseDocuments.expiresOn")}
          hint={t("caseDocuments.expiresOnHint")}
        />
      ) : null}
      <FormTextField
        control={details}
        name="description"
        label={t("documents.description")}
        maxLength={500}
      />
    </>
  );
}
