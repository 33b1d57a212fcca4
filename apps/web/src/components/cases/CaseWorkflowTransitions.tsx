"use client";

import type { TransitionKind } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
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
  const router = useRouter();
  const trpc = useTRPC();
  const [selected, setSelected] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [refusal, setRefusal] = useState<WorkflowRefusal | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const move = useMutation(
    trpc.case.workflow.transition.mutationOptions({
      onError: (error) => {
        const found = workflowRefusal(error);
        setRefusal(found);
        if (found.guards.includes("reason_required")) setReasonMissing(true);
      },
      onSuccess: (result) => {
        setRefusal(null);
        setSelected(null);
        setReason("");
        setDone(result.approvalId ? { kind: "requested" } : { kind: "moved", state: result.state });
        router.refresh();
      },
    }),
  );

  const stateName = (state: string) => tState(state as "closed");
  const label = (tr: TransitionView) => t(`transitions.action.${tr.kind}`, { state: stateName(tr.to) });
  const chosen = transitions.find((tr) => tr.to === selected) ?? null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    if (chosen.reasonRequired && reason.trim() === "") {
      setReasonMissing(true);
      return;
    }
    move.mutate({ caseId, version, to: chosen.to, reason });
  }

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
                  setReason("");
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
          onSubmit={submit}
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
            value={reason}
            onChange={(value) => {
              setReason(value);
              if (value.trim()) setReasonMissing(false);
            }}
            maxLength={2000}
            errorMessage={reasonMissing ? t("guards.reason_required") : undefined}
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
