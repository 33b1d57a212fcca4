"use client";

import type { RouterOutputs } from "@kelias/api";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { Switch } from "@/components/ui/Switch";
import { TextField } from "@/components/ui/TextField";
import { useTRPC } from "@/trpc/client";

type Settings = RouterOutputs["security"]["settings"]["get"];

/** Edits the settings against the version shown; a save over someone else's is refused. */
export function SecuritySettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("security");
  const trpc = useTRPC();
  const router = useRouter();
  const [idle, setIdle] = useState(String(settings.idleTimeoutMinutes));
  const [lifetime, setLifetime] = useState(String(settings.absoluteLifetimeHours));
  const [mfaCaseworkers, setMfaCaseworkers] = useState(settings.mfaRequiredForCaseworkers);
  const save = useMutation(
    trpc.security.settings.update.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const fields =
    save.error instanceof TRPCClientError
      ? ((save.error.data as { fieldErrors?: { fieldErrors?: Record<string, string[]> } } | undefined)
          ?.fieldErrors?.fieldErrors ?? {})
      : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({
      idleTimeoutMinutes: Number(idle),
      absoluteLifetimeHours: Number(lifetime),
      mfaRequiredForCaseworkers: mfaCaseworkers,
      version: settings.version,
    });
  }

  return (
    <Form onSubmit={submit} className="flex max-w-md flex-col gap-4">
      {save.isSuccess ? (
        <p role="status" className="text-sm font-medium">
          {t("saved")}
        </p>
      ) : null}
      {save.error?.message === "stale_version" ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("stale")}
        </p>
      ) : null}
      <TextField
        label={t("idleTimeout")}
        hint={t("idleTimeoutHint")}
        inputMode="numeric"
        isRequired
        value={idle}
        onChange={setIdle}
        errorMessage={fields.idleTimeoutMinutes ? t("idleTimeoutRange") : undefined}
      />
      <TextField
        label={t("absoluteLifetime")}
        hint={t("absoluteLifetimeHint")}
        inputMode="numeric"
        isRequired
        value={lifetime}
        onChange={setLifetime}
        errorMessage={fields.absoluteLifetimeHours ? t("absoluteLifetimeRange") : undefined}
      />
      <Switch isSelected={mfaCaseworkers} onChange={setMfaCaseworkers}>
        {t("mfaCaseworkers")}
      </Switch>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("mfaAlways")}</p>
      <div>
        <Button type="submit" isDisabled={save.isPending}>
          {t("save")}
        </Button>
      </div>
    </Form>
  );
}
