"use client";

import { PROGRAMMES, type Programme } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";

export function OpenCaseForm({ personId, programmes }: { personId: string; programmes: Option[] }) {
  const t = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [missing, setMissing] = useState(false);
  const submission = useIdempotencyKey();
  const open = useMutation(trpc.case.create.mutationOptions());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!programme) {
      setMissing(true);
      return;
    }
    const created = await open
      .mutateAsync({ personId, programme, idempotencyKey: submission.key })
      .catch(() => null);
    if (!created) return;
    submission.renew();
    router.push(`/cases/${created.id}`);
  }

  return (
    <Form onSubmit={submit} className="mt-3 flex flex-col gap-4">
      {open.isError ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t("person.openCaseFailed")}
        </p>
      ) : null}
      <SelectField
        label={t("person.openCaseProgramme")}
        placeholder={t("person.chooseProgramme")}
        isRequired
        options={programmes}
        selectedKey={programme}
        onSelectionChange={(key) => {
          const value = PROGRAMMES.find((p) => p === key) ?? null;
          setProgramme(value);
          setMissing(value === null);
        }}
        errorMessage={missing ? t("errors.field.required") : undefined}
      />
      <div>
        <Button type="submit" isDisabled={open.isPending}>
          {t("person.openCaseSubmit")}
        </Button>
      </div>
    </Form>
  );
}
