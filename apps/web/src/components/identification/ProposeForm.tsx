"use client";

import {
  identificationProposeInput,
  type Recommendation,
  TRAFFICKING_STATUSES,
  type TraffickingStatus,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { RecordRefusal, useRecordForm } from "@/components/cases/RecordForm";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { RadioField } from "@/components/ui/RadioField";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useTRPC } from "@/trpc/client";

/** The status a recommendation suggests proposing; the caseworker may choose another. */
const SUGGESTED: Record<Recommendation, TraffickingStatus> = {
  PossibleVictimOfTrafficking: "PossibleVictimOfTrafficking",
  NotEnoughInformation: "PossibleVictimOfTrafficking",
  NoIndicationOfTrafficking: "NotAVictimOfTrafficking",
};

/** The caseworker proposes a status on the saved screening; a counter-trafficking manager decides. */
export function ProposeForm({
  caseId,
  screeningVersion,
  dirty,
  recommendation,
}: {
  caseId: string;
  screeningVersion: number | null;
  dirty: boolean;
  recommendation: Recommendation;
}) {
  const t = useTranslations("identification");
  const trpc = useTRPC();
  const form = useRecordForm();
  const [status, setStatus] = useState<TraffickingStatus | null>(null);
  const [reason, setReason] = useState("");
  const propose = useMutation(
    trpc.identification.propose.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setReason("");
        form.succeed();
      },
    }),
  );
  const chosen = status ?? SUGGESTED[recommendation];
  const blocked = dirty || screeningVersion === null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (screeningVersion === null) return;
    const input = form.check(identificationProposeInput, {
      caseId,
      screeningVersion,
      status: chosen,
      reason,
    });
    if (input) propose.mutate(input);
  }

  return (
    <Form
      onSubmit={submit}
      aria-labelledby="identification-propose"
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <h3 id="identification-propose" className="font-semibold">
        {t("propose.title")}
      </h3>
      <RecordRefusal form={form} />
      <RadioField
        label={t("propose.status")}
        value={chosen}
        onChange={(v) => setStatus(v as TraffickingStatus)}
        options={TRAFFICKING_STATUSES.map((s) => ({ id: s, label: t(`statuses.${s}`) }))}
      />
      <TextAreaField
        label={t("propose.reason")}
        value={reason}
        onChange={setReason}
        maxLength={2000}
        errorMessage={form.message("reason")}
      />
      {blocked ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {screeningVersion === null ? t("propose.needsScreening") : t("unsaved")}
        </p>
      ) : null}
      <div>
        <Button type="submit" isDisabled={blocked || propose.isPending}>
          {t("propose.submit")}
        </Button>
      </div>
    </Form>
  );
}
