"use client";

import { ACCESS_REASON_MAX, accessRequestDecideInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

interface Props {
  decisionId: string;
  version: number;
  /** Names the request in the controls' accessible names: the page lists many. */
  label: string;
}

/**
 * Grants or refuses one request for access to a case, with an optional note for the requester,
 * against the version shown: a request decided or withdrawn meanwhile is refused as stale.
 */
export function DecideAccess({ decisionId, version, label }: Props) {
  const t = useTranslations("accessRequests.decide");
  const trpc = useTRPC();
  const grant = useRef(true);
  const decide = useMutation(trpc.accessRequest.decide.mutationOptions());
  const form = useApiForm({
    schema: accessRequestDecideInput,
    defaultValues: { note: "" },
    toInput: (values) => ({ decisionId, version, grant: grant.current, note: values.note }),
    submit: (input) => decide.mutateAsync(input),
  });
  const send = (granted: boolean) => {
    grant.current = granted;
    void form.onSubmit();
  };
  return (
    <BoundForm form={form} className="mt-3 flex flex-col gap-3" aria-label={label}>
      <FormTextAreaField
        control={form.control}
        name="note"
        label={t("note", { request: label })}
        hint={t("noteHint")}
        maxLength={ACCESS_REASON_MAX}
        rows={2}
      />
      <div className="flex gap-3">
        <Button
          isDisabled={decide.isPending}
          onPress={() => send(true)}
          aria-label={t("grantNamed", { request: label })}
        >
          {t("grant")}
        </Button>
        <Button
          variant="secondary"
          isDisabled={decide.isPending}
          onPress={() => send(false)}
          aria-label={t("refuseNamed", { request: label })}
        >
          {t("refuse")}
        </Button>
      </div>
    </BoundForm>
  );
}
