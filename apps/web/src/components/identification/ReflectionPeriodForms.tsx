"use client";

import { reflectionPeriodRemoveInput, reflectionPeriodSetInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { RecordRefusal, useRecordForm } from "@/components/cases/RecordForm";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
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
  const form = useRecordForm();
  const [country, setCountry] = useState<string | null>(null);
  const [days, setDays] = useState("");
  const set = useMutation(
    trpc.reflectionPeriod.set.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setDays("");
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const version = lengths.find((l) => l.countryCode === country)?.version ?? null;
    const input = form.check(reflectionPeriodSetInput, { countryCode: country, days: toDays(days), version });
    if (input) set.mutate(input);
  }

  return (
    <Form onSubmit={submit} className="flex flex-col gap-3">
      <RecordRefusal form={form} />
      <SelectField
        label={t("country")}
        options={countries}
        selectedKey={country}
        onSelectionChange={(key) => setCountry(String(key))}
        errorMessage={form.message("countryCode")}
      />
      <TextField
        label={t("days")}
        hint={t("daysHint", { min: minimum, max: maximum })}
        inputMode="numeric"
        value={days}
        onChange={setDays}
        errorMessage={form.message("days")}
      />
      <div>
        <Button type="submit" isDisabled={set.isPending}>
          {t("save")}
        </Button>
      </div>
    </Form>
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
  const form = useRecordForm();
  const [draft, setDraft] = useState(String(days));
  const set = useMutation(
    trpc.reflectionPeriod.set.mutationOptions({ onError: form.fail, onSuccess: form.succeed }),
  );
  const remove = useMutation(
    trpc.reflectionPeriod.remove.mutationOptions({ onError: form.fail, onSuccess: form.succeed }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(reflectionPeriodSetInput, { countryCode, days: toDays(draft), version });
    if (input) set.mutate(input);
  }

  return (
    <Form
      onSubmit={submit}
      aria-label={t("editLabel", { country: countryName })}
      className="mt-2 flex flex-wrap items-end gap-3"
    >
      <RecordRefusal form={form} />
      <div className="w-40">
        <TextField
          label={t("days")}
          hint={t("daysHint", { min: minimum, max: maximum })}
          inputMode="numeric"
          value={draft}
          onChange={setDraft}
          errorMessage={form.message("days")}
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
          const input = form.check(reflectionPeriodRemoveInput, { countryCode, version });
          if (input) remove.mutate(input);
        }}
      >
        {t("remove")}
      </Button>
    </Form>
  );
}
