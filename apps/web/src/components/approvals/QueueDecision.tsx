"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { RefusalAlert, type WorkflowRefusal, workflowRefusal } from "@/components/cases/CaseWorkflowReasons";
import { Button } from "@/components/ui/Button";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useTRPC } from "@/trpc/client";

interface Props {
  approvalId: string;
  version: number;
  /** Names the case in the buttons' accessible names: the queue holds many. */
  caseLabel: string;
}

/**
 * Approve, or reject with a reason, a move waiting in the queue: the workflow's own decision
 * procedure, which checks the case's guards and version again.
 */
export function QueueDecision({ approvalId, version, caseLabel }: Props) {
  const t = useTranslations("approvals");
  const tw = useTranslations("workflow.decision");
  const router = useRouter();
  const trpc = useTRPC();
  const id = useId();
  const [reason, setReason] = useState("");
  const [missingReason, setMissingReason] = useState(false);
  const [refusal, setRefusal] = useState<WorkflowRefusal | null>(null);
  const decide = useMutation(
    trpc.case.workflow.decideApproval.mutationOptions({
      onError: (error) => setRefusal(workflowRefusal(error)),
      onSuccess: () => {
        setRefusal(null);
        router.refresh();
      },
    }),
  );
  const submit = (approve: boolean) => {
    if (!approve && reason.trim() === "") {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    decide.mutate({ approvalId, version, approve, reason });
  };
  return (
    <div className="mt-3 flex flex-col gap-3" id={id}>
      <RefusalAlert refusal={refusal} lead={tw("failed")} />
      <TextAreaField
        label={t("reason", { case: caseLabel })}
        hint={tw("reasonHint")}
        value={reason}
        onChange={(value) => {
          setReason(value);
          if (value.trim()) setMissingReason(false);
        }}
        maxLength={2000}
        errorMessage={missingReason ? t("reasonRequired") : undefined}
      />
      <div className="flex gap-3">
        <Button
          isDisabled={decide.isPending}
          onPress={() => submit(true)}
          aria-label={t("approveCase", { case: caseLabel })}
        >
          {tw("approve")}
        </Button>
        <Button
          variant="secondary"
          isDisabled={decide.isPending}
          onPress={() => submit(false)}
          aria-label={t("rejectCase", { case: caseLabel })}
        >
          {tw("reject")}
        </Button>
      </div>
    </div>
  );
}
