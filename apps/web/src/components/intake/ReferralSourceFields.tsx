"use client";

import { REFERRAL_SOURCES } from "@kelias/domain";
import { useTranslations } from "next-intl";
import type { Control, FieldValues, Path } from "react-hook-form";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";

/** The entry point's two fields, for registration and for the correction on the case page. */
export function ReferralSourceFields<V extends FieldValues>({ control }: { control: Control<V> }) {
  const t = useTranslations("intake");
  return (
    <>
      <FormSelectField
        control={control}
        name={"referralSource" as Path<V>}
        label={t("sourceLabel")}
        placeholder={t("chooseSource")}
        hint={t("sourceHint")}
        isRequired
        options={REFERRAL_SOURCES.map((source) => ({ id: source, label: t(`source.${source}`) }))}
        messages={{ required: t("sourceRequired") }}
      />
      <FormTextField
        control={control}
        name={"referralSourceDetail" as Path<V>}
        label={t("sourceDetailLabel")}
        hint={t("sourceDetailHint")}
        maxLength={200}
      />
    </>
  );
}
