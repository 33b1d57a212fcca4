"use client";

import { caseDecideApprovalInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { fieldCodes } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { RefusalAlert, type WorkflowRefusal, workflowRefusal } from "./CaseWorkflowReasons";

interface Props {
  approvalId: string;
  version: number;
}

/** A manager's decision on a move waiting for approval: approve, or reject with a reason. */
export function CaseWorkflowApproval({ approvalId, version }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [refusal, setRefusal] = useState<WorkflowRefusal | null>(null);
  const decide = useMutation(trpc.case.workflow.decideApproval.mutationOptions());
  // Which button was pressed is part of the input: a rejection needs a reason (the schema says so).
  const form = useApiForm({
    schema: caseDecideApprovalInput,
    defaultValues: { approve: true, reason: "" },
    toInput: (values) => ({ approvalId, version, approve: values.approve, reason: values.reason }),
    submit: (input) => decide.mutateAsync(input),
    onError: (error) => {
      const field = error instanceof TRPCClientError ? fieldCodes(error.data?.fieldErrors).reason : undefined;
      setRefusal(field ? null : workflowRefusal(error));
    },
    onSuccess: () => {
      setRefusal(null);
      form.reset({ approve: true, reason: "" });
    },
  });
  const submit = (approve: boolean) => {
    form.setValue("approve", approve);
    void form.onSubmit();
  };

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        submit(true);
      }}
      aria-labelledby="workflow-decision"
      className="flex flex-col gap-3"
    >
      <h3 id="workflow-decision" className="font-semibold">
        {t("workflow.decision.title")}
      </h3>
      <RefusalAlert refusal={refusal} lead={t("workflow.decision.failed")} />
      <FormTextAreaField
        control={form.control}
        name="reason"
        label={t("workflow.decision.reason")}
        hint={t("workflow.decision.reasonHint")}
        maxLength={2000}
      />
      <div className="flex gap-3">
        <Button type="submit" isDisabled={decide.isPending}>
          {t("workflow.decision.approve")}
        </Button>
        <Button variant="secondary" isDisabled={decide.isPending} onPress={() => submit(false)}>
          {t("workflow.decision.reject")}
        </Button>
      </div>
    </Form>
  );
}
