"use client";

import type { IloCatalogue, IloExploitation, IloPopulation } from "@kelias/domain";
import { useLocale, useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/CheckboxField";

interface Props {
  catalogue: IloCatalogue;
  population: IloPopulation;
  exploitation: IloExploitation;
  observed: readonly string[];
  positive: readonly string[];
  readOnly: boolean;
  onChange: (ids: string[]) => void;
}

/** The ILO indicators of the list in use, grouped by dimension, each with its strength. */
export function IndicatorGroups({
  catalogue,
  population,
  exploitation,
  observed,
  positive,
  readOnly,
  onChange,
}: Props) {
  const t = useTranslations("identification");
  const locale = useLocale();
  const list = catalogue.lists.find((l) => l.population === population && l.exploitation === exploitation);
  if (!list) return null;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("indicators.list", {
          population: t(`indicators.${population}`),
          exploitation: t(`indicators.${exploitation}`),
        })}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {list.dimensions.map((d) => (
          <fieldset
            key={d.dimension}
            className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
          >
            <legend className="px-1 text-sm font-semibold">
              {t(`dimensions.${d.dimension}`)}
              {positive.includes(d.dimension) ? ` · ${t("indicators.positive")}` : ""}
            </legend>
            <ul className="flex flex-col gap-1">
              {d.indicators.map((i) => (
                <li key={i.id}>
                  <CheckboxField
                    isSelected={observed.includes(i.id)}
                    isReadOnly={readOnly}
                    onChange={(selected) =>
                      onChange(selected ? [...observed, i.id] : observed.filter((id) => id !== i.id))
                    }
                  >
                    {t("indicators.indicatorWithStrength", {
                      label: i.label[locale] ?? i.label.en,
                      strength: t(`indicators.strength.${i.strength}`),
                    })}
                  </CheckboxField>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </div>
  );
}
