"use client";

import { noteAddInput, noteEditInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { RecordRefusal, useRecordForm } from "./RecordForm";

export function AddNoteForm({ caseId }: { caseId: string }) {
  const t = useTranslations("record.notes");
  const trpc = useTRPC();
  const form = useRecordForm();
  const submission = useIdempotencyKey();
  const [content, setContent] = useState("");
  const add = useMutation(
    trpc.case.note.add.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setContent("");
        submission.renew();
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(noteAddInput, { caseId, content, idempotencyKey: submission.key });
    if (input) add.mutate(input);
  }

  return (
    <Form onSubmit={submit} className="flex flex-col gap-3">
      <RecordRefusal form={form} />
      <TextAreaField
        label={t("new")}
        value={content}
        onChange={setContent}
        maxLength={10_000}
        rows={3}
        errorMessage={form.message("content")}
      />
      <div>
        <Button type="submit" isDisabled={add.isPending}>
          {t("add")}
        </Button>
      </div>
    </Form>
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
export function NoteEditor({ caseId, noteId, version, content, label }: EditorProps) {
  const t = useTranslations("record.notes");
  const trpc = useTRPC();
  const form = useRecordForm();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(content);
  const edit = useMutation(
    trpc.case.note.edit.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setEditing(false);
        form.succeed();
      },
    }),
  );

  if (!editing) {
    return (
      <Button
        variant="secondary"
        className="mt-2 px-3 py-1"
        aria-label={label}
        onPress={() => {
          setDraft(content);
          setEditing(true);
        }}
      >
        {t("edit")}
      </Button>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(noteEditInput, { caseId, noteId, version, content: draft });
    if (input) edit.mutate(input);
  }

  return (
    <Form onSubmit={submit} className="mt-2 flex flex-col gap-3">
      <RecordRefusal form={form} />
      <TextAreaField
        label={t("text")}
        value={draft}
        onChange={setDraft}
        maxLength={10_000}
        rows={4}
        autoFocus
        errorMessage={form.message("content")}
      />
      <div className="flex gap-3">
        <Button type="submit" isDisabled={edit.isPending}>
          {t("save")}
        </Button>
        <Button variant="secondary" onPress={() => setEditing(false)}>
          {t("cancel")}
        </Button>
      </div>
    </Form>
  );
}
