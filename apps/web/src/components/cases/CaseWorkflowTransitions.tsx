"use client";

import { caseTransitionInput, type TransitionKind } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiForm } from "@/components/forms/use-api-form";
import { useBoundField } from "@/components/forms/use-bound-field";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useTRPC } from "@/trpc/client";
import {
  GuardList,
  isGuardCode,
  RefusalAlert,
  type WorkflowRefusal,
  workflowRefusal,
} from "./CaseWorkflowReasons";

export interface TransitionView {
  to: string;
  kind: TransitionKind;
  allowed: boolean;
  blocked: string[];
  needsApproval: boolean;
  reasonRequired: boolean;
}

interface Props {
  caseId: string;
  version: number;
  transitions: TransitionView[];
}

type Done = { kind: "moved"; state: string } | { kind: "requested" };

/**
 * The steps a case can take from its state: one button each, greyed out with the reasons when its
 * guards do not pass. Choosing one opens a short confirmation with the reason (required where the
 * workflow says someone will later ask why).
 */
export function CaseWorkflowTransitions({ caseId, version, transitions }: Props) {
  const t = useTranslations("workflow");
  const tState = useTranslations("states");
  const trpc = useTRPC();
  const [selected, setSelected] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const [refusal, setRefusal] = useState<WorkflowRefusal | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const move = useMutation(trpc.case.workflow.transition.mutationOptions());

  const stateName = (state: string) => tState(state as "closed");
  const label = (tr: TransitionView) => t(`transitions.action.${tr.kind}`, { state: stateName(tr.to) });
  const chosen = transitions.find((tr) => tr.to === selected) ?? null;

  const form = useApiForm({
    schema: caseTransitionInput,
    defaultValues: { reason: "" },
    toInput: (values) => ({ caseId, version, to: chosen?.to ?? "", reason: values.reason }),
    submit: (input) => move.mutateAsync(input),
    onError: (error) => {
      const found = workflowRefusal(error);
      setRefusal(found);
      if (found.guards.includes("reason_required")) setReasonMissing(true);
    },
    onSuccess: (result) => {
      setRefusal(null);
      setSelected(null);
      form.reset({ reason: "" });
      setDone(result.approvalId ? { kind: "requested" } : { kind: "moved", state: result.state });
    },
  });
  const reason = useBoundField({ control: form.control, name: "reason" });

  if (transitions.length === 0) return <p className="mt-2 text-sm">{t("transitions.none")}</p>;
  return (
    <div className="mt-2 flex flex-col gap-4">
      {done ? (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {done.kind === "moved"
            ? t("transitions.moved", { state: stateName(done.state) })
            : t("transitions.requested")}
        </p>
      ) : null}
      <RefusalAlert refusal={refusal} lead={t("refused")} />
      <ul className="flex flex-col gap-3">
        {transitions.map((tr) => {
          const notesId = `workflow-step-${tr.to}`;
          const blocked = tr.blocked.filter(isGuardCode);
          const hasNotes = tr.needsApproval || tr.reasonRequired || blocked.length > 0;
          return (
            <li key={tr.to} className="text-sm">
              <Button
                variant={tr.kind === "advance" ? "primary" : "secondary"}
                isDisabled={!tr.allowed || move.isPending}
                aria-describedby={hasNotes ? notesId : undefined}
                aria-expanded={selected === tr.to}
                onPress={() => {
                  setSelected(tr.to);
                  form.reset({ reason: "" });
                  setReasonMissing(false);
                  setRefusal(null);
                  setDone(null);
                }}
              >
                {label(tr)}
              </Button>
              {hasNotes ? (
                <div id={notesId} className="mt-1 text-slate-700 dark:text-slate-300">
                  {tr.needsApproval ? <p>{t("transitions.needsApproval")}</p> : null}
                  {tr.reasonRequired ? <p>{t("transitions.reasonRequired")}</p> : null}
                  {blocked.length > 0 ? (
                    <div className="text-amber-900 dark:text-amber-200">
                      <p>{t("transitions.blocked")}</p>
                      <GuardList codes={blocked} />
                    </div>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {chosen ? (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            // Where the workflow asks for a reason, it is asked for here before anything is sent.
            if (chosen.reasonRequired && form.getValues("reason").trim() === "") {
              setReasonMissing(true);
              return;
            }
            void form.onSubmit();
          }}
          aria-label={label(chosen)}
          className="flex flex-col gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700"
        >
          <p className="text-sm font-medium">{label(chosen)}</p>
          <TextAreaField
            label={t("transitions.reason")}
            hint={
              chosen.reasonRequired
                ? t("transitions.reasonHintRequired")
                : t("transitions.reasonHintOptional")
            }
            isRequired={chosen.reasonRequired}
            autoFocus
            value={reason.field.value}
            onChange={(value) => {
              reason.field.onChange(value);
              if (value.trim()) setReasonMissing(false);
            }}
            onBlur={reason.field.onBlur}
            maxLength={2000}
            errorMessage={reasonMissing ? t("guards.reason_required") : reason.errorMessage}
          />
          <div className="flex gap-3">
            <Button type="submit" isDisabled={move.isPending}>
              {chosen.needsApproval ? t("transitions.requestApproval") : t("transitions.confirm")}
            </Button>
            <Button variant="secondary" isDisabled={move.isPending} onPress={() => setSelected(null)}>
              {t("transitions.cancel")}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
