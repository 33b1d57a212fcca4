"use client";

import { DOCUMENT_CATEGORIES, type DocumentCategory, documentUploadInput, hasExpiry } from "@kelias/domain";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { BoundForm } from "@/components/forms/BoundForm";
import { defaultPlace, type PlaceIssue } from "@/components/forms/input-resolver";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { Button } from "@/components/ui/Button";
import type { FieldErrorCode } from "@/lib/field-errors";
import { DocumentDetailFields } from "./DocumentDetailFields";
import { DocumentFileField } from "./DocumentFileField";
import { documentBody, FILE_FIELDS, sendFile, showFileProblem } from "./send-file";

export interface FileFormValues {
  file: File | null;
  expiresOn: string;
  description: string;
}

interface UploadValues extends FileFormValues {
  category: DocumentCategory | "";
}

type UploadInput = z.output<typeof documentUploadInput>;

const EMPTY: UploadValues = { file: null, category: "", expiresOn: "", description: "" };

/** What the domain schemas know of a chosen file: its name and size (0 when none was chosen). */
export function fileFields(file: File | null) {
  return { fileName: file?.name ?? "", sizeBytes: file?.size ?? 0 };
}

/** An expiry date only where the category has one; an empty field is "not known". */
export function expiryOf(category: DocumentCategory | "", expiresOn: string): string | null {
  return category !== "" && hasExpiry(category) && expiresOn.trim() ? expiresOn : null;
}

/** The file's name and size are checked as the file: their errors go to the file field, in its words. */
export const placeOnFile: PlaceIssue<FileFormValues> = (issue, values) => {
  if (!FILE_FIELDS.has(issue.path[0] ?? "")) return defaultPlace(issue, values);
  const code = issue.message === "document_too_large" ? issue.message : defaultPlace(issue, values)?.code;
  return { name: "file", code: code as FieldErrorCode };
};

export function useCategoryOptions() {
  const t = useTranslations("caseDocuments.categories");
  return DOCUMENT_CATEGORIES.map((id) => ({ id, label: t(id) }));
}

/**
 * Uploads a file to a case with its category, expiry date (identity and travel documents) and a
 * description. The form is checked with the upload route's own schema before the file is sent;
 * the route's refusals (a type that is not accepted, say) are shown on the fields they concern.
 */
export function UploadDocumentForm({ caseId }: { caseId: string }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const categories = useCategoryOptions();
  const form = useEntryForm<UploadValues, UploadInput, { id: string }>({
    empty: EMPTY,
    place: placeOnFile as PlaceIssue<UploadValues>,
    serverField: (key) => (FILE_FIELDS.has(key) ? "file" : key),
    add: {
      schema: documentUploadInput,
      toInput: (values, idempotencyKey) => ({
        caseId,
        ...fileFields(values.file),
        category: values.category,
        expiresOn: expiryOf(values.category, values.expiresOn),
        description: values.description,
        idempotencyKey,
      }),
      submit: async (input) => {
        setDone(false);
        const body = documentBody(form.getValues("file") as File, { category: input.category }, input);
        setPending(true);
        try {
          const stored = await sendFile<{ id: string }>(`/api/cases/${caseId}/documents`, body);
          setDone(true);
          return stored;
        } finally {
          setPending(false);
        }
      },
    },
    onError: (error): void => showFileProblem(form, error),
  });

  return (
    <BoundForm form={form} className="mt-4 flex max-w-xl flex-col gap-4">
      <DocumentFileField control={form.control} name="file" label={t("documents.file")} />
      <DocumentDetailFields
        control={form.control}
        category={form.watch("category")}
        categories={categories}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" isDisabled={pending}>
          {pending ? t("documents.uploading") : t("documents.upload")}
        </Button>
        {done ? (
          <span role="status" className="text-sm">
            {t("documents.uploaded")}
          </span>
        ) : null}
      </div>
    </BoundForm>
  );
}
