"use client";

import { PASSWORD_MIN_LENGTH, passwordChangeForm } from "@kelias/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormPasswordField } from "@/components/forms/FormPasswordField";
import { useApiForm } from "@/components/forms/use-api-form";
import { useTRPC } from "@/trpc/client";

const EMPTY = { currentPassword: "", newPassword: "", repeat: "" };

/** Changes the user's own password; the server applies the password rules. */
export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(trpc.account.password.change.mutationOptions());
  const form = useApiForm({
    schema: passwordChangeForm,
    defaultValues: EMPTY,
    toInput: (values) => values,
    // The repeat is the form's own.
    submit: ({ repeat: _, ...input }) => change.mutateAsync(input),
    onSuccess: () => {
      form.reset(EMPTY);
      return queryClient.invalidateQueries({ queryKey: trpc.account.session.list.queryKey() });
    },
    // The account page's lists are queries of their own, refreshed above.
    refresh: false,
  });
  const { control } = form;

  return (
    <BoundForm form={form} className="flex max-w-sm flex-col gap-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("rules", { min: PASSWORD_MIN_LENGTH })}</p>
      {change.data ? (
        <p role="status" className="text-sm font-medium">
          {t("changed", { count: change.data.sessionsEnded })}
        </p>
      ) : null}
      <FormPasswordField control={control} name="currentPassword" kind="current" label={t("current")} />
      <FormPasswordField control={control} name="newPassword" kind="new" label={t("new")} />
      <FormPasswordField control={control} name="repeat" kind="new" label={t("repeat")} />
      <FormActions submit={t("submit")} isPending={change.isPending} />
    </BoundForm>
  );
}
