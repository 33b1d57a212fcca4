"use client";

import type { RouterOutputs } from "@kelias/api";
import { SECURITY_SETTING_LIMITS, securitySettingsInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormSwitch } from "@/components/forms/FormSwitch";
import { FormTextField } from "@/components/forms/FormTextField";
import { useApiForm } from "@/components/forms/use-api-form";
import { useTRPC } from "@/trpc/client";

type Settings = RouterOutputs["security"]["settings"]["get"];

/** The two durations, each with its words ("idleTimeout", "idleTimeoutHint", "idleTimeoutRange"). */
const DURATIONS = [
  { name: "idleTimeoutMinutes", words: "idleTimeout" },
  { name: "absoluteLifetimeHours", words: "absoluteLifetime" },
] as const;

/** Edits the settings against the version shown; a save over someone else's is refused. */
export function SecuritySettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("security");
  const trpc = useTRPC();
  const [saved, setSaved] = useState(false);
  const save = useMutation(trpc.security.settings.update.mutationOptions());
  const form = useApiForm({
    schema: securitySettingsInput,
    defaultValues: {
      idleTimeoutMinutes: String(settings.idleTimeoutMinutes),
      absoluteLifetimeHours: String(settings.absoluteLifetimeHours),
      mfaRequiredForCaseworkers: settings.mfaRequiredForCaseworkers,
    },
    toInput: (values) => ({
      idleTimeoutMinutes: Number(values.idleTimeoutMinutes),
      absoluteLifetimeHours: Number(values.absoluteLifetimeHours),
      mfaRequiredForCaseworkers: values.mfaRequiredForCaseworkers,
      version: settings.version,
    }),
    submit: (input) => {
      setSaved(false);
      return save.mutateAsync(input);
    },
    onSuccess: () => setSaved(true),
    onInvalid: () => setSaved(false),
  });
  const { control } = form;

  return (
    <BoundForm form={form} className="flex max-w-md flex-col gap-4">
      {saved ? (
        <p role="status" className="text-sm font-medium">
          {t("saved")}
        </p>
      ) : null}
      {DURATIONS.map(({ name, words }) => {
        const bounds = SECURITY_SETTING_LIMITS[name];
        // Empty, not a number, or out of bounds: each says the range.
        const range = t(`${words}Range`, bounds);
        return (
          <FormTextField
            key={name}
            control={control}
            name={name}
            label={t(words)}
            hint={t(`${words}Hint`, bounds)}
            inputMode="numeric"
            isRequired
            messages={{ required: range, invalid: range }}
          />
        );
      })}
      <FormSwitch control={control} name="mfaRequiredForCaseworkers">
        {t("mfaCaseworkers")}
      </FormSwitch>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("mfaAlways")}</p>
      <FormActions submit={t("save")} isPending={save.isPending} />
    </BoundForm>
  );
}
