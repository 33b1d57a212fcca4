"use client";

import {
  type AssessmentContent,
  type AssessmentKind,
  assessmentRecordInput,
  ESCORT_NEEDS,
  emptyAssessmentContent,
  NEED_LEVELS,
  NEEDS_DOMAINS,
  type NeedsContent,
  RISK_LEVELS,
  VULNERABILITY_CATEGORIES,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormCheckboxList } from "@/components/forms/FormCheckboxList";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { defaultPlace, type PlaceIssue } from "@/components/forms/input-resolver";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { fieldLabel } from "@/components/ui/styles";
import { useTRPC } from "@/trpc/client";

/** What the form holds: the assessment's fields, and the content of both kinds (one is used). */
export interface AssessmentValues {
  assessedOn: string;
  riskLevel: string;
  summary: string;
  ratings: NeedsContent["ratings"];
  categories: string[];
  categoriesNote: string;
  escort: string;
  medicalNeedsNote: string;
}

/** The form's values of an assessment as recorded (or empty ones for a new assessment). */
export function assessmentValues(
  recorded: { assessedOn: string; riskLevel: string; summary: string; content: AssessmentContent } | null,
  today: string,
): AssessmentValues {
  const needs = emptyAssessmentContent("needs") as NeedsContent;
  const base: AssessmentValues = {
    assessedOn: today,
    riskLevel: "",
    summary: "",
    ratings: needs.ratings,
    categories: [],
    categoriesNote: "",
    escort: "none",
    medicalNeedsNote: "",
  };
  if (!recorded) return base;
  const c = recorded.content;
  return {
    ...base,
    assessedOn: recorded.assessedOn,
    riskLevel: recorded.riskLevel,
    summary: recorded.summary,
    ...(c.kind === "needs"
      ? { ratings: { ...needs.ratings, ...c.ratings } }
      : {
          categories: [...c.categories],
          categoriesNote: c.categoriesNote,
          escort: c.escort,
          medicalNeedsNote: c.medicalNeedsNote,
        }),
  };
}

function contentOf(kind: AssessmentKind, v: AssessmentValues): unknown {
  return kind === "needs"
    ? { kind, ratings: v.ratings }
    : {
        kind,
        categories: v.categories,
        categoriesNote: v.categoriesNote,
        escort: v.escort,
        medicalNeedsNote: v.medicalNeedsNote,
      };
}

/** The content's errors belong to the fields named like the content's keys. */
const place: PlaceIssue<AssessmentValues> = (issue, values) =>
  issue.path[0] === "content" && issue.path.length > 1
    ? { ...(defaultPlace(issue, values) ?? { code: "invalid" }), name: issue.path.slice(1).join(".") }
    : defaultPlace(issue, values);

interface Props {
  caseId: string;
  kind: AssessmentKind;
  today: string;
  /** The assessment a revision is made of, with what closes the form; absent for a new one. */
  editing?: { assessmentId: string; version: number; values: AssessmentValues; onDone: () => void };
}

/**
 * Records an assessment of the programme's kind, or a new revision of one against the version
 * shown: the date, the risk level, the kind's content and a summary.
 */
export function AssessmentForm({ caseId, kind, today, editing }: Props) {
  const t = useTranslations("assessments");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const record = useMutation(trpc.case.assessment.record.mutationOptions());
  const empty = assessmentValues(null, today);
  const toInput = (v: AssessmentValues, about: { assessmentId: string | null; version: number | null }) => ({
    caseId,
    ...about,
    assessedOn: v.assessedOn,
    riskLevel: v.riskLevel,
    summary: v.summary,
    content: contentOf(kind, v),
  });
  const form = useEntryForm({
    editing,
    empty,
    defaultValues: editing?.values ?? empty,
    place,
    serverField: (key) => key.replace(/^content\./, ""),
    add: {
      schema: assessmentRecordInput,
      toInput: (v, idempotencyKey) => ({
        ...toInput(v, { assessmentId: null, version: null }),
        idempotencyKey,
      }),
      submit: (input) => record.mutateAsync(input),
    },
    edit: {
      schema: assessmentRecordInput,
      toInput: (v, e) => toInput(v, { assessmentId: e.assessmentId, version: e.version }),
      submit: (input) => record.mutateAsync(input),
    },
  });
  const { control } = form;

  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormTextField control={control} name="assessedOn" label={t("assessedOn")} type="date" isRequired />
        <FormSelectField
          control={control}
          name="riskLevel"
          label={t("riskLevel")}
          hint={t("riskHint")}
          isRequired
          options={RISK_LEVELS.map((r) => ({ id: r, label: t(`risk.${r}`) }))}
        />
      </div>
      {kind === "needs" ? (
        <fieldset className="flex flex-col gap-3">
          <legend className={fieldLabel}>{t("kinds.needs")}</legend>
          {NEEDS_DOMAINS.map((domain) => (
            <div key={domain} className="grid gap-3 sm:grid-cols-[1fr_2fr]">
              <FormSelectField
                control={control}
                name={`ratings.${domain}.level`}
                label={`${t(`domains.${domain}`)}: ${t("needLevel")}`}
                options={NEED_LEVELS.map((l) => ({ id: l, label: t(`needLevels.${l}`) }))}
              />
              <FormTextField
                control={control}
                name={`ratings.${domain}.note`}
                label={t("domainNote", { domain: t(`domains.${domain}`) })}
                maxLength={2000}
              />
            </div>
          ))}
        </fieldset>
      ) : (
        <>
          <fieldset className="flex flex-col gap-1">
            <legend className={fieldLabel}>{t("categories")}</legend>
            <FormCheckboxList
              control={control}
              name="categories"
              className="grid gap-1 sm:grid-cols-2"
              options={VULNERABILITY_CATEGORIES.map((c) => ({
                id: c,
                label: tAll(`workflow.vulnerability.${c}`),
              }))}
            />
          </fieldset>
          <FormTextAreaField
            control={control}
            name="categoriesNote"
            label={t("categoriesNote")}
            maxLength={2000}
            rows={2}
          />
          <FormSelectField
            control={control}
            name="escort"
            label={t("escort")}
            options={ESCORT_NEEDS.map((e) => ({ id: e, label: t(`escorts.${e}`) }))}
          />
          <FormTextAreaField
            control={control}
            name="medicalNeedsNote"
            label={t("medicalNeedsNote")}
            maxLength={2000}
            rows={2}
          />
        </>
      )}
      <FormTextAreaField control={control} name="summary" label={t("summary")} maxLength={4000} rows={3} />
      <FormActions
        submit={editing ? t("saveRevision") : t("record")}
        isPending={record.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

/** "Revise" beside an assessment: opens the form in its place, filled with the latest revision. */
export function AssessmentReviser(props: {
  caseId: string;
  kind: AssessmentKind;
  today: string;
  assessmentId: string;
  version: number;
  values: AssessmentValues;
  label: string;
}) {
  const t = useTranslations("assessments");
  return (
    <OpenInPlace opener={t("revise")} label={props.label}>
      {(close) => (
        <div className="mt-2 w-full max-w-3xl">
          <AssessmentForm
            caseId={props.caseId}
            kind={props.kind}
            today={props.today}
            editing={{
              assessmentId: props.assessmentId,
              version: props.version,
              values: props.values,
              onDone: close,
            }}
          />
        </div>
      )}
    </OpenInPlace>
  );
}
