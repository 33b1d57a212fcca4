"use client";

import { type ReferralSource, referralSourceSetInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useApiForm } from "@/components/forms/use-api-form";
import { useTRPC } from "@/trpc/client";
import { ReferralSourceFields } from "./ReferralSourceFields";

interface Props {
  caseId: string;
  version: number;
  referralSource: ReferralSource | null;
  referralSourceDetail: string;
}

/** Records or corrects the case's entry point against the case's version, opened in place. */
export function ReferralSourceForm(props: Props) {
  const t = useTranslations("intake");
  // The opener's words are its whole name: the overview's heading says whose entry point it is.
  const opener = props.referralSource ? t("changeSource") : t("recordSource");
  return (
    <OpenInPlace opener={opener} label={opener}>
      {(close) => <SourceForm {...props} onDone={close} />}
    </OpenInPlace>
  );
}

function SourceForm({
  caseId,
  version,
  referralSource,
  referralSourceDetail,
  onDone,
}: Props & { onDone: () => void }) {
  const t = useTranslations("intake");
  const trpc = useTRPC();
  const set = useMutation(trpc.case.source.set.mutationOptions());
  const form = useApiForm({
    schema: referralSourceSetInput,
    defaultValues: { referralSource: referralSource ?? "", referralSourceDetail },
    toInput: (values) => ({
      caseId,
      version,
      referralSource: values.referralSource || undefined,
      referralSourceDetail: values.referralSourceDetail,
    }),
    submit: (input) => set.mutateAsync(input),
    onSuccess: onDone,
  });
  return (
    <BoundForm form={form} className="mt-3 flex w-full max-w-md flex-col gap-3">
      <ReferralSourceFields control={form.control} />
      <FormActions
        submit={t("saveSource")}
        isPending={set.isPending}
        cancel={{ label: t("cancel"), onPress: onDone }}
      />
    </BoundForm>
  );
}
