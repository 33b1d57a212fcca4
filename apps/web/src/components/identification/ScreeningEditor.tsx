"use client";

import {
  ACT_CODES,
  assessIdentification,
  type IdentificationAssessment,
  type IdentificationElement,
  type IdentificationFacts,
  type IloCatalogue,
  identificationFactsSchema,
  MEANS_CODES,
  officeToday,
  PURPOSE_CODES,
  screeningSaveInput,
  type TraffickingProfile,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { BoundForm } from "@/components/forms/BoundForm";
import { issueCode } from "@/components/forms/input-resolver";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { RadioField } from "@/components/ui/RadioField";
import { TextField } from "@/components/ui/TextField";
import { useTRPC } from "@/trpc/client";
import { AssessmentPanel } from "./AssessmentPanel";
import { FactGroup, type Observed } from "./FactGroup";
import { IndicatorGroups } from "./IndicatorGroups";
import { ProfileFields } from "./ProfileFields";
import { ProposeForm } from "./ProposeForm";

/** JSON with object keys sorted: the database gives stored objects back with their keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

interface Props {
  caseId: string;
  /** Null until the first save. */
  version: number | null;
  facts: IdentificationFacts;
  profile: TraffickingProfile;
  catalogue: IloCatalogue;
  countries: { id: string; label: string }[];
  readOnly: boolean;
  canPropose: boolean;
}

const GROUPS: {
  element: IdentificationElement;
  key: "acts" | "means" | "purposes";
  codes: readonly string[];
}[] = [
  { element: "act", key: "acts", codes: ACT_CODES },
  { element: "means", key: "means", codes: MEANS_CODES },
  { element: "purpose", key: "purposes", codes: PURPOSE_CODES },
];

/**
 * The screening form: the facts of the definition with their evidence, age and consent, the ILO
 * indicators and the HTCDS profile; beside it the assessment, computed by the same pure domain
 * function the server applies on save, updating as the caseworker ticks. Then the proposal.
 */
