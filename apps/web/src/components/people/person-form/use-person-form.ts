"use client";

import { personCreateInput, personUpdateInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useApiForm } from "@/components/forms/use-api-form";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import type { Duplicates } from "../DuplicateWarning";
import {
  EMPTY_PERSON,
  formPath,
  type PersonFormValues,
  placeIssue,
  toPersonInput,
} from "./person-form-values";

/** The person being edited, as read; absent for a registration. */
export interface EditedPerson {
  id: string;
  version: number;
  documentsWithheld: boolean;
  values: PersonFormValues;
}

type Saved = { kind: "saved"; id: string } | { kind: "duplicates" };

/**
 * Registration and edit of a person, checked by the person's input schema. A registration first
 * asks for possible duplicates: when there are some, the form shows them and saves only once the
 * caseworker goes on with the same input.
 */
export function usePersonForm(person: EditedPerson | undefined) {
  const router = useRouter();
  const trpc = useTRPC();
  const submission = useIdempotencyKey();
  const [invalid, setInvalid] = useState(false);
  const [duplicates, setDuplicates] = useState<{ key: string; result: Duplicates } | null>(null);
  const [checking, setChecking] = useState(false);
  const acknowledged = useRef(false);
  const warningHeading = useRef<HTMLHeadingElement>(null);
  const create = useMutation(trpc.person.create.mutationOptions());
  const update = useMutation(trpc.person.update.mutationOptions());
  const checkDuplicates = useMutation(trpc.person.checkDuplicates.mutationOptions());

  // A new warning takes the focus, so that it is read out and the next Tab reaches its links.
  useEffect(() => {
    if (duplicates) warningHeading.current?.focus();
  }, [duplicates]);

  const form = useApiForm({
    schema: personCreateInput,
    defaultValues: person?.values ?? EMPTY_PERSON,
    toInput: toPersonInput,
    place: placeIssue,
    serverField: (key, values) => formPath([key], values.birthMode),
    onInvalid: () => setInvalid(true),
    refresh: false,
    submit: async (checked): Promise<Saved> => {
      setInvalid(false);
      try {
        if (person) {
          const { documents, ...rest } = personUpdateInput.parse({
            ...toPersonInput(form.getValues()),
            id: person.id,
            version: person.version,
          });
          // Documents withheld from the editor are left out, so the update keeps them as they are.
          await update.mutateAsync(person.documentsWithheld ? rest : { ...rest, documents });
          return { kind: "saved", id: person.id };
        }
        const key = JSON.stringify(checked);
        if (!(acknowledged.current && duplicates?.key === key)) {
          setChecking(true);
          const result = await checkDuplicates.mutateAsync(checked).finally(() => setChecking(false));
          if (result.matches.length > 0 || result.outOfScope) {
            setDuplicates({ key, result });
            return { kind: "duplicates" };
          }
        }
        const { id } = await create.mutateAsync({ ...checked, idempotencyKey: submission.key });
        submission.renew();
        return { kind: "saved", id };
      } finally {
        acknowledged.current = false;
      }
    },
    onSuccess: (saved) => {
      if (saved.kind !== "saved") return;
      router.push(`/people/${saved.id}`);
      if (person) router.refresh();
    },
  });

  return {
    form,
    /** The form was refused by its schema: the errors are next to the fields. */
    invalid,
    duplicates,
    warningHeading,
    checking,
    pending: create.isPending || update.isPending || checking,
    /** Saves despite the possible duplicates shown, if the input is still the one they were found for. */
    continueDespiteDuplicates() {
      acknowledged.current = true;
      void form.onSubmit();
    },
  };
}
