"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { PasswordField } from "@/components/ui/PasswordField";
import { useTRPC } from "@/trpc/client";
import { accountError } from "./account-errors";

/** Changes the user's own password; the server applies the password rules. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(
    trpc.account.password.change.mutationOptions({
      onSuccess: () => {
        setCurrent("");
        setNext("");
        setRepeat("");
        return queryClient.invalidateQueries({ queryKey: trpc.account.session.list.queryKey() });
      },
    }),
  );
  const refusal = change.error ? accountError(change.error) : null;
  const messageFor = (field: string) =>
    refusal && refusal.field === field ? t(`errors.${refusal.code}`) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <Form onSubmit={submit} className="flex max-w-sm flex-col gap-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("password.rules")}</p>
      {change.data ? (
        <p role="status" className="text-sm font-medium">
          {t("password.changed", { count: change.data.sessionsEnded })}
        </p>
      ) : null}
      {refusal && !refusal.field ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t(`errors.${refusal.code}`)}
        </p>
      ) : null}
      <PasswordField
        kind="current"
        label={t("password.current")}
        value={current}
        onChange={setCurrent}
        errorMessage={messageFor("currentPassword")}
      />
      <PasswordField
        kind="new"
        label={t("password.new")}
        value={next}
        onChange={setNext}
        errorMessage={messageFor("newPassword")}
      />
      <PasswordField
        kind="new"
        label={t("password.repeat")}
        value={repeat}
        onChange={setRepeat}
        errorMessage={mismatch ? t("password.mismatch") : undefined}
      />
      <div>
        <Button type="submit" isDisabled={change.isPending}>
          {t("password.submit")}
        </Button>
      </div>
    </Form>
  );
}
