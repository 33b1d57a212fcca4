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
import { type FormEvent, useState } from "react";
import { CheckboxField, RecordRefusal, useRecordForm } from "@/components/cases/RecordForm";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { SelectField } from "@/components/ui/SelectField";
import { fieldHint, fieldLabel } from "@/components/ui/styles";
import { TextField } from "@/components/ui/TextField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
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

/** Adds a service type, or edits one against the version shown (its code never changes). */
export function ServiceTypeForm({
  editing,
}: {
  editing?: { id: string; version: number; values: ServiceTypeValues; onDone: () => void };
}) {
  const t = useTranslations("reference.serviceTypes");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const form = useRecordForm();
  const submission = useIdempotencyKey();
  const [values, setValues] = useState<ServiceTypeValues>(editing?.values ?? EMPTY);
  const set = <K extends keyof ServiceTypeValues>(key: K, value: ServiceTypeValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const create = useMutation(
    trpc.serviceType.create.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setValues(EMPTY);
        submission.renew();
        form.succeed();
      },
    }),
  );
  const update = useMutation(
    trpc.serviceType.update.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        editing?.onDone();
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const cost = values.defaultUnitCost.trim();
    const fields = {
      nameEn: values.nameEn,
      nameLt: values.nameLt,
      programmes: values.programmes,
      defaultUnitCost: cost === "" ? null : cost,
      currency: values.currency,
    };
    if (editing) {
      const input = form.check(serviceTypeUpdateInput, {
        id: editing.id,
        version: editing.version,
        active: values.active,
        ...fields,
      });
      if (input) update.mutate(input);
    } else {
      const input = form.check(serviceTypeCreateInput, {
        code: values.code,
        ...fields,
        idempotencyKey: submission.key,
      });
      if (input) create.mutate(input);
    }
  }

  return (
    <Form onSubmit={submit} className="flex flex-col gap-4">
      <RecordRefusal form={form} />
      <div className="grid gap-4 sm:grid-cols-3">
        {editing ? null : (
          <TextField
            label={t("code")}
            hint={t("codeHint")}
            isRequired
            value={values.code}
            onChange={(value) => set("code", value)}
            maxLength={50}
            errorMessage={form.message("code")}
          />
        )}
        <TextField
          label={t("nameEn")}
          isRequired={!editing}
          value={values.nameEn}
          onChange={(value) => set("nameEn", value)}
          maxLength={200}
          errorMessage={form.message("nameEn")}
        />
        <TextField
          label={t("nameLt")}
          isRequired={!editing}
          value={values.nameLt}
          onChange={(value) => set("nameLt", value)}
          maxLength={200}
          errorMessage={form.message("nameLt")}
        />
      </div>
      {editing ? <p className={fieldHint}>{t("namesHint")}</p> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("cost")}
          inputMode="decimal"
          value={values.defaultUnitCost}
          onChange={(value) => set("defaultUnitCost", value)}
          errorMessage={form.message("defaultUnitCost")}
        />
        <SelectField
          label={t("currency")}
          options={[{ id: "none", label: t("noCurrency") }, ...CURRENCIES.map((c) => ({ id: c, label: c }))]}
          selectedKey={values.currency ?? "none"}
          onSelectionChange={(key) =>
            set("currency", key == null || key === "none" ? null : (String(key) as Currency))
          }
          errorMessage={form.message("currency")}
        />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("programmes")}</legend>
        <p className={fieldHint}>{t("programmesHint")}</p>
        <div className="grid gap-1 sm:grid-cols-2">
          {PROGRAMMES.map((p) => (
            <CheckboxField
              key={p}
              isSelected={values.programmes.includes(p)}
              onChange={(on) =>
                set("programmes", on ? [...values.programmes, p] : values.programmes.filter((x) => x !== p))
              }
            >
              {tAll(`programmes.${p}`)}
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

export function ServiceTypeEditor(props: {
  id: string;
  version: number;
  values: ServiceTypeValues;
  label: string;
}) {
  const t = useTranslations("reference.serviceTypes");
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
      <ServiceTypeForm
        editing={{ id: props.id, version: props.version, values: props.values, onDone: () => setOpen(false) }}
      />
    </div>
  );
}
