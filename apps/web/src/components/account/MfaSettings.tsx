"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";
import { MfaEnrolment } from "./MfaEnrolment";
import { PasswordConfirm } from "./PasswordConfirm";
import { RecoveryCodes } from "./RecoveryCodes";

type Step = "idle" | "enrol" | "newCodes" | "turnOff";

/** The account page's two-step verification: its state, enrolment, new recovery codes, turning it off. */
export function MfaSettings() {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.account.mfa.status.queryOptions());
  const [step, setStep] = useState<Step>("idle");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.mfa.status.queryKey() });
  const newCodes = useMutation(trpc.account.mfa.newRecoveryCodes.mutationOptions({ onSuccess: refresh }));
  const turnOff = useMutation(trpc.account.mfa.disable.mutationOptions({ onSuccess: refresh }));

  // Both ask for the password again before the change.
  const confirming =
    step === "newCodes"
      ? { intro: t("mfa.newCodesIntro"), label: t("mfa.newCodes"), mutation: newCodes }
      : step === "turnOff"
        ? { intro: t("mfa.turnOffIntro"), label: t("mfa.turnOff"), mutation: turnOff }
        : null;

  if (!status.data) return null;
  const { enrolled, required, recoveryCodesLeft } = status.data;
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-sm">
        {enrolled ? t("mfa.enrolled") : t("mfa.notEnrolled")} {required ? t("mfa.required") : null}
      </p>
      {turnOff.isSuccess && !enrolled ? <p className="text-sm">{t("mfa.turnedOff")}</p> : null}
      {enrolled ? (
        <p className="text-sm">{t("mfa.recoveryCodesLeft", { count: recoveryCodesLeft })}</p>
      ) : null}

      {!enrolled && step !== "enrol" ? (
        <div>
          <Button onPress={() => setStep("enrol")}>{t("mfa.setUp")}</Button>
        </div>
      ) : null}
      {!enrolled && step === "enrol" ? (
        <MfaEnrolment
          doneLabel={t("mfa.recoverySaved")}
          onDone={async () => {
            setStep("idle");
            await refresh();
          }}
        />
      ) : null}

      {enrolled && newCodes.data ? <RecoveryCodes codes={newCodes.data.recoveryCodes} /> : null}
      {enrolled && step === "idle" ? (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onPress={() => setStep("newCodes")}>
            {t("mfa.newCodes")}
          </Button>
          {required ? null : (
            <Button variant="secondary" onPress={() => setStep("turnOff")}>
              {t("mfa.turnOff")}
            </Button>
          )}
        </div>
      ) : null}
      {enrolled && confirming ? (
        <PasswordConfirm
          key={step}
          intro={confirming.intro}
          submitLabel={confirming.label}
          pending={confirming.mutation.isPending}
          submit={confirming.mutation.mutateAsync}
          onClose={() => setStep("idle")}
        />
      ) : null}
    </div>
  );
}
