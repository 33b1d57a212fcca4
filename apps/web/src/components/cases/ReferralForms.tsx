"use client";

import {
  PROGRAMME_SERVICE_TYPES,
  REFERRAL_STATUSES,
  type ReferralStatus,
  referralCreateInput,
  referralStatusInput,
  type ServiceType,
  SUPPORT_PLAN_TYPES,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { RecordRefusal, useRecordForm } from "./RecordForm";

const NO_SERVICE = "none";

/** Refers the person to a partner; the API refuses it without a covering consent on file. */
export function ReferralForm({
  caseId,
  partners,
}: {
  caseId: string;
  partners: { id: string; name: string }[];
}) {
  const t = useTranslations("record.referrals");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const form = useRecordForm();
  const submission = useIdempotencyKey();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [serviceType, setServiceType] = useState<ServiceType | null>(null);
  const [reason, setReason] = useState("");
  const refer = useMutation(
    trpc.case.referral.add.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setPartnerId(null);
        setServiceType(null);
        setReason("");
        submission.renew();
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(referralCreateInput, {
      caseId,
      partnerId,
      serviceType,
      reason,
      idempotencyKey: submission.key,
    });
    if (input) refer.mutate(input);
  }

  const services = [...SUPPORT_PLAN_TYPES, ...PROGRAMME_SERVICE_TYPES];
  return (
    <Form onSubmit={submit} className="flex flex-col gap-4">
      <RecordRefusal form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("partner")}
          placeholder={t("choosePartner")}
          isRequired
          options={partners.map((p) => ({ id: p.id, label: p.name }))}
          selectedKey={partnerId}
          onSelectionChange={(key) => setPartnerId(key == null ? null : String(key))}
          errorMessage={form.message("partnerId")}
        />
        <SelectField
          label={t("serviceType")}
          options={[
            { id: NO_SERVICE, label: t("noServiceType") },
            ...services.map((s) => ({ id: s, label: tAll(`record.serviceTypes.${s}`) })),
          ]}
          selectedKey={serviceType ?? NO_SERVICE}
          onSelectionChange={(key) =>
            setServiceType(key == null || key === NO_SERVICE ? null : (String(key) as ServiceType))
          }
          errorMessage={form.message("serviceType")}
        />
      </div>
      <TextAreaField
        label={t("reason")}
        hint={t("reasonHint")}
        isRequired
        value={reason}
        onChange={setReason}
        maxLength={2000}
        rows={2}
        errorMessage={form.message("reason")}
      />
      <div>
        <Button type="submit" isDisabled={refer.isPending}>
          {t("refer")}
        </Button>
      </div>
    </Form>
  );
}

/** Changes a referral's status against the version shown. */
export function ReferralStatusForm(props: {
  caseId: string;
  referralId: string;
  version: number;
  status: ReferralStatus;
  label: string;
}) {
  const t = useTranslations("record.referrals");
  const trpc = useTRPC();
  const form = useRecordForm();
  const [status, setStatus] = useState<ReferralStatus>(props.status);
  const update = useMutation(
    trpc.case.referral.setStatus.mutationOptions({ onError: form.fail, onSuccess: form.succeed }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(referralStatusInput, {
      caseId: props.caseId,
      referralId: props.referralId,
      version: props.version,
      status,
    });
    if (input) update.mutate(input);
  }

  return (
    <Form onSubmit={submit} aria-label={props.label} className="mt-2 flex flex-col gap-2">
      <RecordRefusal form={form} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <SelectField
            label={t("status")}
            options={REFERRAL_STATUSES.map((s) => ({ id: s, label: t(`statuses.${s}`) }))}
            selectedKey={status}
            onSelectionChange={(key) => setStatus((key ?? props.status) as ReferralStatus)}
          />
        </div>
        <Button type="submit" variant="secondary" isDisabled={update.isPending || status === props.status}>
          {t("updateStatus")}
        </Button>
      </div>
    </Form>
  );
}
