"use client";

import {
  ESCORT_KINDS,
  MEDICAL_CLEARANCES,
  TRAVEL_DOCUMENT_KINDS,
  TRAVEL_DOCUMENT_STATUSES,
  travelArrivalConfirmInput,
  travelDepartureConfirmInput,
  travelDocumentAddInput,
  travelDocumentEditInput,
  travelFitnessSetInput,
  travelLegAddInput,
  travelLegEditInput,
  travelLegRemoveInput,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ZodType } from "zod";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useApiForm } from "@/components/forms/use-api-form";
import { useTRPC } from "@/trpc/client";

const blankToNull = (value: string) => (value.trim() === "" ? null : value);

export interface DocumentValues {
  kind: string;
  status: string;
  issuingAuthority: string;
  requestedOn: string;
  issuedOn: string;
  number: string;
  expiresOn: string;
  note: string;
}

const EMPTY_DOCUMENT: DocumentValues = {
  kind: "passport",
  status: "requested",
  issuingAuthority: "",
  requestedOn: "",
  issuedOn: "",
  number: "",
  expiresOn: "",
  note: "",
};

const documentInput = (v: DocumentValues) => ({
  kind: v.kind,
  status: v.status,
  issuingAuthority: v.issuingAuthority,
  requestedOn: blankToNull(v.requestedOn),
  issuedOn: blankToNull(v.issuedOn),
  number: v.number,
  expiresOn: blankToNull(v.expiresOn),
  note: v.note,
});

