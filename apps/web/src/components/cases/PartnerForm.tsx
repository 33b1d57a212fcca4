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
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { SelectField } from "@/components/ui/SelectField";
import { fieldLabel } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { CheckboxField, RecordRefusal, useRecordForm } from "./RecordForm";

export interface PartnerValues {
  name: string;
  kind: PartnerKind | null;
  city: string;
  contact: string;
  services: ServiceType[];
  active: boolean;
}

const EMPTY: PartnerValues = { name: "", kind: null, city: "", contact: "", services: [], active: true };

/** Adds a partner organisation to the registry, or edits one against the version shown. */
export function PartnerForm({
  editing,
}: {
  editing?: { id: string; version: number; values: PartnerValues; onDone: () => void };
}) {
  const t = useTranslations("partners");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const form = useRecordForm();
  const submission = useIdempotencyKey();
  const [values, setValues] = useState<PartnerValues>(editing?.values ?? EMPTY);
  const set = <K extends keyof PartnerValues>(key: K, value: PartnerValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const create = useMutation(
    trpc.partner.create.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setValues(EMPTY);
        submission.renew();
        form.succeed();
      },
    }),
  );
  const update = useMutation(
    trpc.partner.update.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        editing?.onDone();
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { active, ...fields } = values;
    if (editing) {
      const input = form.check(partnerUpdateInput, {
        id: editing.id,
        version: editing.version,
        ...fields,
        active,
      });
      if (input) update.mutate(input);
    } else {
      const input = form.check(partnerCreateInput, { ...fields, idempotencyKey: submission.key });
      if (input) create.mutate(input);
    }
  }

  return (
    <Form onSubmit={submit} className="flex flex-col gap-4">
      <RecordRefusal form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("name")}
          isRequired
          value={values.name}
          onChange={(value) => set("name", value)}
          maxLength={200}
          errorMessage={form.message("name")}
        />
        <SelectField
          label={t("kind")}
          placeholder={t("chooseKind")}
          isRequired
          options={PARTNER_KINDS.map((k) => ({ id: k, label: t(`kinds.${k}`) }))}
          selectedKey={values.kind}
          onSelectionChange={(key) => set("kind", key == null ? null : (String(key) as PartnerKind))}
          errorMessage={form.message("kind")}
        />
        <TextField
          label={t("city")}
          value={values.city}
          onChange={(value) => set("city", value)}
          maxLength={100}
          errorMessage={form.message("city")}
        />
        <TextAreaField
          label={t("contact")}
          value={values.contact}
          onChange={(value) => set("contact", value)}
          maxLength={500}
          rows={2}
          errorMessage={form.message("contact")}
        />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("services")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {[...SUPPORT_PLAN_TYPES, ...PROGRAMME_SERVICE_TYPES].map((s) => (
            <CheckboxField
              key={s}
              isSelected={values.services.includes(s)}
              onChange={(selected) =>
                set("services", selected ? [...values.services, s] : values.services.filter((x) => x !== s))
              }
            >
              {tAll(`record.serviceTypes.${s}`)}
            </CheckboxField>
          ))}
        </div>
      </fieldset>
      {editing ? (
        <CheckboxField isSelected={values.active} onChange={(active) => set("active", active)}>
          {t("active")}
        </CheckboxField>
      ) : null}
      <div className="flex gap-3">
        <Button type="submit" isDisabled={create.isPending || update.isPending}>
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

export function PartnerEditor(props: { id: string; version: number; values: PartnerValues; label: string }) {
  const t = useTranslations("partners");
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
      <PartnerForm
        editing={{ id: props.id, version: props.version, values: props.values, onDone: () => setOpen(false) }}
      />
    </div>
  );
}
