"use client";

import { type PasswordConfirmInput, passwordConfirmInput } from "@kelias/domain";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormPasswordField } from "@/components/forms/FormPasswordField";
import { useApiForm } from "@/components/forms/use-api-form";

/** Asks for the password again before a sensitive change, which `submit` makes with it. */
export function PasswordConfirm({
  intro,
  submitLabel,
  pending,
  submit,
  onClose,
}: {
  intro: string;
  submitLabel: string;
  pending: boolean;
  submit: (input: PasswordConfirmInput) => Promise<unknown>;
  /** Once the change is made, or when cancelled. */
  onClose: () => void;
}) {
  const t = useTranslations("account.mfa");
  const form = useApiForm({
    schema: passwordConfirmInput,
    defaultValues: { password: "" },
    toInput: (values) => values,
    submit,
    onSuccess: onClose,
    // The account page's state is a query of its own, refreshed by the change.
    refresh: false,
  });
  return (
    <BoundForm form={form} className="flex max-w-sm flex-col gap-3">
      <p className="text-sm">{intro}</p>
      <FormPasswordField control={form.control} name="password" kind="current" label={t("password")} />
      <FormActions
        submit={submitLabel}
        isPending={pending}
        cancel={{ label: t("cancel"), onPress: onClose }}
      />
    </BoundForm>
  );
}
