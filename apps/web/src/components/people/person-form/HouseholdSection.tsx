"use client";

import { HOUSEHOLD_RELATIONSHIPS } from "@kelias/domain";
import { useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { FormSelectField } from "@/components/forms/FormSelectField";
import type { FieldErrorCode } from "@/lib/field-errors";
import { PersonPicker } from "../PersonPicker";
import type { PersonControl } from "./control";
import { RowGroup } from "./RowGroup";

/** The people of the household, each found by search, with how they are related. */
export function HouseholdSection({
  control,
  personId,
  nameOf,
  setName,
}: {
  control: PersonControl;
  /** The person being edited, who cannot be their own household member. */
  personId: string | undefined;
  nameOf: (index: number) => string;
  setName: (index: number, name: string) => void;
}) {
  const t = useTranslations();
  return (
    <RowGroup
      control={control}
      name="household"
      legend={t("person.householdMembers")}
      hint={t("person.householdHint")}
      addLabel={t("person.addHouseholdMember")}
      removeLabel={(n) => t("person.removeHouseholdMember", { n })}
      newRow={() => ({ personId: "", name: "", relationship: "" })}
      renderRow={(index) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <Controller
            control={control}
            name={`household.${index}.personId`}
            render={({ field, fieldState }) => {
              const code = fieldState.error?.message as FieldErrorCode | undefined;
              return (
                <PersonPicker
                  label={t("person.householdMemberN", { n: index + 1 })}
                  hint={t("person.searchPerson")}
                  value={field.value ? { id: field.value, name: nameOf(index) } : null}
                  onChange={(picked) => {
                    setName(index, picked?.name ?? "");
                    field.onChange(picked?.id ?? "");
                  }}
                  onBlur={field.onBlur}
                  excludeId={personId}
                  errorMessage={code ? t(`errors.field.${code}`) : undefined}
                />
              );
            }}
          />
          <FormSelectField
            control={control}
            name={`household.${index}.relationship`}
            label={t("person.relationshipN", { n: index + 1 })}
            hint={t("person.relationshipHint")}
            placeholder={t("person.chooseRelationship")}
            isRequired
            options={HOUSEHOLD_RELATIONSHIPS.map((r) => ({ id: r, label: t(`relationships.${r}`) }))}
          />
        </div>
      )}
    />
  );
}
