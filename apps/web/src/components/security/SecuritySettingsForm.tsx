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

const { idleTimeoutMinutes: idle, absoluteLifetimeHours: lifetime } = SECURITY_SETTING_LIMITS;

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
  // Empty, not a number, or out of bounds: each says the range.
  const idleRange = t("idleTimeoutRange", idle);
  const lifetimeRange = t("absoluteLifetimeRange", lifetime);

  return (
    <BoundForm form={form} className="flex max-w-md flex-col gap-4">
      {saved ? (
        <p role="status" className="text-sm font-medium">
          {t("saved")}
        </p>
      ) : null}
      <FormTextField
        control={control}
        name="idleTimeoutMinutes"
        label={t("idleTimeout")}
        hint={t("idleTimeoutHint", idle)}
        inputMode="numeric"
        isRequired
        messages={{ required: idleRange, invalid: idleRange }}
      />
      <FormTextField
        control={control}
        name="absoluteLifetimeHours"
        label={t("absoluteLifetime")}
        hint={t("absoluteLifetimeHint", lifetime)}
        inputMode="numeric"
        isRequired
        messages={{ required: lifetimeRange, invalid: lifetimeRange }}
      />
      <FormSwitch control={control} name="mfaRequiredForCaseworkers">
        {t("mfaCaseworkers")}
      </FormSwitch>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("mfaAlways")}</p>
      <FormActions submit={t("save")} isPending={save.isPending} />
    </BoundForm>
  );
}
