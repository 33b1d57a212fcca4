"use client";

import { noteAddInput, noteEditInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useApiForm } from "@/components/forms/use-api-form";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

export function AddNoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations("record.notes");
  const trpc = useTRPC();
  const add = useMutation(trpc.case.note.add.mutationOptions());
  const form = useEntryForm({
    empty: { content: "" },
    add: {
      schema: noteAddInput,
      toInput: ({ content }, idempotencyKey) => ({ caseId, content, idempotencyKey }),
      submit: (input) => add.mutateAsync(input),
    },
  });

  return (
    <BoundForm form={form} className="flex flex-col gap-3">
      <FormTextAreaField control={form.control} name="content" label={t("new")} maxLength={10_000} rows={3} />
      <div>
        <Button type="submit" isDisabled={add.isPending}>
          {t("add")}
        </Button>
      </div>
    </BoundForm>
  );
}

interface EditorProps {
  caseId: string;
  noteId: string;
  version: number;
  content: string;
  /** Names the note for assistive technology ("Edit the note of 3 May, 10:15"). */
  label: string;
}

/**
 * Edits a note against the version shown. When someone else saved meanwhile, the save is refused,
 * the text typed here stays, and the latest version can be shown above it before saving again.
 */
export function NoteEditor(props: EditorProps) {
  const t = useTranslations("record.notes");
  return (
    <OpenInPlace opener={t("edit")} label={props.label} className="mt-2 px-3 py-1">
      {(close) => <NoteEditForm {...props} onDone={close} />}
    </OpenInPlace>
  );
}

function NoteEditForm({ caseId, noteId, version, content, onDone }: EditorProps & { onDone: () => void }) {
  const t = useTranslations("record.notes");
  const trpc = useTRPC();
  const edit = useMutation(trpc.case.note.edit.mutationOptions());
  // The version is the one shown now: after "Show the latest version" the save names the new one.
  const form = useApiForm({
    schema: noteEditInput,
    defaultValues: { content },
    toInput: (values) => ({ caseId, noteId, version, content: values.content }),
    submit: (input) => edit.mutateAsync(input),
    onSuccess: onDone,
  });

  return (
    <BoundForm form={form} className="mt-2 flex flex-col gap-3">
      <FormTextAreaField
        control={form.control}
        name="content"
        label={t("text")}
        maxLength={10_000}
        rows={4}
        autoFocus
      />
      <FormActions
        submit={t("save")}
        isPending={edit.isPending}
        cancel={{ label: t("cancel"), onPress: onDone }}
      />
    </BoundForm>
  );
}
