"use client";

import { SIGN_IN_CODE_INVALID, SIGN_IN_CODE_REQUIRED } from "@kelias/auth/sign-in-errors";
import { type Role, signInInput } from "@kelias/domain";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormPasswordField } from "@/components/forms/FormPasswordField";
import { FormTextField } from "@/components/forms/FormTextField";
import { useInputForm } from "@/components/forms/use-input-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";

interface Props {
  callbackPath: string;
  sessionEnded: boolean;
  demoAccounts: { email: string; role: Role }[];
  demoPassword: string | null;
}

/** Signs in through next-auth: the password first and, for an account with a second factor, a code. */
export function SignInForm({ callbackPath, sessionEnded, demoAccounts, demoPassword }: Props) {
  const t = useTranslations();
  /** Second step: the password was right and the account has a second factor. */
  const [askCode, setAskCode] = useState(false);
  const [failed, setFailed] = useState<"credentials" | "code" | null>(null);
  /** Signed in: the page is being left, and the form stays busy until it is. */
  const [leaving, setLeaving] = useState(false);
  const form = useInputForm({
    schema: signInInput,
    defaultValues: { email: "", password: "", code: "" },
    // Only the second step sends a code (next-auth would send an absent field as "undefined").
    toInput: ({ code, ...credentials }) => (askCode ? { ...credentials, code } : credentials),
  });
  const { control, setValue } = form;
  const pending = form.formState.isSubmitting || leaving;

  const submit = form.handleSubmit(async (input) => {
    setFailed(null);
    const result = await signIn("credentials", { ...input, redirect: false });
    if (result?.ok && !result.error) {
      // A full page load under the new session cookie: a client-side move raced the proxy's redirect
      // to enrolment and could leave the page blank.
      setLeaving(true);
      window.location.assign(callbackPath);
      return;
    }
    if (result?.error === SIGN_IN_CODE_REQUIRED) {
      setAskCode(true);
      return;
    }
    setValue("code", "");
    if (result?.error === SIGN_IN_CODE_INVALID) {
      setFailed("code");
      return;
    }
    // Anything else, also during the second step (e.g. the account got locked): start over.
    setAskCode(false);
    setFailed("credentials");
  });

  function startOver() {
    setAskCode(false);
    setValue("code", "");
    setValue("password", "");
    setFailed(null);
  }

  return (
    <>
      {sessionEnded && !failed && !askCode ? (
        <p
          role="status"
          className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {t("signIn.sessionEnded")}
        </p>
      ) : null}
      {failed ? (
        <p
          role="alert"
          className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {failed === "code" ? t("signIn.codeInvalid") : t("signIn.failed")}
        </p>
      ) : null}
      {askCode ? (
        <Form onSubmit={submit} className="mt-6 flex flex-col gap-4">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t("signIn.codeIntro", { email: form.getValues("email") })}
          </p>
          <FormTextField
            control={control}
            name="code"
            label={t("signIn.code")}
            hint={t("signIn.codeHint")}
            autoComplete="one-time-code"
            autoFocus
            isRequired
            maxLength={64}
          />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" isDisabled={pending}>
              {pending ? t("signIn.verifying") : t("signIn.verify")}
            </Button>
            <Button variant="secondary" onPress={startOver}>
              {t("signIn.startOver")}
            </Button>
          </div>
        </Form>
      ) : (
        <Form onSubmit={submit} className="mt-6 flex flex-col gap-4">
          <FormTextField
            control={control}
            name="email"
            label={t("signIn.email")}
            type="email"
            autoComplete="username"
            isRequired
          />
          <FormPasswordField control={control} name="password" kind="current" label={t("signIn.password")} />
          <Button type="submit" isDisabled={pending}>
            {pending ? t("signIn.submitting") : t("signIn.submit")}
          </Button>
        </Form>
      )}
      {demoPassword && !askCode ? (
        <section
          aria-labelledby="demo-accounts"
          className="mt-10 rounded-md border border-slate-200 p-4 dark:border-slate-700"
        >
          <h2 id="demo-accounts" className="text-base font-semibold">
            {t("signIn.demoTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t("signIn.demoIntro", { password: demoPassword })}
          </p>
          <ul className="mt-3 flex flex-col gap-1">
            {demoAccounts.map((account) => (
              <li key={account.email} className="flex items-center justify-between gap-3 text-sm">
                <span>
                  <span className="font-mono">{account.email}</span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">({t(`roles.${account.role}`)})</span>
                </span>
                <Button
                  variant="ghost"
                  className="px-2 py-1"
                  aria-label={t("signIn.demoUse", { email: account.email })}
                  onPress={() => {
                    setValue("email", account.email);
                    setValue("password", demoPassword);
                  }}
                >
                  {t("signIn.demoUseShort")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
