"use client";

import {
  identificationProposeInput,
  type Recommendation,
  TRAFFICKING_STATUSES,
  type TraffickingStatus,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { RadioField } from "@/components/ui/RadioField";
import { useTRPC } from "@/trpc/client";

/**
 * The status a recommendation suggests proposing; the caseworker may choose another. Not enough
 * information suggests none: nothing is chosen for the caseworker, who decides what to propose.
 */
const SUGGESTED: Record<Recommendation, TraffickingStatus | ""> = {
  PossibleVictimOfTrafficking: "PossibleVictimOfTrafficking",
  NotEnoughInformation: "",
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
  const tPropose = useTranslations("screeningProposal");
  const suggested = SUGGESTED[recommendation];
  const trpc = useTRPC();
  const propose = useMutation(trpc.identification.propose.mutationOptions());
  const blocked = dirty || screeningVersion === null;
  // Until the caseworker picks one, the status is the one the recommendation suggests (if any).
  const form = useApiForm({
    schema: identificationProposeInput,
    defaultValues: { status: "" as TraffickingStatus | "", reason: "" },
    toInput: (values) => ({
      caseId,
      screeningVersion,
      status: values.status || suggested,
      reason: values.reason,
    }),
    submit: (input) => propose.mutateAsync(input),
    onSuccess: () => form.setValue("reason", ""),
  });

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
        if (screeningVersion !== null) void form.onSubmit();
      }}
      aria-labelledby="identification-propose"
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700"
    >
      <h3 id="identification-propose" className="font-semibold">
        {t("propose.title")}
      </h3>
      <RecordRefusal refusal={form.refusal} />
      <Controller
        control={form.control}
        name="status"
        render={({ field, fieldState }) => (
          <RadioField
            label={t("propose.status")}
            // No choice shown rather than a choice the assessment does not support.
            value={field.value || suggested || null}
            onChange={(v) => field.onChange(v as TraffickingStatus)}
            options={TRAFFICKING_STATUSES.map((s) => ({ id: s, label: t(`statuses.${s}`) }))}
            errorMessage={fieldState.error?.message ? tPropose("chooseStatus") : undefined}
          />
        )}
      />
      {suggested === "" ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{tPropose("noSuggestion")}</p>
      ) : null}
      <FormTextAreaField control={form.control} name="reason" label={t("propose.reason")} maxLength={2000} />
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
