"use client";

import { accessRequestWithdrawInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

/** Withdraws one's own request while a decision on it is waiting. */
export function WithdrawAccess({
  requestId,
  version,
  label,
}: {
  requestId: string;
  version: number;
  label: string;
}) {
  const t = useTranslations("accessRequests.mine");
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.accessRequest.withdraw.mutationOptions());
  const form = useApiForm({
    schema: accessRequestWithdrawInput,
    defaultValues: {},
    toInput: () => ({ requestId, version }),
    submit: (input) => withdraw.mutateAsync(input),
  });
  return (
    <BoundForm form={form} className="mt-2 flex flex-col items-start gap-2">
      <Button
        type="submit"
        variant="secondary"
        className="px-3 py-1"
        isDisabled={withdraw.isPending}
        aria-label={t("withdrawNamed", { request: label })}
      >
        {t("withdraw")}
      </Button>
    </BoundForm>
  );
}
