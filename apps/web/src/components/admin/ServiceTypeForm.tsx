"use client";

import {
  CURRENCIES,
  type Currency,
  PROGRAMMES,
  type Programme,
  serviceTypeCreateInput,
  serviceTypeUpdateInput,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormCheckboxField } from "@/components/forms/FormCheckboxField";
import { FormCheckboxList } from "@/components/forms/FormCheckboxList";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { fieldHint, fieldLabel } from "@/components/ui/styles";
import { useTRPC } from "@/trpc/client";

export interface ServiceTypeValues {
  code: string;
  nameEn: string;
  nameLt: string;
  programmes: Programme[];
  defaultUnitCost: string;
  currency: Currency | null;
  active: boolean;
}

const EMPTY: ServiceTypeValues = {
  code: "",
  nameEn: "",
  nameLt: "",
  programmes: [],
  defaultUnitCost: "",
  currency: null,
  active: true,
};

const NO_CURRENCY = "none";

/** The form holds "none" while no currency is chosen. */
function toFormValues(values: ServiceTypeValues) {
  return { ...values, programmes: values.programmes as string[], currency: values.currency ?? NO_CURRENCY };
}
type FormValues = ReturnType<typeof toFormValues>;

function toFields(values: FormValues) {
  const cost = values.defaultUnitCost.trim();
  return {
    nameEn: values.nameEn,
    nameLt: values.nameLt,
    programmes: values.programmes,
    defaultUnitCost: cost === "" ? null : cost,
    currency: values.currency === NO_CURRENCY || values.currency === "" ? null : values.currency,
  };
}

/** Adds a service type, or edits one against the version shown (its code never changes). */
export function ServiceTypeForm({
  editing,
}: {
  editing?: { id: string; version: number; values: ServiceTypeValues; onDone: () => void };
}) {
  const t = useTranslations("reference.serviceTypes");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const create = useMutation(trpc.serviceType.create.mutationOptions());
  const update = useMutation(trpc.serviceType.update.mutationOptions());
  const form = useEntryForm({
    editing,
    defaultValues: toFormValues(editing?.values ?? EMPTY),
    empty: toFormValues(EMPTY),
    add: {
      schema: serviceTypeCreateInput,
      toInput: (values, idempotencyKey) => ({ code: values.code, ...toFields(values), idempotencyKey }),
      submit: (input) => create.mutateAsync(input),
    },
    edit: {
      schema: serviceTypeUpdateInput,
      toInput: (values, { id, version }) => ({ id, version, active: values.active, ...toFields(values) }),
      submit: (input) => update.mutateAsync(input),
    },
  });
  const { control } = form;

  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-3">
        {editing ? null : (
          <FormTextField
            control={control}
            name="code"
            label={t("code")}
            hint={t("codeHint")}
            isRequired
            maxLength={50}
          />
        )}
        <FormTextField
          control={control}
          name="nameEn"
          label={t("nameEn")}
          isRequired={!editing}
          maxLength={200}
        />
        <FormTextField
          control={control}
          name="nameLt"
          label={t("nameLt")}
          isRequired={!editing}
          maxLength={200}
        />
      </div>
      {editing ? <p className={fieldHint}>{t("namesHint")}</p> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormTextField control={control} name="defaultUnitCost" label={t("cost")} inputMode="decimal" />
        <FormSelectField
          control={control}
          name="currency"
          label={t("currency")}
          options={[
            { id: NO_CURRENCY, label: t("noCurrency") },
            ...CURRENCIES.map((c) => ({ id: c, label: c })),
          ]}
        />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("programmes")}</legend>
        <p className={fieldHint}>{t("programmesHint")}</p>
        <FormCheckboxList
          control={control}
          name="programmes"
          className="grid gap-1 sm:grid-cols-2"
          options={PROGRAMMES.map((p) => ({ id: p, label: tAll(`programmes.${p}`) }))}
        />
      </fieldset>
      {editing ? (
        <FormCheckboxField control={control} name="active">
          {t("active")}
        </FormCheckboxField>
      ) : null}
      <FormActions
        submit={editing ? t("save") : t("add")}
        isPending={create.isPending || update.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

export function ServiceTypeEditor(props: {
  id: string;
  version: number;
  values: ServiceTypeValues;
  label: string;
}) {
  const t = useTranslations("reference.serviceTypes");
  return (
    <OpenInPlace opener={t("edit")} label={props.label}>
      {(close) => (
        <div className="mt-3">
          <ServiceTypeForm
            editing={{ id: props.id, version: props.version, values: props.values, onDone: close }}
          />
        </div>
      )}
    </OpenInPlace>
  );
}
