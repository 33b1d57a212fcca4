"use client";

import { type IdentificationElement, LEGAL_SOURCE } from "@kelias/domain";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { TextField } from "@/components/ui/TextField";
import { factLabel } from "./explanation";

export interface Observed {
  code: string;
  evidence: string;
}

interface Props {
  element: IdentificationElement;
  codes: readonly string[];
  observed: readonly Observed[];
  ruledOut: boolean;
  readOnly: boolean;
  onChange: (observed: Observed[]) => void;
  onRuledOut: (ruledOut: boolean) => void;
}

/**
 * One element of the definition as a group of checkboxes, each code with the legal instrument that
 * makes it part of the definition and, once ticked, a field for the evidence reference.
 */
export function FactGroup({ element, codes, observed, ruledOut, readOnly, onChange, onRuledOut }: Props) {
  const t = useTranslations("identification");
  const label = (code: string) => factLabel(t, element, code);
  return (
    <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 font-semibold">{t(`elements.${element}`)}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t(`elementHints.${element}`)}</p>
      <ul className="mt-2 flex flex-col gap-2">
        {codes.map((code) => {
          const found = observed.find((o) => o.code === code);
          const source = LEGAL_SOURCE[code as keyof typeof LEGAL_SOURCE];
          return (
            <li key={code}>
              <CheckboxField
                isSelected={Boolean(found)}
                isReadOnly={readOnly}
                onChange={(selected) =>
                  onChange(
                    selected
                      ? [...observed, { code, evidence: "" }]
                      : observed.filter((o) => o.code !== code),
                  )
                }
              >
                {source && source !== "palermo" ? `${label(code)} · ${t(`sources.${source}`)}` : label(code)}
              </CheckboxField>
              {found ? (
                <div className="mt-1 ml-6 max-w-md">
                  <TextField
                    label={t("evidenceFor", { fact: label(code) })}
                    value={found.evidence}
                    isReadOnly={readOnly}
                    maxLength={500}
                    onChange={(evidence) =>
                      onChange(observed.map((o) => (o.code === code ? { ...o, evidence } : o)))
                    }
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="mt-3 border-t border-slate-200 pt-2 dark:border-slate-700">
        <CheckboxField isSelected={ruledOut} isReadOnly={readOnly} onChange={onRuledOut}>
          {t("ruledOut", { element: t(`elements.${element}`) })}
        </CheckboxField>
      </div>
    </fieldset>
  );
}
