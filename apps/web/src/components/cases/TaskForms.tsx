"use client";

import { type TaskOrigin, taskAddInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormTextField } from "@/components/forms/FormTextField";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { useRefusal } from "@/components/forms/use-refusal";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { useTRPC } from "@/trpc/client";

const EMPTY = { title: "", dueDate: "" };

export function AddTaskForm({ caseId }: { caseId: string }) {
  const t = useTranslations("record.tasks");
  const trpc = useTRPC();
  const add = useMutation(trpc.case.task.add.mutationOptions());
  const form = useEntryForm({
    empty: EMPTY,
    add: {
      schema: taskAddInput,
      toInput: (values, idempotencyKey) => ({
        caseId,
        title: values.title,
        dueDate: values.dueDate.trim() || null,
        idempotencyKey,
      }),
      submit: (input) => add.mutateAsync(input),
    },
  });

  return (
    <BoundForm form={form} className="flex flex-col gap-3">
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <FormTextField control={form.control} name="title" label={t("new")} isRequired maxLength={300} />
        <FormTextField
          control={form.control}
          name="dueDate"
          label={t("due")}
          hint={t("dueHint")}
          type="date"
        />
      </div>
      <div>
        <Button type="submit" isDisabled={add.isPending}>
          {t("add")}
        </Button>
      </div>
    </BoundForm>
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
  const refusal = useRefusal();
  // Shows the choice at once; the page's data catches up when it is refreshed after the save.
  const [checked, setChecked] = useState(done);
  useEffect(() => setChecked(done), [done]);
  const toggle = useMutation(
    trpc.case.task.setDone.mutationOptions({
      onError: (error) => {
        setChecked(done);
        refusal.fail(error);
      },
      onSuccess: refusal.succeed,
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
      <RecordRefusal refusal={refusal} />
    </div>
  );
}
