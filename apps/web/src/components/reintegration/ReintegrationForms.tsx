"use client";

import {
  CURRENCIES,
  type Currency,
  MONITORING_MODES,
  MONITORING_SITUATIONS,
  monitoringVisitEditInput,
  monitoringVisitRecordInput,
  REINTEGRATION_DIMENSIONS,
  reintegrationPlanSaveInput,
  SUPPORT_KINDS,
  SUPPORT_STATUSES,
  type SurveyCatalogue,
  supportAddInput,
  supportEditInput,
  surveyRecordInput,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormCheckboxField } from "@/components/forms/FormCheckboxField";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useApiForm } from "@/components/forms/use-api-form";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { useTRPC } from "@/trpc/client";

const NONE = "none";

// ---------------------------------------------------------------------------------------------
// The plan's objectives

export interface PlanValues {
  economicObjective: string;
  socialObjective: string;
  psychosocialObjective: string;
}

/** Saves the objective of each dimension against the version shown (null: the first save). */
export function PlanForm({
  caseId,
  version,
  values,
}: {
  caseId: string;
  version: number | null;
  values: PlanValues;
}) {
  const t = useTranslations("reintegration");
  const trpc = useTRPC();
  const save = useMutation(trpc.case.reintegration.plan.save.mutationOptions());
  const form = useApiForm({
    schema: reintegrationPlanSaveInput,
    defaultValues: values,
    toInput: (v) => ({ caseId, version, ...v }),
    submit: (input) => save.mutateAsync(input),
  });
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      {REINTEGRATION_DIMENSIONS.map((d) => (
        <FormTextAreaField
          key={d}
          control={form.control}
          name={`${d}Objective` as const}
          label={t("plan.objective", { dimension: t(`dimensions.${d}`) })}
          maxLength={2000}
          rows={2}
        />
      ))}
      <FormActions submit={t("plan.save")} isPending={save.isPending} />
    </BoundForm>
  );
}

// ---------------------------------------------------------------------------------------------
// Support items

export interface SupportValues {
  dimension: string;
  kind: string;
  description: string;
  amount: string;
  currency: string;
  status: string;
  plannedOn: string;
  deliveredOn: string;
}

function supportInput(v: SupportValues) {
  const amount = v.amount.trim();
  return {
    dimension: v.dimension,
    kind: v.kind,
    description: v.description,
    amount: amount === "" ? null : amount,
    currency: v.currency === NONE || v.currency === "" || amount === "" ? null : v.currency,
    status: v.status,
    plannedOn: v.plannedOn === "" ? null : v.plannedOn,
    deliveredOn: v.deliveredOn === "" ? null : v.deliveredOn,
  };
}

interface SupportProps {
  caseId: string;
  currency: Currency;
  editing?: { itemId: string; version: number; values: SupportValues; onDone: () => void };
}

