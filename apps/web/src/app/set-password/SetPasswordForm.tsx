"use client";

import { PASSWORD_MIN_LENGTH, setPasswordForm } from "@kelias/domain";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormActions } from "@/components/forms/FormActions";
import { FormPasswordField } from "@/components/forms/FormPasswordField";
import { useInputForm } from "@/components/forms/use-input-form";
import { Form } from "@/components/ui/Form";
import { setPasswordAction } from "./actions";

/** What is wrong with the link itself (the password's refusals are shown on its field). */
type LinkRefusal = "link_invalid" | "link_used" | "link_expired" | "generic";

/** Chooses a password through a one-time link, then goes on to sign in. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("setPassword");
  const router = useRouter();
  const [refusal, setRefusal] = useState<LinkRefusal | null>(null);
  const form = useInputForm({
    schema: setPasswordForm,
    defaultValues: { password: "", repeat: "" },
    toInput: (values) => ({ token, ...values }),
  });

  const submit = form.handleSubmit(
    async ({ token, password }) => {
      setRefusal(null);
      let result: Awaited<ReturnType<typeof setPasswordAction>>;
      try {
        result = await setPasswordAction(token, password);
      } catch {
        setRefusal("generic");
        return;
      }
      if (result.ok) router.replace("/signin");
      else if (result.field === "token") setRefusal(result.reason as LinkRefusal);
      else {
        // The password rules' reasons are field codes ("password_too_short"); a malformed one is "invalid".
        const code = result.reason === "invalid" ? "invalid" : `password_${result.reason}`;
        form.setError("password", { type: "server", message: code });
      }
    },
    () => setRefusal(null),
  );

  return (
    <Form onSubmit={submit} className="mt-6 flex flex-col gap-4">
      {refusal ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t(`reasons.${refusal}`)}
        </p>
      ) : null}
      <FormPasswordField
        control={form.control}
        name="password"
        kind="new"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
      />
      <FormPasswordField control={form.control} name="repeat" kind="new" label={t("confirm")} />
      <FormActions
        submit={form.formState.isSubmitting ? t("submitting") : t("submit")}
        isPending={form.formState.isSubmitting}
      />
    </Form>
  );
}
