"use client";

import { SIGN_IN_CODE_INVALID, SIGN_IN_CODE_REQUIRED } from "@kelias/auth/sign-in-errors";
import type { Role } from "@kelias/domain";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { PasswordField } from "@/components/ui/PasswordField";
import { TextField } from "@/components/ui/TextField";

interface Props {
  callbackPath: string;
  sessionEnded: boolean;
  demoAccounts: { email: string; role: Role }[];
  demoPassword: string | null;
}

export function SignInForm({ callbackPath, sessionEnded, demoAccounts, demoPassword }: Props) {
  const t = useTranslations();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  /** Second step: the password was right and the account has a second factor. */
  const [askCode, setAskCode] = useState(false);
  const [failed, setFailed] = useState<"credentials" | "code" | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFailed(null);
    // Only the second step sends a code (next-auth would send an absent field as "undefined").
    const result = await signIn("credentials", {
      email,
      password,
      ...(askCode ? { code } : {}),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full page load under the new session cookie: a client-side move raced the proxy's redirect
      // to enrolment and could leave the page blank.
      window.location.assign(callbackPath);
      return;
    }
    setPending(false);
    if (result?.error === SIGN_IN_CODE_REQUIRED) {
      setAskCode(true);
      return;
    }
    if (result?.error === SIGN_IN_CODE_INVALID) {
      setCode("");
      setFailed("code");
      return;
    }
    // Anything else, also during the second step (e.g. the account got locked): start over.
    setAskCode(false);
    setCode("");
    setFailed("credentials");
  }

  function startOver() {
    setAskCode(false);
    setCode("");
    setPassword("");
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
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("signIn.codeIntro", { email })}</p>
          <TextField
            label={t("signIn.code")}
            hint={t("signIn.codeHint")}
            name="code"
            autoComplete="one-time-code"
            autoFocus
            isRequired
            maxLength={64}
            value={code}
            onChange={setCode}
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
          <TextField
            label={t("signIn.email")}
            name="email"
            type="email"
            autoComplete="username"
            isRequired
            value={email}
            onChange={setEmail}
          />
          <PasswordField
            kind="current"
            label={t("signIn.password")}
            name="password"
            value={password}
            onChange={setPassword}
          />
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
                    setEmail(account.email);
                    setPassword(demoPassword);
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
