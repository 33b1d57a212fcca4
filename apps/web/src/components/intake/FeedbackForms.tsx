"use client";

import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_RATING,
  type FeedbackChannel,
  type FeedbackKind,
  feedbackAddInput,
  feedbackEditInput,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { FormTextField } from "@/components/forms/FormTextField";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { useTRPC } from "@/trpc/client";

export interface FeedbackValues {
  kind: FeedbackKind | "";
  channel: FeedbackChannel | "";
  receivedOn: string;
  topic: string;
  detail: string;
  /** "" or "none" for none, else "1" … "5". */
  rating: string;
  resolution: string;
  resolvedOn: string;
}

interface Props {
  caseId: string;
  /** Today in the office: new feedback's default date. */
  today: string;
  editing?: { feedbackId: string; version: number; values: FeedbackValues; onDone: () => void };
}

function toInput(values: FeedbackValues) {
  return {
    kind: values.kind || undefined,
    channel: values.channel || undefined,
    receivedOn: values.receivedOn,
    topic: values.topic,
    detail: values.detail,
    rating: values.rating === "" || values.rating === NO_RATING ? null : Number(values.rating),
    resolution: values.resolution,
    resolvedOn: values.resolvedOn === "" ? null : values.resolvedOn,
  };
}

/** The option that clears a rating. */
const NO_RATING = "none";

const RATINGS = Array.from({ length: FEEDBACK_RATING.max - FEEDBACK_RATING.min + 1 }, (_, i) =>
  String(FEEDBACK_RATING.min + i),
);

/** Records feedback from the person the case serves, or changes (and resolves) one against its version. */
export function FeedbackForm({ caseId, today, editing }: Props) {
  const t = useTranslations("intake.feedback");
  const trpc = useTRPC();
  const add = useMutation(trpc.case.feedback.add.mutationOptions());
  const edit = useMutation(trpc.case.feedback.edit.mutationOptions());
  const empty: FeedbackValues = {
    kind: "",
    channel: "",
    receivedOn: today,
    topic: "",
    detail: "",
    rating: "",
    resolution: "",
    resolvedOn: "",
  };
  const form = useEntryForm({
    editing,
    defaultValues: editing ? editing.values : empty,
    empty,
    add: {
      schema: feedbackAddInput,
      toInput: (values, idempotencyKey) => ({ caseId, ...toInput(values), idempotencyKey }),
      submit: (input) => add.mutateAsync(input),
    },
    edit: {
      schema: feedbackEditInput,
      toInput: (values, { feedbackId, version }) => ({ caseId, feedbackId, version, ...toInput(values) }),
      submit: (input) => edit.mutateAsync(input),
    },
  });
  const { control } = form;
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelectField
          control={control}
          name="kind"
          label={t("kind")}
          placeholder={t("chooseKind")}
          isRequired
          options={FEEDBACK_KINDS.map((kind) => ({ id: kind, label: t(`kinds.${kind}`) }))}
        />
        <FormSelectField
          control={control}
          name="channel"
          label={t("channel")}
          placeholder={t("chooseChannel")}
          isRequired
          options={FEEDBACK_CHANNELS.map((channel) => ({ id: channel, label: t(`channels.${channel}`) }))}
        />
        <FormTextField
          control={control}
          name="receivedOn"
          label={t("receivedOn")}
          type="date"
          isRequired
          messages={{ too_early: t("tooEarly") }}
        />
        <FormSelectField
          control={control}
          name="rating"
          label={t("rating")}
          placeholder={t("noRating")}
          messages={{ invalid: t("ratingInvalid") }}
          options={[
            { id: NO_RATING, label: t("noRating") },
            ...RATINGS.map((r) => ({ id: r, label: t(`ratings.${r as "1"}`) })),
          ]}
        />
      </div>
      <FormTextField control={control} name="topic" label={t("topic")} isRequired maxLength={200} />
      <FormTextAreaField control={control} name="detail" label={t("detail")} maxLength={4000} rows={2} />
      <FormTextAreaField
        control={control}
        name="resolution"
        label={t("resolution")}
        hint={t("resolutionHint")}
        maxLength={4000}
        rows={2}
      />
      <FormTextField
        control={control}
        name="resolvedOn"
        label={t("resolvedOn")}
        type="date"
        messages={{ too_early: t("tooEarly"), before_start: t("resolvedBeforeReceived") }}
      />
      <FormActions
        submit={editing ? t("save") : t("submitAdd")}
        isPending={add.isPending || edit.isPending}
        cancel={editing ? { label: t("cancel"), onPress: editing.onDone } : undefined}
      />
    </BoundForm>
  );
}

/** "Edit" (and resolve) a feedback record, opened in place. */
export function FeedbackEdit(props: {
  caseId: string;
  today: string;
  feedbackId: string;
  version: number;
  values: FeedbackValues;
  what: string;
}) {
  const t = useTranslations("intake.feedback");
  return (
    <div className="mt-2">
      <OpenInPlace opener={t("edit")} label={t("editLabel", { what: props.what })}>
        {(close) => (
          <div className="mt-3 w-full">
            <FeedbackForm
              caseId={props.caseId}
              today={props.today}
              editing={{
                feedbackId: props.feedbackId,
                version: props.version,
                values: props.values,
                onDone: close,
              }}
            />
          </div>
        )}
      </OpenInPlace>
    </div>
  );
}
