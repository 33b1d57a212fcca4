"use client";

import { ACCESS_REASON_MAX, accessRequestCreateInput, type DuplicateCheckData } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormActions } from "@/components/forms/FormActions";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { AccessRefusal, type OwnReason, ownReason } from "./AccessRefusal";

/**
 * Asks for access to the cases of the people the duplicate check only announced, with a reason for
 * whoever decides. The request is sent with what the form holds; the server checks it again, so
 * nothing more is told here than the announcement said.
 */
export function AskForAccess({ candidate, idPrefix }: { candidate: DuplicateCheckData; idPrefix: string }) {
  const t = useTranslations("accessRequests.ask");
  const trpc = useTRPC();
  const submission = useIdempotencyKey();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [own, setOwn] = useState<OwnReason | null>(null);
  const create = useMutation(trpc.accessRequest.create.mutationOptions());
  const form = useApiForm({
    schema: accessRequestCreateInput,
    defaultValues: { reason: "" },
    toInput: (values) => ({ candidate, reason: values.reason, idempotencyKey: submission.key }),
    submit: (input) => {
      setOwn(null);
      return create.mutateAsync(input);
    },
    onError: (error) => setOwn(ownReason(error)),
    onSuccess: () => {
      submission.renew();
      form.reset({ reason: "" });
      setOpen(false);
      setSent(true);
    },
    refresh: false,
  });

  if (sent) {
    return (
      <p role="status" className="mt-2">
        {t("sent")}{" "}
        <Link href="/access-requests" className="font-medium text-brand-800 underline dark:text-brand-200">
          {t("follow")}
        </Link>
      </p>
    );
  }
  if (!open) {
    return (
      <div className="mt-2">
        <p>{t("instead")}</p>
        <Button variant="secondary" className="mt-2 px-3 py-1" onPress={() => setOpen(true)}>
          {t("open")}
        </Button>
      </div>
    );
  }
  return (
    <Form
      onSubmit={form.onSubmit}
      className="mt-2 flex flex-col gap-3"
      aria-labelledby={`${idPrefix}-ask-title`}
    >
      <h3 id={`${idPrefix}-ask-title`} className="font-semibold">
        {t("title")}
      </h3>
      <AccessRefusal refusal={form.refusal} own={own} />
      <FormTextAreaField
        control={form.control}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        maxLength={ACCESS_REASON_MAX}
        rows={3}
        autoFocus
      />
      <FormActions
        submit={t("submit")}
        isPending={create.isPending}
        cancel={{ label: t("cancel"), onPress: () => setOpen(false) }}
      />
    </Form>
  );
}
