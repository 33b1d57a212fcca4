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
  type TraffickingProfile,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { CheckboxField, RecordRefusal, useRecordForm } from "@/components/cases/RecordForm";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
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
  const form = useRecordForm();
  const [facts, setFacts] = useState<IdentificationFacts>(savedFacts);
  const [profile, setProfile] = useState<TraffickingProfile>(savedProfile);
  const [saved, setSaved] = useState(false);
  const lastValid = useRef<IdentificationAssessment | null>(null);
  const save = useMutation(
    trpc.identification.save.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setSaved(true);
        form.succeed();
      },
    }),
  );

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
    setFacts((f) => ({ ...f, ...patch }));
  };
  const toggleRuledOut = (element: IdentificationElement, on: boolean) =>
    update({ ruledOut: on ? [...facts.ruledOut, element] : facts.ruledOut.filter((e) => e !== element) });
  const date = (value: string) => (value === "" ? null : value);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The facts first, so that each field's error shows next to it; the profile has only choices.
    const checked = form.check(identificationFactsSchema, facts);
    if (!checked) return;
    // What is saved is the normalised facts (evidence trimmed): the form shows exactly that.
    setFacts(checked);
    save.mutate({ caseId, version, facts: checked, profile });
  }

  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <Form onSubmit={submit} aria-label={t("title")} className="flex flex-col gap-4">
        <RecordRefusal form={form} />
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
              errorMessage={form.message("dateOfBirth")}
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
              errorMessage={form.message("estimatedAge")}
            />
            <TextField
              label={t("person.dateOfAct")}
              hint={t("person.dateOfActHint")}
              type="date"
              isReadOnly={readOnly}
              value={facts.dateOfAct ?? ""}
              onChange={(v) => update({ dateOfAct: date(v) })}
              errorMessage={form.message("dateOfAct")}
            />
            <TextField
              label={t("person.screenedOn")}
              type="date"
              isReadOnly={readOnly}
              value={facts.screenedOn ?? ""}
              onChange={(v) => update({ screenedOn: date(v) })}
              errorMessage={form.message("screenedOn")}
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
                setProfile(p);
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
      </Form>
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
