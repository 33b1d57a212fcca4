"use client";

import { useTranslations } from "next-intl";
import { FormSelectField } from "@/components/forms/FormSelectField";
import type { Option } from "@/components/ui/SelectField";
import type { PersonControl } from "./control";
import { RowGroup } from "./RowGroup";

/** Citizenships (at least one) and languages: a list of codes each, chosen from the options. */
export function CodeListSections({
  control,
  countries,
  languages,
}: {
  control: PersonControl;
  countries: Option[];
  languages: Option[];
}) {
  const t = useTranslations("person");
  return (
    <>
      <RowGroup
        control={control}
        name="citizenships"
        legend={t("citizenships")}
        addLabel={t("addCitizenship")}
        removeLabel={(n) => t("removeCitizenship", { n })}
        minRows={1}
        newRow={() => ({ code: "" })}
        renderRow={(index) => (
          <FormSelectField
            control={control}
            name={`citizenships.${index}.code`}
            label={t("citizenshipN", { n: index + 1 })}
            placeholder={t("chooseCountry")}
            isRequired
            options={countries}
          />
        )}
      />
      <RowGroup
        control={control}
        name="languages"
        legend={t("languages")}
        addLabel={t("addLanguage")}
        removeLabel={(n) => t("removeLanguage", { n })}
        newRow={() => ({ code: "" })}
        renderRow={(index) => (
          <FormSelectField
            control={control}
            name={`languages.${index}.code`}
            label={t("languageN", { n: index + 1 })}
            placeholder={t("chooseLanguage")}
            isRequired
            options={languages}
          />
        )}
      />
    </>
  );
}
