"use client";

import { CURRENCIES, type Currency, serviceAddInput, serviceEditInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useEntryForm } from "@/components/forms/use-entry-form";
import type { Option } from "@/components/ui/SelectField";
import { type DefaultCost, defaultCost } from "@/lib/service-types";
import { useTRPC } from "@/trpc/client";

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

/** What the form holds: text as typed, "" for no type and "none" for no currency. */
interface ServiceFormValues {
  type: string;
  provider: string;
  deliveredOn: string;
  quantity: string;
  cost: string;
  currency: string;
  note: string;
}

const NO_CURRENCY = "none";

function toFormValues(values: ServiceValues): ServiceFormValues {
  return { ...values, type: values.type ?? "", currency: values.currency ?? NO_CURRENCY };
}

function toInput(values: ServiceFormValues) {
  const quantity = values.quantity.trim();
  const cost = values.cost.trim();
  return {
    type: values.type || null,
    provider: values.provider,
    deliveredOn: values.deliveredOn,
    // Anything but a whole number is refused as such (not as "required").
    quantity: quantity === "" ? Number.NaN : /^\d+$/.test(quantity) ? Number(quantity) : -1,
    cost: cost === "" ? null : cost,
    currency: values.currency === NO_CURRENCY || values.currency === "" ? null : values.currency,
    note: values.note,
  };
}

/** Records a service delivered, or corrects one against the version shown. */
export function ServiceForm({ caseId, today, typeOptions, editing }: Props) {
  const t = useTranslations("record.services");
  const trpc = useTRPC();
  const empty: ServiceFormValues = {
    type: "",
    provider: "",
    deliveredOn: today,
    quantity: "1",
    cost: "",
    currency: "EUR",
    note: "",
  };
  const add = useMutation(trpc.case.service.add.mutationOptions());
  const edit = useMutation(trpc.case.service.edit.mutationOptions());
  const form = useEntryForm({
    editing,
    defaultValues: editing ? toFormValues(editing.values) : empty,
    empty,
    add: {
      schema: serviceAddInput,
      toInput: (values, idempotencyKey) => ({ caseId, ...toInput(values), idempotencyKey }),
      submit: (input) => add.mutateAsync(input),
    },
    edit: {
      schema: serviceEditInput,
      toInput: (values, { serviceId, version }) => ({ caseId, serviceId, version, ...toInput(values) }),
      submit: (input) => edit.mutateAsync(input),
    },
  });
  const { control } = form;

  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="type"
          label={t("type")}
          placeholder={t("chooseType")}
          isRequired
          options={typeOptions}
          onChosen={(type) => {
            const chosen = typeOptions.find((o) => o.id === type);
            const { cost, quantity } = form.getValues();
            // A new service starts from the type's default unit cost; what the user typed stays.
            const fill = chosen && cost.trim() === "" ? defaultCost(chosen, quantity) : null;
            if (fill) {
              form.setValue("cost", fill.amount);
              form.setValue("currency", fill.currency);
            }
          }}
        />
        <FormTextField
          control={control}
          name="provider"
          label={t("provider")}
          hint={t("providerHint")}
          isRequired
          maxLength={200}
        />
        <FormTextField control={control} name="deliveredOn" label={t("deliveredOn")} type="date" isRequired />
        <FormTextField
          control={control}
          name="quantity"
          label={t("quantity")}
          inputMode="numeric"
          isRequired
        />
        <FormTextField
          control={control}
          name="cost"
          label={t("cost")}
          hint={t("costHint")}
          inputMode="decimal"
        />
        <FormSelectField
          control={control}
          name="currency"
          label={t("currency")}
          placeholder={t("noCurrency")}
          options={[
            { id: NO_CURRENCY, label: t("noCurrency") },
            ...CURRENCIES.map((c) => ({ id: c, label: c })),
          ]}
        />
      </div>
      <FormTextAreaField control={control} name="note" label={t("note")} maxLength={2000} rows={2} />
      <FormActions
        submit={editing ? t("save") : t("add")}
        isPending={add.isPending || edit.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
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
  return (
    <OpenInPlace opener={t("edit")} label={props.label}>
      {(close) => (
        <div className="mt-3">
          <ServiceForm
            caseId={props.caseId}
            today={props.today}
            typeOptions={props.typeOptions}
            editing={{
              serviceId: props.serviceId,
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
