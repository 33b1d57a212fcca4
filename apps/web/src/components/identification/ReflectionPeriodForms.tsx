"use client";

import { reflectionPeriodRemoveInput, reflectionPeriodSetInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { useTRPC } from "@/trpc/client";

const toDays = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/** Adds a country's length, or changes the one it has (against the version shown). */
export function ReflectionPeriodForm({
  countries,
  lengths,
  minimum,
  maximum,
}: {
  countries: { id: string; label: string }[];
  lengths: { countryCode: string; version: number }[];
  minimum: number;
  maximum: number;
}) {
  const t = useTranslations("reflectionPeriods");
  const trpc = useTRPC();
  const set = useMutation(trpc.reflectionPeriod.set.mutationOptions());
  const form = useApiForm({
    schema: reflectionPeriodSetInput,
    defaultValues: { countryCode: "", days: "" },
    toInput: ({ countryCode, days }) => ({
      countryCode: countryCode || null,
      days: toDays(days),
      version: lengths.find((l) => l.countryCode === countryCode)?.version ?? null,
    }),
    submit: (input) => set.mutateAsync(input),
    onSuccess: () => form.setValue("days", ""),
  });

  return (
    <BoundForm form={form} className="flex flex-col gap-3">
      <FormSelectField control={form.control} name="countryCode" label={t("country")} options={countries} />
      <FormTextField
        control={form.control}
        name="days"
        label={t("days")}
        hint={t("daysHint", { min: minimum, max: maximum })}
        inputMode="numeric"
      />
      <div>
        <Button type="submit" isDisabled={set.isPending}>
          {t("save")}
        </Button>
      </div>
    </BoundForm>
  );
}

/** Changes or removes one country's length. */
export function ReflectionPeriodRow({
  countryCode,
  countryName,
  days,
  version,
  minimum,
  maximum,
}: {
  countryCode: string;
  countryName: string;
  days: number;
  version: number;
  minimum: number;
  maximum: number;
}) {
  const t = useTranslations("reflectionPeriods");
  const trpc = useTRPC();
  const set = useMutation(trpc.reflectionPeriod.set.mutationOptions());
  const remove = useMutation(trpc.reflectionPeriod.remove.mutationOptions());
  const form = useApiForm({
    schema: reflectionPeriodSetInput,
    defaultValues: { days: String(days) },
    toInput: (values) => ({ countryCode, days: toDays(values.days), version }),
    submit: (input) => set.mutateAsync(input),
  });
  const { refusal } = form;

  return (
    <Form
      onSubmit={form.onSubmit}
      aria-label={t("editLabel", { country: countryName })}
      className="mt-2 flex flex-wrap items-end gap-3"
    >
      <RecordRefusal refusal={refusal} />
      <div className="w-40">
        <FormTextField
          control={form.control}
          name="days"
          label={t("days")}
          hint={t("daysHint", { min: minimum, max: maximum })}
          inputMode="numeric"
        />
      </div>
      <Button type="submit" aria-label={t("saveLabel", { country: countryName })} isDisabled={set.isPending}>
        {t("save")}
      </Button>
      <Button
        variant="secondary"
        aria-label={t("removeLabel", { country: countryName })}
        isDisabled={remove.isPending}
        onPress={() => {
          const input = reflectionPeriodRemoveInput.safeParse({ countryCode, version });
          if (!input.success) return;
          refusal.clear();
          remove.mutate(input.data, { onError: refusal.fail, onSuccess: refusal.succeed });
        }}
      >
        {t("remove")}
      </Button>
    </Form>
  );
}
