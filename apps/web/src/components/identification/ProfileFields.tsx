"use client";

import {
  ISIC_SECTIONS,
  METHODS_OF_CONTROL,
  RECRUITMENT_METHODS,
  RELATIONSHIPS_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPES,
  type TraffickingProfile,
  TYPES_OF_EXPLOITATION,
} from "@kelias/domain";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField } from "@/components/ui/SelectField";

type SetField =
  | "typesOfExploitation"
  | "methodsOfControl"
  | "sexualExploitationTypes"
  | "forcedLabourIndustries"
  | "recruitmentMethods";

const SETS: { field: SetField; values: readonly string[]; catalog: string }[] = [
  { field: "typesOfExploitation", values: TYPES_OF_EXPLOITATION, catalog: "typesOfExploitation" },
  { field: "methodsOfControl", values: METHODS_OF_CONTROL, catalog: "methodsOfControl" },
  { field: "sexualExploitationTypes", values: SEXUAL_EXPLOITATION_TYPES, catalog: "sexualExploitationTypes" },
  { field: "forcedLabourIndustries", values: ISIC_SECTIONS, catalog: "isic" },
  { field: "recruitmentMethods", values: RECRUITMENT_METHODS, catalog: "recruitmentMethods" },
];

const NONE = "none";

/** The HTCDS profile of the person's situation, the fields a CTDC-style export reads. */
export function ProfileFields({
  profile,
  countries,
  readOnly,
  onChange,
}: {
  profile: TraffickingProfile;
  countries: { id: string; label: string }[];
  readOnly: boolean;
  onChange: (profile: TraffickingProfile) => void;
}) {
  const t = useTranslations("identification");
  return (
    <div className="flex flex-col gap-3">
      <div className="grid gap-3 md:grid-cols-2">
        {SETS.map(({ field, values, catalog }) => {
          const selected = profile[field] as readonly string[];
          return (
            <fieldset key={field} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <legend className="px-1 text-sm font-semibold">{t(`profile.${field}`)}</legend>
              <ul className="flex flex-col gap-1">
                {values.map((value) => (
                  <li key={value}>
                    <CheckboxField
                      isSelected={selected.includes(value)}
                      isReadOnly={readOnly}
                      onChange={(on) =>
                        onChange({
                          ...profile,
                          [field]: on ? [...selected, value] : selected.filter((v) => v !== value),
                        })
                      }
                    >
                      {t(`${catalog}.${value}`)}
                    </CheckboxField>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          label={t("profile.relationshipToTrafficker")}
          isDisabled={readOnly}
          options={[
            { id: NONE, label: t("profile.notRecorded") },
            ...RELATIONSHIPS_TO_TRAFFICKER.map((r) => ({ id: r, label: t(`relationships.${r}`) })),
          ]}
          selectedKey={profile.relationshipToTrafficker ?? NONE}
          onSelectionChange={(key) =>
            onChange({
              ...profile,
              relationshipToTrafficker:
                key === NONE ? null : (key as TraffickingProfile["relationshipToTrafficker"]),
            })
          }
        />
        <SelectField
          label={t("profile.countryOfExploitation")}
          isDisabled={readOnly}
          options={[{ id: NONE, label: t("profile.notRecorded") }, ...countries]}
          selectedKey={profile.countryOfExploitation ?? NONE}
          onSelectionChange={(key) =>
            onChange({
              ...profile,
              countryOfExploitation:
                key === NONE ? null : (key as TraffickingProfile["countryOfExploitation"]),
            })
          }
        />
      </div>
    </div>
  );
}
