"use client";

import { familyTransitionInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { isGuardCode } from "@/components/cases/CaseWorkflowReasons";
import { useApiForm } from "@/components/forms/use-api-form";
import { useBoundField } from "@/components/forms/use-bound-field";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useTRPC } from "@/trpc/client";
import { FamilyRefusal, type FamilyRefusalCode, familyRefusalCodes } from "./FamilyRefusal";

export interface FamilyStepView {
  to: string;
  allowed: boolean;
  needsApproval: boolean;
  refusals: { caseId: string; errors: string[] }[];
}

interface Props {
  familyId: string;
  version: number;
  /** Every member (the page shows this only to whoever works on every member's case). */
  members: { caseId: string; version: number; label: string }[];
  steps: FamilyStepView[];
}

/** One member refused, by name, with every reason. */
interface MemberRefusal {
  caseId: string;
  codes: string[];
}

/** The reasons of a refused family move, `caseId:code` each, grouped by member. */
function memberRefusals(error: unknown): MemberRefusal[] | null {
  if (!(error instanceof TRPCClientError)) return null;
  const reasons = (error.data as { reasons?: unknown } | undefined)?.reasons;
  if (!Array.isArray(reasons)) return null;
  const byMember = new Map<string, string[]>();
  for (const reason of reasons) {
    const [caseId, code] = String(reason).split(":");
    if (!caseId || !code) return null;
    byMember.set(caseId, [...(byMember.get(caseId) ?? []), code]);
  }
  return [...byMember].map(([caseId, codes]) => ({ caseId, codes }));
}

/**
 * The steps the family takes together: every member moves, or none does. A step some member may not
 * take yet is greyed out, with who and why; a refusal on sending names the same.
 */
export function FamilySteps({ familyId, version, members, steps }: Props) {
  const t = useTranslations("family.steps");
  const tGuard = useTranslations("workflow.guards");
  const tState = useTranslations("states");
  const trpc = useTRPC();
  const [selected, setSelected] = useState<string | null>(null);
  const [refused, setRefused] = useState<MemberRefusal[] | null>(null);
  const [refusal, setRefusal] = useState<FamilyRefusalCode[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const move = useMutation(trpc.family.transition.mutationOptions());
  const stateName = (state: string) => tState(state as "closed");
  const chosen = steps.find((s) => s.to === selected) ?? null;
  const nameOf = (caseId: string) => members.find((m) => m.caseId === caseId)?.label ?? "";
  const message = (code: string) =>
    isGuardCode(code) ? tGuard(code) : t(`codes.${code as "not_a_family_step"}`);

  const form = useApiForm({
    schema: familyTransitionInput,
    defaultValues: { reason: "" },
    toInput: (values) => ({
      familyId,
      version,
      to: chosen?.to ?? "",
      reason: values.reason,
      members: members.map(({ caseId, version }) => ({ caseId, version })),
    }),
    submit: (input) => move.mutateAsync(input),
    onError: (error) => {
      const byMember = memberRefusals(error);
      setRefused(byMember);
      setRefusal(byMember ? null : familyRefusalCodes(error));
    },
    onSuccess: (result) => {
      setRefused(null);
      setRefusal(null);
      setSelected(null);
      form.reset({ reason: "" });
      setDone(result.needsApproval ? t("requested") : t("moved", { state: stateName(chosen?.to ?? "") }));
    },
  });
  const reason = useBoundField({ control: form.control, name: "reason" });

  const refusalList = (list: MemberRefusal[]) => (
    <ul className="list-disc pl-5">
      {list.map((r) => (
        <li key={r.caseId}>
          {t("memberRefused", { name: nameOf(r.caseId), reasons: r.codes.map(message).join(" ") })}
        </li>
      ))}
    </ul>
  );

  if (steps.length === 0) return <p className="mt-2 text-sm">{t("none")}</p>;
  return (
    <div className="mt-2 flex flex-col gap-4">
      {done ? (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {done}
        </p>
      ) : null}
      {refused ? (
        <div
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p>{t("refused")}</p>
          {refusalList(refused)}
        </div>
      ) : null}
      <FamilyRefusal codes={refusal} />
      <ul className="flex flex-col gap-3">
        {steps.map((step) => {
          const notesId = `family-step-${step.to}`;
          const hasNotes = step.needsApproval || step.refusals.length > 0;
          return (
            <li key={step.to} className="text-sm">
              <Button
                isDisabled={!step.allowed || move.isPending}
                aria-describedby={hasNotes ? notesId : undefined}
                aria-expanded={selected === step.to}
                onPress={() => {
                  setSelected(step.to);
                  setRefused(null);
                  setRefusal(null);
                  setDone(null);
                }}
              >
                {t("action", { state: stateName(step.to) })}
              </Button>
              {hasNotes ? (
                <div id={notesId} className="mt-1 text-slate-700 dark:text-slate-300">
                  {step.needsApproval ? <p>{t("needsApproval")}</p> : null}
                  {step.refusals.length > 0 ? (
                    <div className="text-amber-900 dark:text-amber-200">
                      <p>{t("blocked")}</p>
                      {refusalList(step.refusals.map((r) => ({ caseId: r.caseId, codes: r.errors })))}
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
          onSubmit={form.onSubmit}
          aria-label={t("action", { state: stateName(chosen.to) })}
          className="flex flex-col gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700"
        >
          <p className="text-sm font-medium">
            {t("confirmLead", { state: stateName(chosen.to), count: members.length })}
          </p>
          <TextAreaField
            label={t("reason")}
            hint={t("reasonHint")}
            value={reason.field.value}
            onChange={reason.field.onChange}
            onBlur={reason.field.onBlur}
            maxLength={2000}
            errorMessage={reason.errorMessage}
          />
          <div className="flex gap-3">
            <Button type="submit" isDisabled={move.isPending}>
              {chosen.needsApproval ? t("requestApproval") : t("confirm")}
            </Button>
            <Button variant="secondary" isDisabled={move.isPending} onPress={() => setSelected(null)}>
              {t("cancel")}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
