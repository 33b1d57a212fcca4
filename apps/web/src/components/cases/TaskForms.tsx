"use client";

import { TASK_PRIORITIES, type TaskOrigin, taskAddInput, taskAssignInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import { useApiForm } from "@/components/forms/use-api-form";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { useRefusal } from "@/components/forms/use-refusal";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import type { Option } from "@/components/ui/SelectField";
import { useTRPC } from "@/trpc/client";

/**
 * Adds a task, given by default to the case's owner (the first of `people`, the people who work on
 * the case), with normal priority.
 */
export function AddTaskForm({ caseId, people }: { caseId: string; people: readonly Option[] }) {
  const t = useTranslations("record.tasks");
  const tDay = useTranslations("myDay");
  const trpc = useTRPC();
  const add = useMutation(trpc.case.task.add.mutationOptions());
  const empty = { title: "", dueDate: "", priority: "normal", assigneeId: people[0]?.id ?? "" };
  const form = useEntryForm({
    empty,
    add: {
      schema: taskAddInput,
      toInput: (values, idempotencyKey) => ({
        caseId,
        title: values.title,
        dueDate: values.dueDate.trim() || null,
        priority: values.priority,
        assigneeId: values.assigneeId || null,
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
        <FormSelectField
          control={form.control}
          name="assigneeId"
          label={tDay("tasks.assignee")}
          options={people}
        />
        <FormSelectField
          control={form.control}
          name="priority"
          label={tDay("priority")}
          options={TASK_PRIORITIES.map((p) => ({ id: p, label: tDay(`priorities.${p}`) }))}
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

interface AssignProps {
  caseId: string;
  taskId: string;
  origin: TaskOrigin;
  version: number;
  /** Who does it now. */
  assigneeId: string;
  /** The people who work on the case, the owner first. */
  people: readonly Option[];
  /** The task's name, for the button's accessible name. */
  label: string;
}

/** Gives the task to someone else who works on the case; refused when it changed since it was shown. */
export function TaskAssign({ caseId, taskId, origin, version, assigneeId, people, label }: AssignProps) {
  const t = useTranslations("myDay.tasks");
  return (
    <OpenInPlace opener={t("reassign")} label={t("reassignLabel", { task: label })}>
      {(close) => (
        <TaskAssignForm
          caseId={caseId}
          taskId={taskId}
          origin={origin}
          version={version}
          assigneeId={assigneeId}
          people={people}
          onDone={close}
        />
      )}
    </OpenInPlace>
  );
}

function TaskAssignForm({
  caseId,
  taskId,
  origin,
  version,
  assigneeId,
  people,
  onDone,
}: Omit<AssignProps, "label"> & { onDone: () => void }) {
  const t = useTranslations("myDay.tasks");
  const trpc = useTRPC();
  const assign = useMutation(trpc.case.task.assign.mutationOptions());
  const form = useApiForm({
    schema: taskAssignInput,
    defaultValues: { assigneeId },
    toInput: (values) => ({ caseId, taskId, origin, version, assigneeId: values.assigneeId }),
    submit: (input) => assign.mutateAsync(input),
    onSuccess: onDone,
  });
  return (
    <BoundForm form={form} className="mt-2 flex max-w-sm flex-col gap-3">
      <FormSelectField
        control={form.control}
        name="assigneeId"
        label={t("assignee")}
        options={people}
        isRequired
      />
      <FormActions
        submit={t("reassignSubmit")}
        isPending={assign.isPending}
        cancel={{ label: t("cancel"), onPress: onDone }}
      />
    </BoundForm>
  );
}
