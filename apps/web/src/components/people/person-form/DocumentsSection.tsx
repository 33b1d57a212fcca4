"use client";

import { IDENTITY_DOCUMENT_TYPES } from "@kelias/domain";
import { useTranslations } from "next-intl";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import type { Option } from "@/components/ui/SelectField";
import type { PersonControl } from "./control";
import { RowGroup } from "./RowGroup";
import { groupClass, legendClass } from "./styles";

/**
 * The identity documents; an editor who may not see them is told so, and the save leaves them as
 * they are.
 */
export function DocumentsSection({
  control,
  countries,
  withheld,
}: {
  control: PersonControl;
  countries: Option[];
  withheld: boolean;
}) {
  const t = useTranslations();
  if (withheld) {
    return (
      <fieldset className={groupClass}>
        <legend className={legendClass}>{t("person.documents")}</legend>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("person.documentsWithheldEdit")}</p>
      </fieldset>
    );
  }
  return (
    <RowGroup
      control={control}
      name="documents"
      legend={t("person.documents")}
      addLabel={t("person.addDocument")}
      removeLabel={(n) => t("person.removeDocument", { n })}
      newRow={() => ({ type: "", number: "", issuingCountry: "", expiresOn: "" })}
      renderRow={(index) => (
        <fieldset className="m-0 grid min-w-0 gap-3 border-0 p-0 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold">{t("person.documentN", { n: index + 1 })}</legend>
          <FormSelectField
            control={control}
            name={`documents.${index}.type`}
            label={t("person.documentType")}
            placeholder={t("person.chooseDocumentType")}
            isRequired
            options={IDENTITY_DOCUMENT_TYPES.map((d) => ({ id: d, label: t(`documentTypes.${d}`) }))}
          />
          <FormTextField
            control={control}
            name={`documents.${index}.number`}
            label={t("person.documentNumber")}
            isRequired
            autoComplete="off"
          />
          <FormSelectField
            control={control}
            name={`documents.${index}.issuingCountry`}
            label={t("person.documentIssuingCountry")}
            placeholder={t("person.chooseCountry")}
            isRequired
            options={countries}
          />
          <FormTextField
            control={control}
            name={`documents.${index}.expiresOn`}
            label={t("person.documentExpiresOn")}
            hint={t("person.documentExpiresOnHint")}
            type="date"
          />
        </fieldset>
      )}
    />
  );
}
