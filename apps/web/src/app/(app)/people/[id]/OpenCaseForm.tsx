"use client";

import { caseCreateInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { useApiForm } from "@/components/forms/use-api-form";
import { ReferralSourceFields } from "@/components/intake/ReferralSourceFields";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import type { Option } from "@/components/ui/SelectField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";

export function OpenCaseForm({ personId, programmes }: { personId: string; programmes: Option[] }) {
  const t = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const submission = useIdempotencyKey();
  const open = useMutation(trpc.case.create.mutationOptions());
  const form = useApiForm({
    schema: caseCreateInput,
    defaultValues: { programme: "", referralSource: "", referralSourceDetail: "" },
    toInput: (values) => ({
      personId,
      programme: values.programme || null,
      referralSource: values.referralSource || undefined,
      referralSourceDetail: values.referralSourceDetail,
      idempotencyKey: submission.key,
    }),
    submit: (input) => open.mutateAsync(input),
    refresh: false,
    onSuccess: (created) => {
      submission.renew();
      router.push(`/cases/${created.id}`);
    },
  });

  return (
    <Form onSubmit={form.onSubmit} className="mt-3 flex flex-col gap-4">
      {form.refusal.reason ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t("person.openCaseFailed")}
        </p>
      ) : null}
      <FormSelectField
        control={form.control}
        name="programme"
        label={t("person.openCaseProgramme")}
        placeholder={t("person.chooseProgramme")}
        isRequired
        options={programmes}
        messages={{ invalid: t("errors.field.required") }}
      />
      <ReferralSourceFields control={form.control} />
      <div>
        <Button type="submit" isDisabled={open.isPending}>
          {t("person.openCaseSubmit")}
        </Button>
      </div>
    </Form>
  );
}
