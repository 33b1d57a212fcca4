"use client";

import {
  PARTNER_KINDS,
  type PartnerKind,
  PROGRAMME_SERVICE_TYPES,
  partnerCreateInput,
  partnerUpdateInput,
  type ServiceType,
  SUPPORT_PLAN_TYPES,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormCheckboxField } from "@/components/forms/FormCheckboxField";
import { FormCheckboxList } from "@/components/forms/FormCheckboxList";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { fieldLabel } from "@/components/ui/styles";
import { useTRPC } from "@/trpc/client";

export interface PartnerValues {
  name: string;
  kind: PartnerKind | null;
  city: string;
  contact: string;
  services: ServiceType[];
  active: boolean;
}

const EMPTY: PartnerValues = { name: "", kind: null, city: "", contact: "", services: [], active: true };

/** The form holds "" while no kind is chosen. */
function toFormValues(values: PartnerValues) {
  return { ...values, kind: values.kind ?? "" };
}

/** The partner's fields of the input (all but whether it is active, which only an edit sets). */
function toFields({ active: _, ...values }: ReturnType<typeof toFormValues>) {
  return { ...values, kind: values.kind || null };
}

/** Adds a partner organisation to the registry, or edits one against the version shown. */
export function PartnerForm({
  editing,
}: {
  editing?: { id: string; version: number; values: PartnerValues; onDone: () => void };
}) {
  const t = useTranslations("partners");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const create = useMutation(trpc.partner.create.mutationOptions());
  const update = useMutation(trpc.partner.update.mutationOptions());
  const form = useEntryForm({
    editing,
    defaultValues: toFormValues(editing?.values ?? EMPTY),
    empty: toFormValues(EMPTY),
    add: {
      schema: partnerCreateInput,
      toInput: (values, idempotencyKey) => ({ ...toFields(values), idempotencyKey }),
      submit: (input) => create.mutateAsync(input),
    },
    edit: {
      schema: partnerUpdateInput,
      toInput: (values, { id, version }) => ({ id, version, ...toFields(values), active: values.active }),
      submit: (input) => update.mutateAsync(input),
    },
  });
  const { control } = form;

  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormTextField control={control} name="name" label={t("name")} isRequired maxLength={200} />
        <FormSelectField
          control={control}
          name="kind"
          label={t("kind")}
          placeholder={t("chooseKind")}
          isRequired
          options={PARTNER_KINDS.map((k) => ({ id: k, label: t(`kinds.${k}`) }))}
        />
        <FormTextField control={control} name="city" label={t("city")} maxLength={100} />
        <FormTextAreaField control={control} name="contact" label={t("contact")} maxLength={500} rows={2} />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("services")}</legend>
        <FormCheckboxList
          control={control}
          name="services"
          className="grid gap-1 sm:grid-cols-2"
          options={[...SUPPORT_PLAN_TYPES, ...PROGRAMME_SERVICE_TYPES].map((s) => ({
            id: s,
            label: tAll(`record.serviceTypes.${s}`),
          }))}
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

export function PartnerEditor(props: { id: string; version: number; values: PartnerValues; label: string }) {
  const t = useTranslations("partners");
  return (
    <OpenInPlace opener={t("edit")} label={props.label}>
      {(close) => (
        <div className="mt-3">
          <PartnerForm
            editing={{ id: props.id, version: props.version, values: props.values, onDone: close }}
          />
        </div>
      )}
    </OpenInPlace>
  );
}
