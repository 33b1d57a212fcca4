"use client";

import { AUDIT_OUTCOMES, auditSearchFilters } from "@kelias/domain";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import type { Option } from "@/components/ui/SelectField";
import { auditSearchQuery } from "@/lib/audit-search-params";

export interface AuditSearchValues {
  actorId: string;
  entityId: string;
  action: string;
  outcome: string;
  from: string;
  to: string;
}

const ANY = "any";
const CLEAR: AuditSearchValues = { actorId: ANY, entityId: "", action: "", outcome: ANY, from: "", to: "" };

function toFilters(values: AuditSearchValues) {
  return {
    actorId: values.actorId === ANY || values.actorId === "" ? null : values.actorId,
    entityId: values.entityId,
    action: values.action,
    outcome: values.outcome === ANY || values.outcome === "" ? null : values.outcome,
    from: values.from || null,
    to: values.to || null,
  };
}

/** The audit-log search: checked here, then carried in the address (the page searches, the export link reuses it). */
export function AuditSearch({ initial, users }: { initial: AuditSearchValues; users: Option[] }) {
  const t = useTranslations("auditLog.filters");
  const tAll = useTranslations();
  const router = useRouter();
  // Searching is going to the address of the search: the page reads it and asks the API.
  const form = useApiForm({
    schema: auditSearchFilters,
    defaultValues: initial,
    toInput: toFilters,
    refresh: false,
    submit: async () => {
      const query = auditSearchQuery(toFilters(form.getValues()));
      router.push(`/admin/audit${query ? `?${query}` : ""}`);
    },
  });
  const { control } = form;

  return (
    <Form onSubmit={form.onSubmit} aria-label={t("legend")} className="grid items-start gap-3 sm:grid-cols-3">
      <FormSelectField
        control={control}
        name="actorId"
        label={t("actor")}
        options={[{ id: ANY, label: t("anyActor") }, ...users]}
      />
      <FormTextField control={control} name="entityId" label={t("entity")} maxLength={100} />
      <FormTextField
        control={control}
        name="action"
        label={t("action")}
        hint={t("actionHint")}
        maxLength={100}
      />
      <FormSelectField
        control={control}
        name="outcome"
        label={t("outcome")}
        options={[
          { id: ANY, label: t("anyOutcome") },
          ...AUDIT_OUTCOMES.map((o) => ({ id: o, label: tAll(`auditLog.outcomes.${o}`) })),
        ]}
      />
      <FormTextField control={control} name="from" label={t("from")} type="date" />
      <FormTextField control={control} name="to" label={t("to")} type="date" />
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit">{t("submit")}</Button>
        <Button
          variant="secondary"
          onPress={() => {
            form.reset(CLEAR);
            router.push("/admin/audit");
          }}
        >
          {t("clear")}
        </Button>
      </div>
    </Form>
  );
}
