"use client";

import {
  FAMILY_MEMBER_RELATIONSHIPS,
  familyMemberForm,
  type FamilyMemberForm as Values,
} from "@kelias/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { FamilyRefusal, type FamilyRefusalCode, familyRefusalCodes } from "./FamilyRefusal";

type Props =
  /** Creates a family of this case, as its head, and the case named. */
  | { mode: "create"; caseId: string }
  /** Adds the case named to the family. */
  | { mode: "add"; familyId: string; version: number };

/**
 * Names another case by its reference and its person's relationship to the head: a new family with
 * this case as head, or one more member of a family. The reference is looked up first (a case the
 * user may not read is not found, as one that does not exist).
 */
export function FamilyMemberForm(props: Props) {
  const t = useTranslations("family");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const submission = useIdempotencyKey();
  const [refusal, setRefusal] = useState<FamilyRefusalCode[] | null>(null);
  const create = useMutation(trpc.family.create.mutationOptions());
  const add = useMutation(trpc.family.member.add.mutationOptions());

  const form = useApiForm({
    schema: familyMemberForm,
    defaultValues: { reference: "", relationship: "spouse" } as Values,
    toInput: (values) => values,
    refresh: props.mode === "add",
    submit: async (input: Values) => {
      const found = await queryClient.fetchQuery(
        trpc.case.findByReference.queryOptions({ reference: input.reference }),
      );
      if (props.mode === "create") {
        return create.mutateAsync({
          idempotencyKey: submission.key,
          members: [
            { caseId: props.caseId, relationship: "head" },
            { caseId: found.id, relationship: input.relationship },
          ],
        });
      }
      return add.mutateAsync({
        familyId: props.familyId,
        version: props.version,
        caseId: found.id,
        relationship: input.relationship,
      });
    },
    onError: (error) => setRefusal(familyRefusalCodes(error)),
    onSuccess: (result) => {
      setRefusal(null);
      submission.renew();
      form.reset({ reference: "", relationship: "spouse" });
      if (props.mode === "create") router.push(`/families/${result.id}`);
    },
  });
  const busy = create.isPending || add.isPending;
  const title = props.mode === "create" ? t("create.title") : t("add.title");

  return (
    <Form onSubmit={form.onSubmit} aria-label={title} className="flex max-w-xl flex-col gap-3">
      <ErrorSummary fields={form.errorSummary} />
      <FamilyRefusal codes={refusal} />
      <FormTextField
        control={form.control}
        name="reference"
        label={t("form.reference")}
        hint={t("form.referenceHint")}
        maxLength={40}
        autoComplete="off"
      />
      <FormSelectField
        control={form.control}
        name="relationship"
        label={t("form.relationship")}
        options={FAMILY_MEMBER_RELATIONSHIPS.map((r) => ({ id: r, label: t(`relationships.${r}`) }))}
      />
      <div>
        <Button type="submit" isDisabled={busy}>
          {props.mode === "create" ? t("create.submit") : t("add.submit")}
        </Button>
      </div>
    </Form>
  );
}
