"use client";

import { caseSensitiveSetInput, type SensitiveCategory } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { useTRPC } from "@/trpc/client";

interface Props {
  caseId: string;
  category: SensitiveCategory;
  content: string;
  version: number | null;
}

export function SensitiveNoteEditor({ caseId, category, content, version }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  // The text that was saved: "Saved" is shown until the text is changed again.
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(trpc.case.sensitive.set.mutationOptions());
  const form = useApiForm({
    schema: caseSensitiveSetInput,
    defaultValues: { content },
    toInput: (values) => ({ caseId, category, content: values.content, version }),
    submit: (input) => {
      setSaved(null);
      return save.mutateAsync(input);
    },
    onSuccess: () => setSaved(form.getValues("content")),
  });
  const draft = useWatch({ control: form.control, name: "content" });
  const reason = form.refusal.reason;

  return (
    <Form onSubmit={form.onSubmit} className="mt-2 flex flex-col gap-3">
      {reason ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t(`errors.reason.${reason}`)}
        </p>
      ) : null}
      <FormTextAreaField
        control={form.control}
        name="content"
        label={t("sensitive.editLabel", { category: t(`sensitive.categories.${category}`) })}
        maxLength={10_000}
        rows={4}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" isDisabled={save.isPending || draft === content}>
          {t("sensitive.save")}
        </Button>
        {saved !== null && saved === draft ? (
          <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {t("sensitive.saved")}
          </span>
        ) : null}
      </div>
    </Form>
  );
}
