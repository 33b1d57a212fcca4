"use client";

import { caseWithdrawApprovalInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { useTRPC } from "@/trpc/client";
import { RefusalAlert, type WorkflowRefusal, workflowRefusal } from "./CaseWorkflowReasons";

interface Props {
  approvalId: string;
  version: number;
}

/**
 * The requester takes back a move waiting for approval (asked too early, facts to correct first):
 * the case stays where it is, the request is kept as withdrawn. Asks once more before it goes.
 */
export function CaseWorkflowWithdraw({ approvalId, version }: Props) {
  const t = useTranslations("approvalWithdrawal");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<WorkflowRefusal | null>(null);
  const withdraw = useMutation(trpc.case.workflow.withdrawApproval.mutationOptions());
  const form = useApiForm({
    schema: caseWithdrawApprovalInput,
    defaultValues: { reason: "" },
    toInput: (values) => ({ approvalId, version, reason: values.reason }),
    submit: (input) => withdraw.mutateAsync(input),
    onError: (error) => setRefusal(workflowRefusal(error)),
    onSuccess: () => {
      setRefusal(null);
      setOpen(false);
    },
  });

  if (!open) {
    return (
      <div className="mt-3">
        <Button variant="secondary" onPress={() => setOpen(true)}>
          {t("open")}
        </Button>
      </div>
    );
  }
  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        void form.onSubmit();
      }}
      aria-labelledby="workflow-withdraw"
      className="mt-3 flex max-w-xl flex-col gap-3"
    >
      <h3 id="workflow-withdraw" className="font-semibold">
        {t("title")}
      </h3>
      <p>{t("explain")}</p>
      <RefusalAlert refusal={refusal} lead={t("failed")} />
      <FormTextAreaField
        control={form.control}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        maxLength={2000}
      />
      <div className="flex gap-3">
        <Button type="submit" isDisabled={withdraw.isPending}>
          {t("confirm")}
        </Button>
        <Button variant="secondary" isDisabled={withdraw.isPending} onPress={() => setOpen(false)}>
          {t("keep")}
        </Button>
      </div>
    </Form>
  );
}
