"use client";

import {
  APPOINTMENT_KINDS,
  APPOINTMENT_MINUTES,
  type AppointmentKind,
  appointmentAddInput,
  appointmentCancelInput,
  appointmentEditInput,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useApiForm } from "@/components/forms/use-api-form";
import { useEntryForm } from "@/components/forms/use-entry-form";
import type { Option } from "@/components/ui/SelectField";
import { useTRPC } from "@/trpc/client";

export interface AppointmentValues {
  kind: AppointmentKind | "";
  date: string;
  time: string;
  durationMinutes: string;
  place: string;
  note: string;
  attendeeId: string;
}

interface Props {
  caseId: string;
  /** Today in the office: a new appointment's default date. */
  today: string;
  /** The people who work on the case, the owner first. */
  people: readonly Option[];
  /** Who goes when nobody is chosen: the author. */
  me: string;
  /** The appointment being edited, with the version shown; absent for a new one. */
  editing?: { appointmentId: string; version: number; values: AppointmentValues; onDone: () => void };
}

function toInput(values: AppointmentValues) {
  const minutes = values.durationMinutes.trim();
  return {
    kind: values.kind || undefined,
    date: values.date,
    time: values.time,
    // Anything but a whole number is refused as such (not as "required").
    durationMinutes: /^\d+$/.test(minutes) ? Number(minutes) : Number.NaN,
    place: values.place,
    note: values.note,
    attendeeId: values.attendeeId || null,
  };
}

/** Plans an appointment of the case, or changes one against the version shown. */
export function AppointmentForm({ caseId, today, people, me, editing }: Props) {
  const t = useTranslations("myDay.appointments");
  const tDay = useTranslations("myDay");
  const trpc = useTRPC();
  const add = useMutation(trpc.case.appointment.add.mutationOptions());
  const edit = useMutation(trpc.case.appointment.edit.mutationOptions());
  const empty: AppointmentValues = {
    kind: "",
    date: today,
    time: "10:00",
    durationMinutes: String(APPOINTMENT_MINUTES.default),
    place: "",
    note: "",
    attendeeId: people.some((p) => p.id === me) ? me : (people[0]?.id ?? ""),
  };
  const form = useEntryForm({
    editing,
    defaultValues: editing ? editing.values : empty,
    empty,
    add: {
      schema: appointmentAddInput,
      toInput: (values, idempotencyKey) => ({ caseId, ...toInput(values), idempotencyKey }),
      submit: (input) => add.mutateAsync(input),
    },
    edit: {
      schema: appointmentEditInput,
      toInput: (values, { appointmentId, version }) => ({
        caseId,
        appointmentId,
        version,
        ...toInput(values),
      }),
      submit: (input) => edit.mutateAsync(input),
    },
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="kind"
          label={t("kind")}
          placeholder={t("chooseKind")}
          isRequired
          options={APPOINTMENT_KINDS.map((kind) => ({ id: kind, label: tDay(`kinds.${kind}`) }))}
        />
        <FormSelectField control={control} name="attendeeId" label={t("attendee")} options={people} />
        <FormTextField control={control} name="date" label={t("date")} type="date" isRequired />
        <FormTextField
          control={control}
          name="time"
          label={t("time")}
          hint={t("timeHint")}
          type="time"
          isRequired
        />
        <FormTextField
          control={control}
          name="durationMinutes"
          label={t("duration")}
          inputMode="numeric"
          isRequired
        />
        <FormTextField control={control} name="place" label={t("place")} isRequired maxLength={300} />
      </div>
      <FormTextAreaField
        control={control}
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        maxLength={2000}
        rows={2}
      />
      <FormActions
        submit={editing ? t("save") : t("submitAdd")}
        isPending={add.isPending || edit.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

/** "Edit" and "Cancel appointment" buttons, each opening its form in place. */
export function AppointmentActions(props: {
  caseId: string;
  today: string;
  people: readonly Option[];
  me: string;
  appointmentId: string;
  version: number;
  values: AppointmentValues;
  /** What the appointment is, for the buttons' accessible names. */
  what: string;
}) {
  const t = useTranslations("myDay.appointments");
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      <OpenInPlace opener={t("edit")} label={t("editLabel", { what: props.what })}>
        {(close) => (
          <div className="mt-3 w-full">
            <AppointmentForm
              caseId={props.caseId}
              today={props.today}
              people={props.people}
              me={props.me}
              editing={{
                appointmentId: props.appointmentId,
                version: props.version,
                values: props.values,
                onDone: close,
              }}
            />
          </div>
        )}
      </OpenInPlace>
      <OpenInPlace opener={t("callOff")} label={t("callOffLabel", { what: props.what })}>
        {(close) => (
          <CancelForm
            caseId={props.caseId}
            appointmentId={props.appointmentId}
            version={props.version}
            onDone={close}
          />
        )}
      </OpenInPlace>
    </div>
  );
}

function CancelForm({
  caseId,
  appointmentId,
  version,
  onDone,
}: {
  caseId: string;
  appointmentId: string;
  version: number;
  onDone: () => void;
}) {
  const t = useTranslations("myDay.appointments");
  const trpc = useTRPC();
  const cancel = useMutation(trpc.case.appointment.cancel.mutationOptions());
  const form = useApiForm({
    schema: appointmentCancelInput,
    defaultValues: { reason: "" },
    toInput: (values) => ({ caseId, appointmentId, version, reason: values.reason }),
    submit: (input) => cancel.mutateAsync(input),
    onSuccess: onDone,
  });
  return (
    <BoundForm form={form} className="mt-2 flex w-full max-w-md flex-col gap-3">
      <FormTextField control={form.control} name="reason" label={t("reason")} maxLength={500} />
      <FormActions
        submit={t("confirmCallOff")}
        isPending={cancel.isPending}
        cancel={{ label: t("cancel"), onPress: onDone }}
      />
    </BoundForm>
  );
}
