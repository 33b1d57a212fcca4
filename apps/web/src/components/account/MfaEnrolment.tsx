"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { TextField } from "@/components/ui/TextField";
import { useTRPC } from "@/trpc/client";
import { accountError } from "./account-errors";
import { RecoveryCodes } from "./RecoveryCodes";

/**
 * Enrols a TOTP authenticator: a QR code (and the key, for typing in), a code from the app to
 * confirm, then the recovery codes, shown this once. `onDone` runs when the user has saved them.
 */
export function MfaEnrolment({ onDone, doneLabel }: { onDone: () => void; doneLabel: string }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const begin = useMutation(trpc.account.mfa.begin.mutationOptions());
  const confirm = useMutation(trpc.account.mfa.confirm.mutationOptions({ onSuccess: () => setCode("") }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    confirm.mutate({ code: code.replace(/\s+/g, "") });
  }

  if (confirm.data) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="text-sm font-medium">
          {t("mfa.turnedOn")}
        </p>
        <RecoveryCodes codes={confirm.data.recoveryCodes} />
        <div>
          <Button onPress={onDone}>{doneLabel}</Button>
        </div>
      </div>
    );
  }

  if (!begin.data) {
    return (
      <div className="flex flex-col gap-2">
        {begin.error ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {t(`errors.${accountError(begin.error).code}`)}
          </p>
        ) : null}
        <div>
          <Button onPress={() => begin.mutate()} isDisabled={begin.isPending}>
            {t("mfa.start")}
          </Button>
        </div>
      </div>
    );
  }

  const refusal = confirm.error ? accountError(confirm.error).code : null;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">{t("mfa.scan")}</p>
      {/* A data: URL made by the server: nothing for next/image to optimise. */}
      <img
        src={begin.data.qrCode}
        alt={t("mfa.qrAlt")}
        width={220}
        height={220}
        className="rounded-md border border-slate-200 bg-white dark:border-slate-700"
      />
      <p className="text-sm">
        {t("mfa.manual")}{" "}
        <code data-testid="totp-secret" className="break-all font-mono">
          {begin.data.secret}
        </code>
      </p>
      <Form onSubmit={submit} className="flex max-w-sm flex-col gap-3">
        <TextField
          label={t("mfa.code")}
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          isRequired
          maxLength={10}
          value={code}
          onChange={setCode}
          errorMessage={refusal ? t(`errors.${refusal}`) : undefined}
        />
        <div>
          <Button type="submit" isDisabled={confirm.isPending}>
            {t("mfa.confirm")}
          </Button>
        </div>
      </Form>
    </div>
  );
}
