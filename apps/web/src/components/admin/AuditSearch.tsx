"use client";

import { AUDIT_OUTCOMES, auditSearchFilters } from "@kelias/domain";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { auditSearchQuery } from "@/lib/audit-search-params";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";

export interface AuditSearchValues {
  actorId: string;
  entityId: string;
  action: string;
  outcome: string;
  from: string;
  to: string;
}

const ANY = "any";

/** The audit-log search: checked here, then carried in the address (the page searches, the export link reuses it). */
export function AuditSearch({ initial, users }: { initial: AuditSearchValues; users: Option[] }) {
  const t = useTranslations("auditLog.filters");
  const tAll = useTranslations();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, FieldErrorCode>>({});
  const set = (key: keyof AuditSearchValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const message = (field: string) => (errors[field] ? tAll(`errors.field.${errors[field]}`) : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const filters = {
      actorId: values.actorId === ANY ? null : values.actorId,
      entityId: values.entityId,
      action: values.action,
      outcome: values.outcome === ANY ? null : values.outcome,
      from: values.from || null,
      to: values.to || null,
    };
    const parsed = auditSearchFilters.safeParse(filters);
    if (!parsed.success) {
      setErrors(fieldCodes(parsed.error));
      return;
    }
    setErrors({});
    const query = auditSearchQuery(filters);
    router.push(`/admin/audit${query ? `?${query}` : ""}`);
  }

  return (
    <Form onSubmit={submit} aria-label={t("legend")} className="grid items-start gap-3 sm:grid-cols-3">
      <SelectField
        label={t("actor")}
        options={[{ id: ANY, label: t("anyActor") }, ...users]}
        selectedKey={values.actorId}
        onSelectionChange={(key) => set("actorId")(String(key ?? ANY))}
        errorMessage={message("actorId")}
      />
      <TextField
        label={t("entity")}
        value={values.entityId}
        onChange={set("entityId")}
        maxLength={100}
        errorMessage={message("entityId")}
      />
      <TextField
        label={t("action")}
        hint={t("actionHint")}
        value={values.action}
        onChange={set("action")}
        maxLength={100}
        errorMessage={message("action")}
      />
      <SelectField
        label={t("outcome")}
        options={[
          { id: ANY, label: t("anyOutcome") },
          ...AUDIT_OUTCOMES.map((o) => ({ id: o, label: tAll(`auditLog.outcomes.${o}`) })),
        ]}
        selectedKey={values.outcome}
        onSelectionChange={(key) => set("outcome")(String(key ?? ANY))}
      />
      <TextField
        label={t("from")}
        type="date"
        value={values.from}
        onChange={set("from")}
        errorMessage={message("from")}
      />
      <TextField
        label={t("to")}
        type="date"
        value={values.to}
        onChange={set("to")}
        errorMessage={message("to")}
      />
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit">{t("submit")}</Button>
        <Button
          variant="secondary"
          onPress={() => {
            setValues({ actorId: ANY, entityId: "", action: "", outcome: ANY, from: "", to: "" });
            setErrors({});
            router.push("/admin/audit");
          }}
        >
          {t("clear")}
        </Button>
      </div>
    </Form>
  );
}
