"use client";

import {
  CONSENT_CHECKLIST,
  CONSENT_PURPOSES,
  type ConsentChecklist,
  consentRecordInput,
  consentWithdrawInput,
  INFORMED_CONSENT_ITEMS,
  isInformed,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormCheckboxField } from "@/components/forms/FormCheckboxField";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useApiForm } from "@/components/forms/use-api-form";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { Button } from "@/components/ui/Button";
import { fieldHint, fieldLabel } from "@/components/ui/styles";
import { useTRPC } from "@/trpc/client";

const NONE: ConsentChecklist = Object.fromEntries(
  CONSENT_CHECKLIST.map((item) => [item, false]),
) as ConsentChecklist;
const ANY_PARTNER = "any";

interface Partner {
  id: string;
  name: string;
}

/** Records a consent for one purpose with the HTCDS checklist. */
export function ConsentForm({
  caseId,
  today,
  partners,
}: {
  caseId: string;
  today: string;
  partners: Partner[];
}) {
  const t = useTranslations("record.consents");
  const trpc = useTRPC();
  const empty = { purpose: "", partnerId: ANY_PARTNER, givenOn: today, checklist: NONE, note: "" };
  const record = useMutation(trpc.case.consent.record.mutationOptions());
  const form = useEntryForm({
    empty,
    add: {
      schema: consentRecordInput,
      toInput: (values, idempotencyKey) => ({
        caseId,
        purpose: values.purpose || null,
        partnerId:
          values.purpose === "referral" && values.partnerId !== ANY_PARTNER ? values.partnerId : null,
        givenOn: values.givenOn,
        checklist: values.checklist,
        note: values.note,
        idempotencyKey,
      }),
      submit: (input) => record.mutateAsync(input),
    },
  });
  const { control } = form;
  const purpose = useWatch({ control, name: "purpose" });
  const checklist = useWatch({ control, name: "checklist" });

  const informed = isInformed(checklist);
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="purpose"
          label={t("purpose")}
          placeholder={t("choosePurpose")}
          isRequired
          options={CONSENT_PURPOSES.map((p) => ({ id: p, label: t(`purposes.${p}`) }))}
        />
        <FormTextField control={control} name="givenOn" label={t("givenOn")} type="date" isRequired />
        {purpose === "referral" ? (
          <FormSelectField
            control={control}
            name="partnerId"
            label={t("partner")}
            hint={t("partnerHint")}
            options={[
              { id: ANY_PARTNER, label: t("anyPartner") },
              ...partners.map((p) => ({ id: p.id, label: p.name })),
            ]}
          />
        ) : null}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className={fieldLabel}>{t("checklist")}</legend>
        <p className={fieldHint}>{t("checklistHint")}</p>
        {CONSENT_CHECKLIST.map((item) => (
          <FormCheckboxField key={item} control={control} name={`checklist.${item}`}>
            {t(`items.${item}`)}
          </FormCheckboxField>
        ))}
        {informed ? null : (
          <p className={fieldHint}>
            {t("notInformed", {
              items: INFORMED_CONSENT_ITEMS.filter((item) => !checklist[item])
                .map((item) => t(`items.${item}`))
                .join("; "),
            })}
          </p>
        )}
      </fieldset>
      <FormTextAreaField control={control} name="note" label={t("note")} maxLength={2000} rows={2} />
      <div>
        <Button type="submit" isDisabled={record.isPending}>
          {t("record")}
        </Button>
      </div>
    </BoundForm>
  );
}

/** Records that the person withdrew a consent: from then on it covers nothing. */
export function WithdrawConsentForm(props: WithdrawProps) {
  const t = useTranslations("record.consents");
  return (
    <OpenInPlace opener={t("withdraw")} label={props.label}>
      {(close) => <WithdrawalForm {...props} onDone={close} />}
    </OpenInPlace>
  );
}

interface WithdrawProps {
  caseId: string;
  consentId: string;
  version: number;
  today: string;
  label: string;
}

function WithdrawalForm(props: WithdrawProps & { onDone: () => void }) {
  const t = useTranslations("record.consents");
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.case.consent.withdraw.mutationOptions());
  const form = useApiForm({
    schema: consentWithdrawInput,
    defaultValues: { withdrawnOn: props.today, note: "" },
    toInput: (values) => ({
      caseId: props.caseId,
      consentId: props.consentId,
      version: props.version,
      withdrawnOn: values.withdrawnOn,
      note: values.note,
    }),
    submit: (input) => withdraw.mutateAsync(input),
    onSuccess: props.onDone,
  });

  return (
    <BoundForm form={form} className="mt-2 flex max-w-xl flex-col gap-3">
      <FormTextField
        control={form.control}
        name="withdrawnOn"
        label={t("withdrawnOn")}
        type="date"
        isRequired
      />
      <FormTextAreaField
        control={form.control}
        name="note"
        label={t("withdrawalNote")}
        maxLength={2000}
        rows={2}
      />
      <FormActions
        submit={t("confirmWithdrawal")}
        isPending={withdraw.isPending}
        cancel={{ label: t("cancel"), onPress: props.onDone }}
      />
    </BoundForm>
  );
}
