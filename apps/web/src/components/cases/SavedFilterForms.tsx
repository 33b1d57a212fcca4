"use client";

import { SAVED_FILTER_NAME_MAX, savedFilterDeleteInput, savedFilterSaveInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { AccessRefusal, type OwnReason, ownReason } from "@/components/access-requests/AccessRefusal";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormTextField } from "@/components/forms/FormTextField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";

/** Saves the list's current filters (its URL query) under a name. */
export function SaveFilterForm({ view, query }: { view: "mine" | "all"; query: Record<string, string> }) {
  const t = useTranslations("savedFilters");
  const trpc = useTRPC();
  const submission = useIdempotencyKey();
  const [own, setOwn] = useState<OwnReason | null>(null);
  const save = useMutation(trpc.savedFilter.save.mutationOptions());
  const form = useApiForm({
    schema: savedFilterSaveInput,
    defaultValues: { name: "" },
    toInput: (values) => ({ name: values.name, view, query, idempotencyKey: submission.key }),
    submit: (input) => {
      setOwn(null);
      return save.mutateAsync(input);
    },
    onError: (error) => setOwn(ownReason(error)),
    onSuccess: () => {
      submission.renew();
      form.reset({ name: "" });
    },
  });
  return (
    <Form onSubmit={form.onSubmit} className="flex max-w-md flex-col gap-3">
      <AccessRefusal refusal={form.refusal} own={own} />
      <FormTextField
        control={form.control}
        name="name"
        label={t("name")}
        hint={t("nameHint")}
        maxLength={SAVED_FILTER_NAME_MAX}
      />
      <FormActions submit={t("save")} isPending={save.isPending} />
    </Form>
  );
}

/** Deletes one saved filter. */
export function DeleteSavedFilter({ id, name }: { id: string; name: string }) {
  const t = useTranslations("savedFilters");
  const trpc = useTRPC();
  const remove = useMutation(trpc.savedFilter.delete.mutationOptions());
  const form = useApiForm({
    schema: savedFilterDeleteInput,
    defaultValues: {},
    toInput: () => ({ id }),
    submit: (input) => remove.mutateAsync(input),
  });
  return (
    <BoundForm form={form} className="inline-flex">
      <Button
        type="submit"
        variant="secondary"
        className="px-2 py-0.5"
        isDisabled={remove.isPending}
        aria-label={t("deleteNamed", { name })}
      >
        {t("delete")}
      </Button>
    </BoundForm>
  );
}
