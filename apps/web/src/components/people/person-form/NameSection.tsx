"use client";

import { useTranslations } from "next-intl";
import { FormTextField } from "@/components/forms/FormTextField";
import type { PersonControl } from "./control";
import { groupClass, legendClass } from "./styles";

/** The names as written, and their Latin transliteration where another script is used. */
export function NameSection({ control }: { control: PersonControl }) {
  const t = useTranslations("person");
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>{t("nameSection")}</legend>
      {(["givenName", "familyName"] as const).map((name) => (
        <FormTextField
          key={name}
          control={control}
          name={name}
          label={t(name)}
          isRequired
          autoComplete="off"
        />
      ))}
      {(["givenNameLatin", "familyNameLatin"] as const).map((name) => (
        <FormTextField
          key={name}
          control={control}
          name={name}
          label={t(name)}
          hint={t("latinHint")}
          autoComplete="off"
        />
      ))}
    </fieldset>
  );
}