/** Records a travel document, or corrects one against the version shown. */
export function TravelDocumentForm({
  caseId,
  editing,
}: {
  caseId: string;
  editing?: { documentId: string; version: number; values: DocumentValues; onDone: () => void };
}) {
  const t = useTranslations("travel");
  const trpc = useTRPC();
  const add = useMutation(trpc.case.travel.document.add.mutationOptions());
  const edit = useMutation(trpc.case.travel.document.edit.mutationOptions());
  const form = useApiForm({
    defaultValues: editing?.values ?? EMPTY_DOCUMENT,
    schema: editing ? travelDocumentEditInput : travelDocumentAddInput,
    toInput: (values: DocumentValues) =>
      editing
        ? { caseId, documentId: editing.documentId, version: editing.version, ...documentInput(values) }
        : { caseId, ...documentInput(values) },
    submit: (input) =>
      editing
        ? edit.mutateAsync(input as Parameters<typeof edit.mutateAsync>[0])
        : add.mutateAsync(input as Parameters<typeof add.mutateAsync>[0]),
    onSuccess: () => {
      if (editing) editing.onDone();
      else form.reset(EMPTY_DOCUMENT);
    },
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="kind"
          label={t("document.kind")}
          isRequired
          options={TRAVEL_DOCUMENT_KINDS.map((id) => ({ id, label: t(`documentKinds.${id}`) }))}
        />
        <FormSelectField
          control={control}
          name="status"
          label={t("document.status")}
          isRequired
          options={TRAVEL_DOCUMENT_STATUSES.map((id) => ({ id, label: t(`documentStatuses.${id}`) }))}
        />
        <FormTextField
          control={control}
          name="issuingAuthority"
          label={t("document.issuingAuthority")}
          hint={t("document.issuingAuthorityHint")}
          maxLength={200}
        />
        <FormTextField control={control} name="number" label={t("document.number")} maxLength={50} />
        <FormTextField control={control} name="requestedOn" label={t("document.requestedOn")} type="date" />
        <FormTextField control={control} name="issuedOn" label={t("document.issuedOn")} type="date" />
        <FormTextField control={control} name="expiresOn" label={t("document.expiresOn")} type="date" />
      </div>
      <FormTextAreaField control={control} name="note" label={t("document.note")} maxLength={2000} rows={2} />
      <FormActions
        submit={editing ? t("save") : t("document.add")}
        isPending={add.isPending || edit.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

export function TravelDocumentEditor(props: {
  caseId: string;
  documentId: string;
  version: number;
  values: DocumentValues;
  label: string;
}) {
  const t = useTranslations("travel");
  return (
    <OpenInPlace opener={t("edit")} label={props.label}>
      {(close) => (
        <div className="mt-3">
          <TravelDocumentForm
            caseId={props.caseId}
            editing={{
              documentId: props.documentId,
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

export interface FitnessValues {
  medicalClearance: string;
  clearanceDate: string;
  clearedBy: string;
  escortNeeded: string;
}

/** Records fitness to travel: medical clearance and the escort needed. */
export function TravelFitnessForm({
  caseId,
  version,
  values,
}: {
  caseId: string;
  version: number | null;
  values: FitnessValues;
}) {
  const t = useTranslations("travel");
  const trpc = useTRPC();
  const set = useMutation(trpc.case.travel.fitness.set.mutationOptions());
  const form = useApiForm({
    defaultValues: values,
    schema: travelFitnessSetInput,
    toInput: (v: FitnessValues) => ({
      caseId,
      version,
      medicalClearance: v.medicalClearance,
      clearanceDate: blankToNull(v.clearanceDate),
      clearedBy: v.clearedBy,
      escortNeeded: v.escortNeeded,
    }),
    submit: (input) => set.mutateAsync(input),
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="medicalClearance"
          label={t("fitness.medicalClearance")}
          isRequired
          options={MEDICAL_CLEARANCES.map((id) => ({ id, label: t(`clearances.${id}`) }))}
        />
        <FormTextField
          control={control}
          name="clearanceDate"
          label={t("fitness.clearanceDate")}
          type="date"
        />
        <FormTextField control={control} name="clearedBy" label={t("fitness.clearedBy")} maxLength={200} />
        <FormSelectField
          control={control}
          name="escortNeeded"
          label={t("fitness.escortNeeded")}
          isRequired
          options={ESCORT_KINDS.map((id) => ({ id, label: t(`escorts.${id}`) }))}
        />
      </div>
      <FormActions submit={t("save")} isPending={set.isPending} />
    </BoundForm>
  );
}

export interface LegValues {
  carrier: string;
  flightNumber: string;
  fromAirport: string;
  toAirport: string;
  departsAt: string;
  arrivesAt: string;
  escort: string;
}

const EMPTY_LEG: LegValues = {
  carrier: "",
  flightNumber: "",
  fromAirport: "",
  toAirport: "",
  departsAt: "",
  arrivesAt: "",
  escort: "none",
};

/** Adds a flight to the itinerary, or corrects one against the version shown. */
export function TravelLegForm({
  caseId,
  editing,
}: {
  caseId: string;
  editing?: { legId: string; version: number; values: LegValues; onDone: () => void };
}) {
  const t = useTranslations("travel");
  const trpc = useTRPC();
  const add = useMutation(trpc.case.travel.leg.add.mutationOptions());
  const edit = useMutation(trpc.case.travel.leg.edit.mutationOptions());
  const form = useApiForm({
    defaultValues: editing?.values ?? EMPTY_LEG,
    schema: editing ? travelLegEditInput : travelLegAddInput,
    toInput: (v: LegValues) =>
      editing ? { caseId, legId: editing.legId, version: editing.version, ...v } : { caseId, ...v },
    submit: (input) =>
      editing
        ? edit.mutateAsync(input as Parameters<typeof edit.mutateAsync>[0])
        : add.mutateAsync(input as Parameters<typeof add.mutateAsync>[0]),
    onSuccess: () => {
      if (editing) editing.onDone();
      else form.reset(EMPTY_LEG);
    },
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormTextField control={control} name="carrier" label={t("leg.carrier")} isRequired maxLength={100} />
        <FormTextField
          control={control}
          name="flightNumber"
          label={t("leg.flightNumber")}
          isRequired
          maxLength={10}
        />
        <FormTextField
          control={control}
          name="fromAirport"
          label={t("leg.fromAirport")}
          hint={t("leg.airportHint")}
          isRequired
          maxLength={3}
        />
        <FormTextField
          control={control}
          name="toAirport"
          label={t("leg.toAirport")}
          isRequired
          maxLength={3}
        />
        <FormTextField
          control={control}
          name="departsAt"
          label={t("leg.departsAt")}
          hint={t("leg.localTimeHint")}
          type="datetime-local"
          isRequired
        />
        <FormTextField
          control={control}
          name="arrivesAt"
          label={t("leg.arrivesAt")}
          type="datetime-local"
          isRequired
        />
        <FormSelectField
          control={control}
          name="escort"
          label={t("leg.escort")}
          options={ESCORT_KINDS.map((id) => ({ id, label: t(`escorts.${id}`) }))}
        />
      </div>
      <FormActions
        submit={editing ? t("save") : t("leg.add")}
        isPending={add.isPending || edit.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

export function TravelLegEditor(props: {
  caseId: string;
  legId: string;
  version: number;
  values: LegValues;
  label: string;
}) {
  const t = useTranslations("travel");
  return (
    <OpenInPlace opener={t("edit")} label={props.label}>
      {(close) => (
        <div className="mt-3">
          <TravelLegForm
            caseId={props.caseId}
            editing={{ legId: props.legId, version: props.version, values: props.values, onDone: close }}
          />
        </div>
      )}
    </OpenInPlace>
  );
}

/** Removes a flight from the itinerary (a cancelled booking). */
export function TravelLegRemove({
  caseId,
  legId,
  version,
  label,
}: {
  caseId: string;
  legId: string;
  version: number;
  label: string;
}) {
  const t = useTranslations("travel");
  const trpc = useTRPC();
  const remove = useMutation(trpc.case.travel.leg.remove.mutationOptions());
  const form = useApiForm({
    defaultValues: {},
    schema: travelLegRemoveInput,
    toInput: () => ({ caseId, legId, version }),
    submit: (input) => remove.mutateAsync(input),
  });
  return (
    <BoundForm form={form} aria-label={label}>
      <FormActions submit={t("leg.remove")} isPending={remove.isPending} />
    </BoundForm>
  );
}

export interface ConfirmationValues {
  on: string;
  confirmedBy: string;
  notes: string;
}

/** Confirms the departure, or the arrival (which becomes the workflow's arrival date). */
export function TravelConfirmationForm({
  caseId,
  version,
  step,
  values,
}: {
  caseId: string;
  version: number | null;
  step: "departure" | "arrival";
  values: ConfirmationValues;
}) {
  const t = useTranslations("travel");
  const trpc = useTRPC();
  const departure = useMutation(trpc.case.travel.departure.confirm.mutationOptions());
  const arrival = useMutation(trpc.case.travel.arrival.confirm.mutationOptions());
  const form = useApiForm({
    defaultValues: values,
    schema: (step === "departure" ? travelDepartureConfirmInput : travelArrivalConfirmInput) as ZodType<
      Record<string, unknown>
    >,
    toInput: (v: ConfirmationValues) => ({
      caseId,
      version,
      confirmedBy: v.confirmedBy,
      notes: v.notes,
      ...(step === "departure" ? { departedOn: v.on } : { arrivedOn: v.on }),
    }),
    submit: (input) =>
      step === "departure"
        ? departure.mutateAsync(input as unknown as Parameters<typeof departure.mutateAsync>[0])
        : arrival.mutateAsync(input as unknown as Parameters<typeof arrival.mutateAsync>[0]),
    serverField: (key) => (key === "departedOn" || key === "arrivedOn" ? "on" : key),
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormTextField control={control} name="on" label={t(`${step}.on`)} type="date" isRequired />
        <FormTextField
          control={control}
          name="confirmedBy"
          label={t(`${step}.confirmedBy`)}
          isRequired
          maxLength={200}
        />
      </div>
      <FormTextAreaField
        control={control}
        name="notes"
        label={t(`${step}.notes`)}
        maxLength={2000}
        rows={2}
      />
      <FormActions submit={t(`${step}.confirm`)} isPending={departure.isPending || arrival.isPending} />
    </BoundForm>
  );
}
