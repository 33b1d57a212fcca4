"use client";

import { reviewIntervalSetInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormTextField } from "@/components/forms/FormTextField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

/** Changes the review interval of one lower risk level, against the version shown. */
export function ReviewIntervalForm({
  riskLevel,
  days,
  version,
  min,
  max,
}: {
  riskLevel: "medium" | "low";
  days: number;
  version: number;
  min: number;
  max: number;
}) {
  const t = useTranslations("assessments");
  const trpc = useTRPC();
  const set = useMutation(trpc.reference.riskReview.set.mutationOptions());
  const form = useApiForm({
    schema: reviewIntervalSetInput,
    defaultValues: { days: String(days) },
    toInput: (values) => ({
      riskLevel,
      version,
      days: values.days.trim() === "" ? Number.NaN : Number(values.days),
    }),
    submit: (input) => set.mutateAsync(input),
  });
  return (
    <BoundForm form={form} className="flex flex-wrap items-end gap-3">
      <FormTextField
        control={form.control}
        name="days"
        label={t("intervals.days", { level: t(`risk.${riskLevel}`) })}
        hint={t("intervals.hint", { min, max })}
        inputMode="numeric"
      />
      <Button type="submit" isDisabled={set.isPending}>
        {t("intervals.save")}
      </Button>
    </BoundForm>
  );
}
