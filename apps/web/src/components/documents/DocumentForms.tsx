"use client";

import {
  type DocumentCategory,
  documentDeleteInput,
  documentEditInput,
  documentReplaceInput,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormActions } from "@/components/forms/FormActions";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import type { PlaceIssue } from "@/components/forms/input-resolver";
import { OpenInPlace } from "@/components/forms/OpenInPlace";
import { useApiForm } from "@/components/forms/use-api-form";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { DocumentDetailFields } from "./DocumentDetailFields";
import { DocumentFileField } from "./DocumentFileField";
import { documentBody, FILE_FIELDS, sendFile, showFileProblem } from "./send-file";
import {
  expiryOf,
  type FileFormValues,
  fileFields,
  placeOnFile,
  useCategoryOptions,
} from "./UploadDocumentForm";

export interface DocumentShown {
  caseId: string;
  id: string;
  version: number;
  category: DocumentCategory;
  expiresOn: string | null;
  description: string;
  /** The document's file name, which names the buttons for assistive technology. */
  fileName: string;
}

/** What may be done to a document by someone who may change it: its details, its file, deleting it. */
export function DocumentActions(props: DocumentShown) {
  const t = useTranslations("caseDocuments");
  const name = { name: props.fileName };
  return (
    <div className="mt-2 flex flex-wrap items-start gap-2">
      <OpenInPlace opener={t("edit")} label={t("editLabel", name)}>
        {(close) => <EditDocumentForm {...props} onDone={close} />}
      </OpenInPlace>
      <OpenInPlace opener={t("replace")} label={t("replaceLabel", name)}>
        {(close) => <ReplaceDocumentForm {...props} onDone={close} />}
      </OpenInPlace>
      <OpenInPlace opener={t("delete")} label={t("deleteLabel", name)}>
        {(close) => <DeleteDocumentForm {...props} onDone={close} />}
      </OpenInPlace>
    </div>
  );
}

type FormProps = DocumentShown & { onDone: () => void };

const formClass =
  "flex w-full max-w-xl flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700";

/** Category, expiry date and description, against the version shown; a stale save offers the latest. */
function EditDocumentForm({ caseId, id, version, category, expiresOn, description, onDone }: FormProps) {
  const t = useTranslations();
  const trpc = useTRPC();
  const edit = useMutation(trpc.case.document.edit.mutationOptions());
  const categories = useCategoryOptions();
  const form = useApiForm({
    schema: documentEditInput,
    defaultValues: { category: category as DocumentCategory | "", expiresOn: expiresOn ?? "", description },
    toInput: (values) => ({
      caseId,
      documentId: id,
      version,
      category: values.category,
      expiresOn: expiryOf(values.category, values.expiresOn),
      description: values.description,
    }),
    submit: (input) => edit.mutateAsync(input),
    onSuccess: onDone,
  });
  return (
    <BoundForm form={form} className={formClass}>
      <DocumentDetailFields
        control={form.control}
        category={form.watch("category")}
        categories={categories}
      />
      <FormActions
        submit={t("caseDocuments.save")}
        isPending={edit.isPending}
        cancel={{ label: t("caseDocuments.cancel"), onPress: onDone }}
      />
    </BoundForm>
  );
}

/**
 * A new file for the document, which keeps its category; the old file stays in its history. Sent
 * once however often it is resent (idempotency key), and refused if the document changed meanwhile.
 */
function ReplaceDocumentForm({ id, version, category, expiresOn, description, onDone }: FormProps) {
  const t = useTranslations();
  const submission = useIdempotencyKey();
  const form = useApiForm({
    schema: documentReplaceInput,
    defaultValues: { file: null, expiresOn: expiresOn ?? "", description } as FileFormValues,
    place: placeOnFile as PlaceIssue<FileFormValues>,
    serverField: (key) => (FILE_FIELDS.has(key) ? "file" : key),
    toInput: (values) => ({
      documentId: id,
      version,
      ...fileFields(values.file),
      expiresOn: expiryOf(category, values.expiresOn),
      description: values.description,
      idempotencyKey: submission.key,
    }),
    submit: (input): Promise<{ id: string; version: number }> =>
      sendFile(
        `/api/documents/${id}/versions`,
        documentBody(form.getValues("file") as File, { version: String(input.version) }, input),
      ),
    onSuccess: () => {
      submission.renew();
      onDone();
    },
    onError: (error): void => showFileProblem(form, error),
  });
  return (
    <BoundForm form={form} className={formClass}>
      <DocumentFileField control={form.control} name="file" label={t("caseDocuments.newFile")} />
      <DocumentDetailFields control={form.control} category={category} />
      <FormActions
        submit={t("caseDocuments.replaceSubmit")}
        isPending={form.formState.isSubmitting}
        cancel={{ label: t("caseDocuments.cancel"), onPress: onDone }}
      />
    </BoundForm>
  );
}

/** Deletes the document, every version of it, with the reason why. */
function DeleteDocumentForm({ caseId, id, version, onDone }: FormProps) {
  const t = useTranslations("caseDocuments");
  const trpc = useTRPC();
  const remove = useMutation(trpc.case.document.delete.mutationOptions());
  const form = useApiForm({
    schema: documentDeleteInput,
    defaultValues: { reason: "" },
    toInput: (values) => ({ caseId, documentId: id, version, reason: values.reason }),
    submit: (input) => remove.mutateAsync(input),
    onSuccess: onDone,
  });
  return (
    <BoundForm form={form} className={formClass}>
      <p className="text-sm">{t("deleteIntro")}</p>
      <FormTextAreaField
        control={form.control}
        name="reason"
        label={t("deleteReason")}
        isRequired
        maxLength={500}
        rows={2}
        autoFocus
      />
      <FormActions
        submit={t("deleteSubmit")}
        isPending={remove.isPending}
        cancel={{ label: t("cancel"), onPress: onDone }}
      />
    </BoundForm>
  );
}
