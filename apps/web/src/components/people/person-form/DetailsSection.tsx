"use client";

import { GENDERS, SEXES } from "@kelias/domain";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormRadioField } from "@/components/forms/FormRadioField";
import { FormTextField } from "@/components/forms/FormTextField";
import type { PersonControl } from "./control";
import { groupClass, legendClass } from "./styles";

/** Date of birth (or an estimated age when it is not known), sex and gender. */
export function DetailsSection({ control }: { control: PersonControl }) {
  const t = useTranslations();
  const birthMode = useWatch({ control, name: "birthMode" });
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>{t("person.details")}</legend>
      <FormRadioField
        control={control}
        name="birthMode"
        label={t("person.birthKnown")}
        options={[
          { id: "exact", label: t("person.birthExact") },
          { id: "estimated", label: t("person.birthEstimated") },
        ]}
      />
      {birthMode === "exact" ? (
        <FormTextField
          control={control}
          name="dateOfBirth"
          label={t("person.dateOfBirth")}
          hint={t("person.dateOfBirthHint")}
          type="date"
          isRequired
        />
      ) : (
        <FormTextField
          control={control}
          name="estimatedAge"
          label={t("person.estimatedAge")}
          hint={t("person.estimatedAgeHint")}
          inputMode="numeric"
          isRequired
        />
      )}
      <FormRadioField
        control={control}
        name="sex"
        label={t("person.sex")}
        isRequired
        options={SEXES.map((s) => ({ id: s, label: t(`sex.${s}`) }))}
      />
      <FormRadioField
        control={control}
        name="gender"
        label={t("person.gender")}
        options={GENDERS.map((g) => ({ id: g, label: t(`gender.${g}`) }))}
      />
    </fieldset>
  );
}
