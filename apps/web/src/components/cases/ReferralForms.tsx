"use client";

import {
  PROGRAMME_SERVICE_TYPES,
  REFERRAL_STATUSES,
  type ReferralStatus,
  referralCreateInput,
  referralStatusInput,
  SUPPORT_PLAN_TYPES,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { useApiForm } from "@/components/forms/use-api-form";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

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
  const empty = { partnerId: "", serviceType: NO_SERVICE, reason: "" };
  const refer = useMutation(trpc.case.referral.add.mutationOptions());
  const form = useEntryForm({
    empty,
    add: {
      schema: referralCreateInput,
      toInput: (values, idempotencyKey) => ({
        caseId,
        partnerId: values.partnerId || null,
        serviceType:
          values.serviceType === NO_SERVICE || values.serviceType === "" ? null : values.serviceType,
        reason: values.reason,
        idempotencyKey,
      }),
      submit: (input) => refer.mutateAsync(input),
    },
  });
  const { control } = form;

  const services = [...SUPPORT_PLAN_TYPES, ...PROGRAMME_SERVICE_TYPES];
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="partnerId"
          label={t("partner")}
          placeholder={t("choosePartner")}
          isRequired
          options={partners.map((p) => ({ id: p.id, label: p.name }))}
        />
        <FormSelectField
          control={control}
          name="serviceType"
          label={t("serviceType")}
          options={[
            { id: NO_SERVICE, label: t("noServiceType") },
            ...services.map((s) => ({ id: s, label: tAll(`record.serviceTypes.${s}`) })),
          ]}
        />
      </div>
      <FormTextAreaField
        control={control}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        isRequired
        maxLength={2000}
        rows={2}
      />
      <div>
        <Button type="submit" isDisabled={refer.isPending}>
          {t("refer")}
        </Button>
      </div>
    </BoundForm>
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
  const update = useMutation(trpc.case.referral.setStatus.mutationOptions());
  const form = useApiForm({
    schema: referralStatusInput,
    defaultValues: { status: props.status as string },
    toInput: (values) => ({
      caseId: props.caseId,
      referralId: props.referralId,
      version: props.version,
      status: values.status,
    }),
    submit: (input) => update.mutateAsync(input),
  });
  const status = useWatch({ control: form.control, name: "status" });

  return (
    <BoundForm form={form} aria-label={props.label} className="mt-2 flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48">
          <FormSelectField
            control={form.control}
            name="status"
            label={t("status")}
            options={REFERRAL_STATUSES.map((s) => ({ id: s, label: t(`statuses.${s}`) }))}
          />
        </div>
        <Button type="submit" variant="secondary" isDisabled={update.isPending || status === props.status}>
          {t("updateStatus")}
        </Button>
      </div>
    </BoundForm>
  );
}
