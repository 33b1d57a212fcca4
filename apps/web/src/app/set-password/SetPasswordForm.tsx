"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { PasswordField } from "@/components/ui/PasswordField";
import { setPasswordAction } from "./actions";

type Reason =
  | "link_invalid"
  | "link_used"
  | "link_expired"
  | "too_short"
  | "too_long"
  | "common"
  | "contains_identity"
  | "invalid"
  | "generic";

/** Chooses a password through a one-time link, then goes on to sign in. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("setPassword");
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [refusal, setRefusal] = useState<{ reason: Reason; field: "token" | "password" } | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRefusal(null);
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    startTransition(async () => {
      try {
        const result = await setPasswordAction(token, password);
        if (result.ok) router.replace("/signin");
        else setRefusal({ reason: result.reason, field: result.field });
      } catch {
        setRefusal({ reason: "generic", field: "token" });
      }
    });
  }

  const passwordError = refusal?.field === "password" ? t(`reasons.${refusal.reason}`) : undefined;
  return (
    <Form onSubmit={submit} className="mt-6 flex flex-col gap-4">
      {refusal && refusal.field === "token" ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t(`reasons.${refusal.reason}`)}
        </p>
      ) : null}
      <PasswordField
        kind="new"
        label={t("password")}
        hint={t("passwordHint")}
        value={password}
        onChange={setPassword}
        errorMessage={passwordError}
      />
      <PasswordField
        kind="new"
        label={t("confirm")}
        value={confirm}
        onChange={setConfirm}
        errorMessage={mismatch ? t("mismatch") : undefined}
      />
      <Button type="submit" isDisabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </Form>
  );
}