/** Plans a support item, or edits one (its status and delivered date, say) against the version shown. */
export function SupportForm({ caseId, currency, editing }: SupportProps) {
  const t = useTranslations("reintegration");
  const trpc = useTRPC();
  const empty: SupportValues = {
    dimension: "economic",
    kind: "in_kind",
    description: "",
    amount: "",
    currency,
    status: "planned",
    plannedOn: "",
    deliveredOn: "",
  };
  const add = useMutation(trpc.case.reintegration.support.add.mutationOptions());
  const edit = useMutation(trpc.case.reintegration.support.edit.mutationOptions());
  const form = useEntryForm({
    editing,
    defaultValues: editing ? editing.values : empty,
    empty,
    add: {
      schema: supportAddInput,
      toInput: (v, idempotencyKey) => ({ caseId, ...supportInput(v), idempotencyKey }),
      submit: (input) => add.mutateAsync(input),
    },
    edit: {
      schema: supportEditInput,
      toInput: (v, { itemId, version }) => ({ caseId, itemId, version, ...supportInput(v) }),
      submit: (input) => edit.mutateAsync(input),
    },
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="dimension"
          label={t("support.dimension")}
          isRequired
          options={REINTEGRATION_DIMENSIONS.map((d) => ({ id: d, label: t(`dimensions.${d}`) }))}
        />
        <FormSelectField
          control={control}
          name="kind"
          label={t("support.kind")}
          isRequired
          options={SUPPORT_KINDS.map((k) => ({ id: k, label: t(`support.kinds.${k}`) }))}
        />
        <FormTextField
          control={control}
          name="description"
          label={t("support.description")}
          isRequired
          maxLength={500}
        />
        <FormSelectField
          control={control}
          name="status"
          label={t("support.status")}
          isRequired
          options={SUPPORT_STATUSES.map((s) => ({ id: s, label: t(`support.statuses.${s}`) }))}
        />
        <FormTextField
          control={control}
          name="amount"
          label={t("support.amount")}
          hint={t("support.amountHint")}
          inputMode="decimal"
        />
        <FormSelectField
          control={control}
          name="currency"
          label={t("support.currency")}
          options={[
            { id: NONE, label: t("support.noCurrency") },
            ...CURRENCIES.map((c) => ({ id: c, label: c })),
          ]}
        />
        <FormTextField control={control} name="plannedOn" label={t("support.plannedOn")} type="date" />
        <FormTextField
          control={control}
          name="deliveredOn"
          label={t("support.deliveredOn")}
          hint={t("support.deliveredHint")}
          type="date"
        />
      </div>
      <FormActions
        submit={editing ? t("support.save") : t("support.add")}
        isPending={add.isPending || edit.isPending}
        cancel={editing ? { label: t("support.cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

export function SupportEditor(props: {
  caseId: string;
  currency: Currency;
  itemId: string;
  version: number;
  values: SupportValues;
  label: string;
}) {
  const t = useTranslations("reintegration");
  return (
    <OpenInPlace opener={t("support.edit")} label={props.label}>
      {(close) => (
        <div className="mt-3">
          <SupportForm
            caseId={props.caseId}
            currency={props.currency}
            editing={{ itemId: props.itemId, version: props.version, values: props.values, onDone: close }}
          />
        </div>
      )}
    </OpenInPlace>
  );
}

// ---------------------------------------------------------------------------------------------
// Monitoring contacts

export interface VisitValues {
  mode: string;
  date: string;
  pointMonths: string;
  conductedBy: string;
  situation: string;
  concerns: string;
  followUpNeeded: boolean;
  notes: string;
}

function visitInput(v: VisitValues) {
  return {
    mode: v.mode,
    date: v.date,
    pointMonths: v.pointMonths === NONE || v.pointMonths === "" ? null : Number(v.pointMonths),
    conductedBy: v.conductedBy,
    situation: v.situation,
    concerns: v.concerns,
    followUpNeeded: v.followUpNeeded,
    notes: v.notes,
  };
}

interface VisitProps {
  caseId: string;
  today: string;
  points: readonly number[];
  /** The schedule point a new contact is for by default (the first not done). */
  nextPoint?: number | null;
  editing?: { visitId: string; version: number; values: VisitValues; onDone: () => void };
}

/** Records a monitoring visit or call with its outcome, or corrects one against the version shown. */
export function VisitForm({ caseId, today, points, nextPoint = null, editing }: VisitProps) {
  const t = useTranslations("reintegration.visits");
  const trpc = useTRPC();
  const empty: VisitValues = {
    mode: "visit",
    date: today,
    pointMonths: nextPoint === null ? NONE : String(nextPoint),
    conductedBy: "",
    situation: "stable",
    concerns: "",
    followUpNeeded: false,
    notes: "",
  };
  const add = useMutation(trpc.case.monitoring.visit.record.mutationOptions());
  const edit = useMutation(trpc.case.monitoring.visit.edit.mutationOptions());
  const form = useEntryForm({
    editing,
    defaultValues: editing ? editing.values : empty,
    empty,
    add: {
      schema: monitoringVisitRecordInput,
      toInput: (v, idempotencyKey) => ({ caseId, ...visitInput(v), idempotencyKey }),
      submit: (input) => add.mutateAsync(input),
    },
    edit: {
      schema: monitoringVisitEditInput,
      toInput: (v, { visitId, version }) => ({ caseId, visitId, version, ...visitInput(v) }),
      submit: (input) => edit.mutateAsync(input),
    },
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="mode"
          label={t("mode")}
          isRequired
          options={MONITORING_MODES.map((m) => ({ id: m, label: t(`modes.${m}`) }))}
        />
        <FormTextField
          control={control}
          name="date"
          label={t("date")}
          hint={t("dateHint")}
          type="date"
          isRequired
        />
        <FormSelectField
          control={control}
          name="pointMonths"
          label={t("point")}
          options={[
            { id: NONE, label: t("extra") },
            ...points.map((m) => ({ id: String(m), label: t("pointOption", { months: m }) })),
          ]}
        />
        <FormTextField
          control={control}
          name="conductedBy"
          label={t("conductedBy")}
          hint={t("conductedByHint")}
          maxLength={200}
        />
        <FormSelectField
          control={control}
          name="situation"
          label={t("situation")}
          isRequired
          options={MONITORING_SITUATIONS.map((s) => ({ id: s, label: t(`situations.${s}`) }))}
        />
      </div>
      <FormTextAreaField control={control} name="concerns" label={t("concerns")} maxLength={4000} rows={2} />
      <FormCheckboxField control={control} name="followUpNeeded">
        {t("followUpNeeded")}
      </FormCheckboxField>
      <FormTextAreaField control={control} name="notes" label={t("notes")} maxLength={4000} rows={2} />
      <FormActions
        submit={editing ? t("save") : t("record")}
        isPending={add.isPending || edit.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

export function VisitEditor(props: {
  caseId: string;
  today: string;
  points: readonly number[];
  visitId: string;
  version: number;
  values: VisitValues;
  label: string;
}) {
  const t = useTranslations("reintegration.visits");
  return (
    <OpenInPlace opener={t("edit")} label={props.label}>
      {(close) => (
        <div className="mt-3">
          <VisitForm
            caseId={props.caseId}
            today={props.today}
            points={props.points}
            editing={{ visitId: props.visitId, version: props.version, values: props.values, onDone: close }}
          />
        </div>
      )}
    </OpenInPlace>
  );
}

// ---------------------------------------------------------------------------------------------
// The sustainability survey

/** An indicator not asked: no catalogue option id has a hyphen, so this one never collides. */
const NOT_ASKED = "-";

/** Form field names cannot hold the dots of indicator ids (react-hook-form reads them as paths). */
const fieldOf = (indicatorId: string) => `a_${indicatorId.replaceAll(".", "__")}`;

/** Records a survey with the current catalogue: one choice per indicator, "not asked" by default. */
export function SurveyForm({
  caseId,
  today,
  catalogue,
  visits,
}: {
  caseId: string;
  today: string;
  catalogue: SurveyCatalogue;
  visits: readonly { id: string; label: string }[];
}) {
  const t = useTranslations("reintegration");
  const locale = useLocale();
  const trpc = useTRPC();
  const empty: Record<string, string> = {
    takenOn: today,
    visitId: visits.at(-1)?.id ?? NONE,
    ...Object.fromEntries(catalogue.indicators.map((i) => [fieldOf(i.id), NOT_ASKED])),
  };
  const add = useMutation(trpc.case.survey.record.mutationOptions());
  const form = useEntryForm({
    empty,
    add: {
      schema: surveyRecordInput,
      toInput: (v, idempotencyKey) => ({
        caseId,
        takenOn: v.takenOn ?? "",
        visitId: !v.visitId || v.visitId === NONE ? null : v.visitId,
        answers: Object.fromEntries(
          catalogue.indicators.flatMap((i) => {
            const option = v[fieldOf(i.id)];
            return option && option !== NOT_ASKED ? [[i.id, option]] : [];
          }),
        ),
        idempotencyKey,
      }),
      submit: (input) => add.mutateAsync(input),
    },
  });
  const { control } = form;
  const label = (l: { en: string } & Record<string, string>) => l[locale] ?? l.en;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormTextField control={control} name="takenOn" label={t("survey.takenOn")} type="date" isRequired />
        <FormSelectField
          control={control}
          name="visitId"
          label={t("survey.visit")}
          options={[{ id: NONE, label: t("survey.noVisit") }, ...visits]}
        />
      </div>
      {REINTEGRATION_DIMENSIONS.map((d) => (
        <fieldset key={d} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold">{t(`dimensions.${d}`)}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {catalogue.indicators
              .filter((i) => i.dimension === d)
              .map((i) => (
                <FormSelectField
                  key={i.id}
                  control={control}
                  name={fieldOf(i.id)}
                  label={label(i.label)}
                  options={[
                    { id: NOT_ASKED, label: t("survey.notAsked") },
                    ...i.options.map((o) => ({ id: o.id, label: label(o.label) })),
                  ]}
                />
              ))}
          </div>
        </fieldset>
      ))}
      <FormActions submit={t("survey.record")} isPending={add.isPending} />
    </BoundForm>
  );
}
