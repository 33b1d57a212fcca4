"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { PasswordField } from "@/components/ui/PasswordField";

/** Asks for the password again before a sensitive change. */
export function PasswordConfirm({
  intro,
  submitLabel,
  pending,
  errorMessage,
  onConfirm,
  onCancel,
}: {
  intro: string;
  submitLabel: string;
  pending: boolean;
  errorMessage: string | undefined;
  onConfirm: (password: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account.mfa");
  const [password, setPassword] = useState("");
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm(password);
  }
  return (
    <Form onSubmit={submit} className="flex max-w-sm flex-col gap-3">
      <p className="text-sm">{intro}</p>
      <PasswordField
        kind="current"
        label={t("password")}
        value={password}
        onChange={setPassword}
        errorMessage={errorMessage}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" isDisabled={pending}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </Form>
  );
}
