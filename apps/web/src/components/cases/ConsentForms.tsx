"use client";

import {
  CONSENT_CHECKLIST,
  CONSENT_PURPOSES,
  type ConsentChecklist,
  type ConsentPurpose,
  consentRecordInput,
  consentWithdrawInput,
  INFORMED_CONSENT_ITEMS,
  isInformed,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { SelectField } from "@/components/ui/SelectField";
import { fieldHint, fieldLabel } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { TextField } from "@/components/ui/TextField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { CheckboxField, RecordRefusal, useRecordForm } from "./RecordForm";

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
  const form = useRecordForm();
  const submission = useIdempotencyKey();
  const [purpose, setPurpose] = useState<ConsentPurpose | null>(null);
  const [partnerId, setPartnerId] = useState<string>(ANY_PARTNER);
  const [givenOn, setGivenOn] = useState(today);
  const [checklist, setChecklist] = useState<ConsentChecklist>(NONE);
  const [note, setNote] = useState("");
  const record = useMutation(
    trpc.case.consent.record.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setPurpose(null);
        setPartnerId(ANY_PARTNER);
        setGivenOn(today);
        setChecklist(NONE);
        setNote("");
        submission.renew();
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(consentRecordInput, {
      caseId,
      purpose,
      partnerId: purpose === "referral" && partnerId !== ANY_PARTNER ? partnerId : null,
      givenOn,
      checklist,
      note,
      idempotencyKey: submission.key,
    });
    if (input) record.mutate(input);
  }

  const informed = isInformed(checklist);
  return (
    <Form onSubmit={submit} className="flex flex-col gap-4">
      <RecordRefusal form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("purpose")}
          placeholder={t("choosePurpose")}
          isRequired
          options={CONSENT_PURPOSES.map((p) => ({ id: p, label: t(`purposes.${p}`) }))}
          selectedKey={purpose}
          onSelectionChange={(key) => setPurpose(key == null ? null : (String(key) as ConsentPurpose))}
          errorMessage={form.message("purpose")}
        />
        <TextField
          label={t("givenOn")}
          type="date"
          isRequired
          value={givenOn}
          onChange={setGivenOn}
          errorMessage={form.message("givenOn")}
        />
        {purpose === "referral" ? (
          <SelectField
            label={t("partner")}
            hint={t("partnerHint")}
            options={[
              { id: ANY_PARTNER, label: t("anyPartner") },
              ...partners.map((p) => ({ id: p.id, label: p.name })),
            ]}
            selectedKey={partnerId}
            onSelectionChange={(key) => setPartnerId(key == null ? ANY_PARTNER : String(key))}
            errorMessage={form.message("partnerId")}
          />
        ) : null}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className={fieldLabel}>{t("checklist")}</legend>
        <p className={fieldHint}>{t("checklistHint")}</p>
        {CONSENT_CHECKLIST.map((item) => (
          <CheckboxField
            key={item}
            isSelected={checklist[item]}
            onChange={(selected) => setChecklist((c) => ({ ...c, [item]: selected }))}
          >
            {t(`items.${item}`)}
          </CheckboxField>
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
      <TextAreaField
        label={t("note")}
        value={note}
        onChange={setNote}
        maxLength={2000}
        rows={2}
        errorMessage={form.message("note")}
      />
      <div>
        <Button type="submit" isDisabled={record.isPending}>
          {t("record")}
        </Button>
      </div>
    </Form>
  );
}

/** Records that the person withdrew a consent: from then on it covers nothing. */
export function WithdrawConsentForm(props: {
  caseId: string;
  consentId: string;
  version: number;
  today: string;
  label: string;
}) {
  const t = useTranslations("record.consents");
  const trpc = useTRPC();
  const form = useRecordForm();
  const [open, setOpen] = useState(false);
  const [withdrawnOn, setWithdrawnOn] = useState(props.today);
  const [note, setNote] = useState("");
  const withdraw = useMutation(
    trpc.case.consent.withdraw.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setOpen(false);
        form.succeed();
      },
    }),
  );
  if (!open) {
    return (
      <Button
        variant="secondary"
        className="px-3 py-1"
        aria-label={props.label}
        onPress={() => setOpen(true)}
      >
        {t("withdraw")}
      </Button>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(consentWithdrawInput, {
      caseId: props.caseId,
      consentId: props.consentId,
      version: props.version,
      withdrawnOn,
      note,
    });
    if (input) withdraw.mutate(input);
  }

  return (
    <Form onSubmit={submit} className="mt-2 flex max-w-xl flex-col gap-3">
      <RecordRefusal form={form} />
      <TextField
        label={t("withdrawnOn")}
        type="date"
        isRequired
        value={withdrawnOn}
        onChange={setWithdrawnOn}
        errorMessage={form.message("withdrawnOn")}
      />
      <TextAreaField
        label={t("withdrawalNote")}
        value={note}
        onChange={setNote}
        maxLength={2000}
        rows={2}
        errorMessage={form.message("note")}
      />
      <div className="flex gap-3">
        <Button type="submit" isDisabled={withdraw.isPending}>
          {t("confirmWithdrawal")}
        </Button>
        <Button variant="secondary" onPress={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </Form>
  );
}
