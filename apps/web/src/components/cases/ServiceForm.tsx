"use client";

import { CURRENCIES, type Currency, serviceAddInput, serviceEditInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { type DefaultCost, defaultCost } from "@/lib/service-types";
import { useTRPC } from "@/trpc/client";
import { RecordRefusal, useRecordForm } from "./RecordForm";

export interface ServiceValues {
  /** A code of the service-type reference data. */
  type: string | null;
  provider: string;
  deliveredOn: string;
  quantity: string;
  cost: string;
  currency: Currency | null;
  note: string;
}

interface Props {
  caseId: string;
  /** Today in the office, the default date of a new service. */
  today: string;
  /** The service types offered (the reference data's active ones, and the one being edited). */
  typeOptions: readonly (Option & DefaultCost)[];
  /** The service being edited, with the version shown; absent for a new one. */
  editing?: { serviceId: string; version: number; values: ServiceValues; onDone: () => void };
}

function toInput(values: ServiceValues) {
  const quantity = values.quantity.trim();
  const cost = values.cost.trim();
  return {
    type: values.type,
    provider: values.provider,
    deliveredOn: values.deliveredOn,
    // Anything but a whole number is refused as such (not as "required").
    quantity: quantity === "" ? Number.NaN : /^\d+$/.test(quantity) ? Number(quantity) : -1,
    cost: cost === "" ? null : cost,
    currency: values.currency,
    note: values.note,
  };
}

/** Records a service delivered, or corrects one against the version shown. */
export function ServiceForm({ caseId, today, typeOptions, editing }: Props) {
  const t = useTranslations("record.services");
  const trpc = useTRPC();
  const form = useRecordForm();
  const submission = useIdempotencyKey();
  const empty: ServiceValues = {
    type: null,
    provider: "",
    deliveredOn: today,
    quantity: "1",
    cost: "",
    currency: "EUR",
    note: "",
  };
  const [values, setValues] = useState<ServiceValues>(editing?.values ?? empty);
  const set = <K extends keyof ServiceValues>(key: K, value: ServiceValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const add = useMutation(
    trpc.case.service.add.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setValues(empty);
        submission.renew();
        form.succeed();
      },
    }),
  );
  const edit = useMutation(
    trpc.case.service.edit.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        editing?.onDone();
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (editing) {
      const input = form.check(serviceEditInput, {
        caseId,
        serviceId: editing.serviceId,
        version: editing.version,
        ...toInput(values),
      });
      if (input) edit.mutate(input);
    } else {
      const input = form.check(serviceAddInput, {
        caseId,
        ...toInput(values),
        idempotencyKey: submission.key,
      });
      if (input) add.mutate(input);
    }
  }

  return (
    <Form onSubmit={submit} className="flex flex-col gap-4">
      <RecordRefusal form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("type")}
          placeholder={t("chooseType")}
          isRequired
          options={typeOptions}
          selectedKey={values.type}
          onSelectionChange={(key) => {
            const type = key == null ? null : String(key);
            const chosen = typeOptions.find((o) => o.id === type);
            // A new service starts from the type's default unit cost; what the user typed stays.
            const cost = chosen && values.cost.trim() === "" ? defaultCost(chosen, values.quantity) : null;
            setValues((v) => ({
              ...v,
              type,
              ...(cost ? { cost: cost.amount, currency: cost.currency } : {}),
            }));
          }}
          errorMessage={form.message("type")}
        />
        <TextField
          label={t("provider")}
          hint={t("providerHint")}
          isRequired
          value={values.provider}
          onChange={(value) => set("provider", value)}
          maxLength={200}
          errorMessage={form.message("provider")}
        />
        <TextField
          label={t("deliveredOn")}
          type="date"
          isRequired
          value={values.deliveredOn}
          onChange={(value) => set("deliveredOn", value)}
          errorMessage={form.message("deliveredOn")}
        />
        <TextField
          label={t("quantity")}
          inputMode="numeric"
          isRequired
          value={values.quantity}
          onChange={(value) => set("quantity", value)}
          errorMessage={form.message("quantity")}
        />
        <TextField
          label={t("cost")}
          hint={t("costHint")}
          inputMode="decimal"
          value={values.cost}
          onChange={(value) => set("cost", value)}
          errorMessage={form.message("cost")}
        />
        <SelectField
          label={t("currency")}
          placeholder={t("noCurrency")}
          options={[{ id: "none", label: t("noCurrency") }, ...CURRENCIES.map((c) => ({ id: c, label: c }))]}
          selectedKey={values.currency ?? "none"}
          onSelectionChange={(key) =>
            set("currency", key == null || key === "none" ? null : (String(key) as Currency))
          }
          errorMessage={form.message("currency")}
        />
      </div>
      <TextAreaField
        label={t("note")}
        value={values.note}
        onChange={(value) => set("note", value)}
        maxLength={2000}
        rows={2}
        errorMessage={form.message("note")}
      />
      <div className="flex gap-3">
        <Button type="submit" isDisabled={add.isPending || edit.isPending}>
          {editing ? t("save") : t("add")}
        </Button>
        {editing ? (
          <Button variant="secondary" onPress={editing.onDone}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}

/** An "Edit" button that opens the service's form in place. */
export function ServiceEditor(props: {
  caseId: string;
  today: string;
  serviceId: string;
  version: number;
  typeOptions: readonly (Option & DefaultCost)[];
  values: ServiceValues;
  label: string;
}) {
  const t = useTranslations("record.services");
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button
        variant="secondary"
        className="px-3 py-1"
        aria-label={props.label}
        onPress={() => setOpen(true)}
      >
        {t("edit")}
      </Button>
    );
  }
  return (
    <div className="mt-3">
      <ServiceForm
        caseId={props.caseId}
        today={props.today}
        typeOptions={props.typeOptions}
        editing={{
          serviceId: props.serviceId,
          version: props.version,
          values: props.values,
          onDone: () => setOpen(false),
        }}
      />
    </div>
  );
}
