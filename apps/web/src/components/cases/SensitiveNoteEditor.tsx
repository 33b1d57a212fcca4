"use client";

import type { SensitiveCategory } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { type RefusalReason, refusalReason } from "@/lib/api-errors";
import { useTRPC } from "@/trpc/client";

interface Props {
  caseId: string;
  category: SensitiveCategory;
  content: string;
  version: number | null;
}

export function SensitiveNoteEditor({ caseId, category, content, version }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const [draft, setDraft] = useState(content);
  const [reason, setReason] = useState<RefusalReason | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.case.sensitive.set.mutationOptions({
      onError: (error) => setReason(refusalReason(error)),
      onSuccess: () => {
        setReason(null);
        setSaved(true);
        router.refresh();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    save.mutate({ caseId, category, content: draft, version });
  }

  return (
    <Form onSubmit={submit} className="mt-2 flex flex-col gap-3">
      {reason ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t(`errors.reason.${reason}`)}
        </p>
      ) : null}
      <TextAreaField
        label={t("sensitive.editLabel", { category: t(`sensitive.categories.${category}`) })}
        value={draft}
        onChange={(value) => {
          setDraft(value);
          setSaved(false);
        }}
        maxLength={10_000}
        rows={4}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" isDisabled={save.isPending || draft === content}>
          {t("sensitive.save")}
        </Button>
        {saved ? (
          <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {t("sensitive.saved")}
          </span>
        ) : null}
      </div>
    </Form>
  );
}
