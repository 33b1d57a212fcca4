"use client";

import { mfaConfirmInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormTextField } from "@/components/forms/FormTextField";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";
import { RecoveryCodes } from "./RecoveryCodes";

/**
 * Enrols a TOTP authenticator: a QR code (and the key, for typing in), a code from the app to
 * confirm, then the recovery codes, shown this once. `onDone` runs when the user has saved them.
 */
export function MfaEnrolment({ onDone, doneLabel }: { onDone: () => void; doneLabel: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const confirm = useMutation(trpc.account.mfa.confirm.mutationOptions());
  const form = useApiForm({
    schema: mfaConfirmInput,
    defaultValues: { code: "" },
    // Apps show the code in groups ("123 456").
    toInput: (values) => ({ code: values.code.replace(/\s+/g, "") }),
    submit: confirm.mutateAsync,
    onSuccess: () => form.reset({ code: "" }),
    // What follows (the recovery codes) is this component's; the page has nothing to refresh.
    refresh: false,
  });
  // Starting is refused only to one already enrolled: said where the form's refusals are.
  const begin = useMutation(trpc.account.mfa.begin.mutationOptions({ onError: form.refusal.fail }));

  if (confirm.data) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="text-sm font-medium">
          {t("account.mfa.turnedOn")}
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
        <RecordRefusal refusal={form.refusal} />
        <div>
          <Button onPress={() => begin.mutate()} isDisabled={begin.isPending}>
            {t("account.mfa.start")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">{t("account.mfa.scan")}</p>
      {/* A data: URL made by the server: nothing for next/image to optimise. */}
      <img
        src={begin.data.qrCode}
        alt={t("account.mfa.qrAlt")}
        width={220}
        height={220}
        className="rounded-md border border-slate-200 bg-white dark:border-slate-700"
      />
      <p className="text-sm">
        {t("account.mfa.manual")}{" "}
        <code data-testid="totp-secret" className="break-all font-mono">
          {begin.data.secret}
        </code>
      </p>
      <BoundForm form={form} className="flex max-w-sm flex-col gap-3">
        <FormTextField
          control={form.control}
          name="code"
          label={t("account.mfa.code")}
          autoComplete="one-time-code"
          inputMode="numeric"
          isRequired
          maxLength={10}
        />
        <FormActions submit={t("account.mfa.confirm")} isPending={confirm.isPending} />
      </BoundForm>
    </div>
  );
}
