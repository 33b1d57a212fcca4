"use client";

import { useTranslations } from "next-intl";
import { FormTextField } from "@/components/forms/FormTextField";
import type { PersonControl } from "./control";
import { RowGroup } from "./RowGroup";
import { groupClass, legendClass } from "./styles";

/** Phone numbers and the address in Lithuania. */
export function ContactSections({ control }: { control: PersonControl }) {
  const t = useTranslations("person");
  return (
    <>
      <RowGroup
        control={control}
        name="phones"
        legend={t("phones")}
        hint={t("phoneHint")}
        addLabel={t("addPhone")}
        removeLabel={(n) => t("removePhone", { n })}
        newRow={() => ({ number: "" })}
        renderRow={(index) => (
          <FormTextField
            control={control}
            name={`phones.${index}.number`}
            label={t("phoneN", { n: index + 1 })}
            type="tel"
            autoComplete="off"
            isRequired
          />
        )}
      />
      <fieldset className={groupClass}>
        <legend className={legendClass}>{t("address")}</legend>
        {(
          [
            ["addressStreet", undefined],
            ["addressCity", undefined],
            ["addressPostalCode", t("addressPostalCodeHint")],
          ] as const
        ).map(([name, hint]) => (
          <FormTextField
            key={name}
            control={control}
            name={name}
            label={t(name)}
            {...(hint ? { hint } : {})}
            autoComplete="off"
          />
        ))}
      </fieldset>
    </>
  );
}