export function ScreeningEditor({
  caseId,
  version,
  facts: savedFacts,
  profile: savedProfile,
  catalogue,
  countries,
  readOnly,
  canPropose,
}: Props) {
  const t = useTranslations("identification");
  const trpc = useTRPC();
  const tField = useTranslations("errors.field");
  const [saved, setSaved] = useState(false);
  const lastValid = useRef<IdentificationAssessment | null>(null);
  const save = useMutation(trpc.identification.save.mutationOptions());
  const form = useApiForm({
    schema: screeningSaveInput,
    defaultValues: { facts: savedFacts, profile: savedProfile },
    toInput: (values) => ({ caseId, version, facts: values.facts, profile: values.profile }),
    // Each fact's error shows next to its field; the profile has only choices.
    place: (issue) =>
      issue.path[0] === "facts" && issue.path[1]
        ? { name: `facts.${issue.path[1]}`, code: issueCode(issue) }
        : null,
    serverField: (key) => `facts.${key}`,
    submit: (input) => save.mutateAsync(input),
    onSuccess: (_, input) => {
      // What was saved is the normalised facts (evidence trimmed): the form shows exactly that.
      form.reset({ facts: input.facts as IdentificationFacts, profile: input.profile as TraffickingProfile });
      setSaved(true);
    },
  });
  const facts = useWatch({ control: form.control, name: "facts" }) as IdentificationFacts;
  const profile = useWatch({ control: form.control, name: "profile" }) as TraffickingProfile;
  const errors = form.formState.errors.facts as Record<string, { message?: string } | undefined> | undefined;
  const message = (field: string) => {
    const code = errors?.[field]?.message;
    return code ? tField(code as never) : undefined;
  };

  // Stands in for a screening date not recorded, as on the server when the facts are saved.
  const [today] = useState(() => officeToday(new Date()));
  const parsed = identificationFactsSchema.safeParse(facts);
  const assessment = useMemo(
    () => (parsed.success ? assessIdentification(parsed.data, { catalogue, today }) : null),
    [parsed.success, parsed.data, catalogue, today],
  );
  if (assessment) lastValid.current = assessment;
  const shown = assessment ?? lastValid.current ?? assessIdentification(savedFacts, { catalogue, today });
  const dirty = canonical(facts) !== canonical(savedFacts) || canonical(profile) !== canonical(savedProfile);

  const update = (patch: Partial<IdentificationFacts>) => {
    setSaved(false);
    form.setValue("facts", { ...form.getValues("facts"), ...patch });
  };
  const toggleRuledOut = (element: IdentificationElement, on: boolean) =>
    update({ ruledOut: on ? [...facts.ruledOut, element] : facts.ruledOut.filter((e) => e !== element) });
  const date = (value: string) => (value === "" ? null : value);

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <BoundForm form={form} aria-label={t("title")} className="flex flex-col gap-4">
        {GROUPS.map(({ element, key, codes }) => (
          <FactGroup
            key={element}
            element={element}
            codes={codes}
            observed={facts[key]}
            ruledOut={facts.ruledOut.includes(element)}
            readOnly={readOnly}
            onChange={(observed: Observed[]) => update({ [key]: observed } as Partial<IdentificationFacts>)}
            onRuledOut={(on) => toggleRuledOut(element, on)}
          />
        ))}
        <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 font-semibold">{t("person.title")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label={t("person.dateOfBirth")}
              type="date"
              isReadOnly={readOnly}
              value={facts.dateOfBirth ?? ""}
              onChange={(v) => update({ dateOfBirth: date(v) })}
              errorMessage={message("dateOfBirth")}
            />
            <TextField
              label={t("person.estimatedAge")}
              hint={t("person.estimatedAgeHint")}
              inputMode="numeric"
              isReadOnly={readOnly}
              value={facts.estimatedAge === null ? "" : String(facts.estimatedAge)}
              onChange={(v) => {
                const n = Number.parseInt(v, 10);
                update({ estimatedAge: v.trim() === "" || Number.isNaN(n) ? null : n });
              }}
              errorMessage={message("estimatedAge")}
            />
            <TextField
              label={t("person.dateOfAct")}
              hint={t("person.dateOfActHint")}
              type="date"
              isReadOnly={readOnly}
              value={facts.dateOfAct ?? ""}
              onChange={(v) => update({ dateOfAct: date(v) })}
              errorMessage={message("dateOfAct")}
            />
            <TextField
              label={t("person.screenedOn")}
              type="date"
              isReadOnly={readOnly}
              value={facts.screenedOn ?? ""}
              onChange={(v) => update({ screenedOn: date(v) })}
              errorMessage={message("screenedOn")}
            />
          </div>
          <div className="mt-3">
            <CheckboxField
              isSelected={facts.personSaidTheyAgreed}
              isReadOnly={readOnly}
              onChange={(on) => update({ personSaidTheyAgreed: on })}
            >
              {t("person.agreed")}
            </CheckboxField>
          </div>
        </fieldset>
        <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 font-semibold">{t("indicators.title")}</legend>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("indicators.intro")}</p>
          <RadioField
            label={t("indicators.exploitation")}
            isReadOnly={readOnly}
            value={facts.indicatorExploitation}
            onChange={(v) =>
              update({ indicatorExploitation: v as IdentificationFacts["indicatorExploitation"] })
            }
            options={[
              { id: "labour", label: t("indicators.labour") },
              { id: "sexual", label: t("indicators.sexual") },
            ]}
          />
          <div className="mt-3">
            <IndicatorGroups
              catalogue={catalogue}
              population={shown.indicators.population}
              exploitation={facts.indicatorExploitation}
              observed={facts.indicators.map((i) => i.id)}
              positive={shown.indicators.positiveDimensions}
              readOnly={readOnly}
              onChange={(ids) =>
                update({
                  indicators: ids.map(
                    (id) => facts.indicators.find((i) => i.id === id) ?? { id, evidence: "" },
                  ),
                })
              }
            />
          </div>
        </fieldset>
        <details className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <summary className="cursor-pointer font-semibold">{t("profile.title")}</summary>
          <div className="mt-3">
            <ProfileFields
              profile={profile}
              countries={countries}
              readOnly={readOnly}
              onChange={(p) => {
                setSaved(false);
                form.setValue("profile", p);
              }}
            />
          </div>
        </details>
        {readOnly ? null : (
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" isDisabled={save.isPending}>
              {t("save")}
            </Button>
            {saved && !dirty ? (
              <p role="status" className="text-sm">
                {t("saved")}
              </p>
            ) : null}
          </div>
        )}
      </BoundForm>
      <div className="flex flex-col gap-6">
        <div className="rounded-md border border-slate-200 p-3 lg:sticky lg:top-4 dark:border-slate-700">
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("assessment.intro")}</p>
          {assessment ? null : (
            <p role="status" className="mb-2 text-sm text-amber-900 dark:text-amber-200">
              {t("assessment.invalid")}
            </p>
          )}
          <AssessmentPanel assessment={shown} live headingId="identification-assessment" />
        </div>
        {canPropose ? (
          <ProposeForm
            caseId={caseId}
            screeningVersion={version}
            dirty={dirty}
            recommendation={shown.recommendation}
          />
        ) : null}
      </div>
    </div>
  );
}
