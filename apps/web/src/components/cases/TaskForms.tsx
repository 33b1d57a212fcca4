"use client";

import { type TaskOrigin, taskAddInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { TextField } from "@/components/ui/TextField";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { CheckboxField, RecordRefusal, useRecordForm } from "./RecordForm";

export function AddTaskForm({ caseId }: { caseId: string }) {
  const t = useTranslations("record.tasks");
  const trpc = useTRPC();
  const form = useRecordForm();
  const submission = useIdempotencyKey();
  const [title, setTitle] = useState("");
  const [dueDate, setDueDate] = useState("");
  const add = useMutation(
    trpc.case.task.add.mutationOptions({
      onError: form.fail,
      onSuccess: () => {
        setTitle("");
        setDueDate("");
        submission.renew();
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(taskAddInput, {
      caseId,
      title,
      dueDate: dueDate.trim() || null,
      idempotencyKey: submission.key,
    });
    if (input) add.mutate(input);
  }

  return (
    <Form onSubmit={submit} className="flex flex-col gap-3">
      <RecordRefusal form={form} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField
          label={t("new")}
          isRequired
          value={title}
          onChange={setTitle}
          maxLength={300}
          errorMessage={form.message("title")}
        />
        <TextField
          label={t("due")}
          hint={t("dueHint")}
          type="date"
          value={dueDate}
          onChange={setDueDate}
          errorMessage={form.message("dueDate")}
        />
      </div>
      <div>
        <Button type="submit" isDisabled={add.isPending}>
          {t("add")}
        </Button>
      </div>
    </Form>
  );
}

interface ToggleProps {
  caseId: string;
  taskId: string;
  origin: TaskOrigin;
  version: number;
  done: boolean;
  /** The task's name, which labels the checkbox. */
  label: string;
}

/** Ticks a task or opens it again; refused when someone else changed it since the page was shown. */
export function TaskToggle({ caseId, taskId, origin, version, done, label }: ToggleProps) {
  const trpc = useTRPC();
  const form = useRecordForm();
  // Shows the choice at once; the page's data catches up when it is refreshed after the save.
  const [checked, setChecked] = useState(done);
  useEffect(() => setChecked(done), [done]);
  const toggle = useMutation(
    trpc.case.task.setDone.mutationOptions({
      onError: (error) => {
        setChecked(done);
        form.fail(error);
      },
      onSuccess: form.succeed,
    }),
  );
  return (
    <div className="flex flex-col gap-2">
      <CheckboxField
        isSelected={checked}
        isDisabled={toggle.isPending}
        onChange={(selected) => {
          setChecked(selected);
          toggle.mutate({ caseId, taskId, origin, version, done: selected });
        }}
      >
        {label}
      </CheckboxField>
      <RecordRefusal form={form} />
    </div>
  );
}
