"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { RefusalAlert, type WorkflowRefusal, workflowRefusal } from "./CaseWorkflowReasons";

interface Props {
  approvalId: string;
  version: number;
}

/** A manager's decision on a move waiting for approval: approve, or reject with a reason. */
export function CaseWorkflowApproval({ approvalId, version }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<FieldErrorCode | null>(null);
  const [refusal, setRefusal] = useState<WorkflowRefusal | null>(null);
  const decide = useMutation(
    trpc.case.workflow.decideApproval.mutationOptions({
      onError: (error) => {
        const field =
          error instanceof TRPCClientError ? fieldCodes(error.data?.fieldErrors).reason : undefined;
        if (field) {
          setReasonError(field);
          setRefusal(null);
          return;
        }
        setRefusal(workflowRefusal(error));
      },
      onSuccess: () => {
        setRefusal(null);
        setReason("");
        router.refresh();
      },
    }),
  );

  function submit(approve: boolean) {
    if (!approve && reason.trim() === "") {
      setReasonError("required");
      return;
    }
    setReasonError(null);
    decide.mutate({ approvalId, version, approve, reason });
  }

  return (
    <Form
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
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
      <TextAreaField
        label={t("workflow.decision.reason")}
        hint={t("workflow.decision.reasonHint")}
        value={reason}
        onChange={(value) => {
          setReason(value);
          if (value.trim()) setReasonError(null);
        }}
        maxLength={2000}
        errorMessage={reasonError ? t(`errors.field.${reasonError}`) : undefined}
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
