"use client";

import { MAX_DOCUMENT_BYTES } from "@kelias/domain";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { fieldError, fieldHint, fieldInput, fieldLabel } from "@/components/ui/styles";
import { TextField } from "@/components/ui/TextField";
import type { FieldErrorCode } from "@/lib/field-errors";
import { useIdempotencyKey } from "@/lib/idempotency-key";

type Problem = "document_empty" | "document_too_large" | "document_type_not_allowed" | "generic";
const KNOWN: readonly string[] = ["document_empty", "document_too_large", "document_type_not_allowed"];

export function UploadDocumentForm({ caseId }: { caseId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const submission = useIdempotencyKey();
  const [description, setDescription] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [descriptionError, setDescriptionError] = useState<FieldErrorCode | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    setDescriptionError(null);
    const file = fileRef.current?.files?.[0];
    if (!file || file.size === 0) return setProblem("document_empty");
    if (file.size > MAX_DOCUMENT_BYTES) return setProblem("document_too_large");
    const body = new FormData();
    body.set("file", file);
    body.set("description", description);
    body.set("idempotencyKey", submission.key);
    setPending(true);
    const response = await fetch(`/api/cases/${caseId}/documents`, { method: "POST", body }).catch(
      () => null,
    );
    setPending(false);
    if (response?.ok) {
      submission.renew();
      setProblem(null);
      setDescription("");
      if (fileRef.current) fileRef.current.value = "";
      setDone(true);
      router.refresh();
      return;
    }
    const refusal = (await response?.json().catch(() => null)) as {
      reason?: string;
      fields?: Record<string, FieldErrorCode>;
    } | null;
    if (refusal?.fields?.description) {
      setProblem(null);
      setDescriptionError(refusal.fields.description);
      return;
    }
    const reason = refusal?.reason ?? "";
    setProblem(KNOWN.includes(reason) ? (reason as Problem) : "generic");
  }

  return (
    <Form onSubmit={submit} className="mt-4 flex max-w-xl flex-col gap-4">
      <div>
        <label htmlFor={inputId} className={fieldLabel}>
          {t("documents.file")}
        </label>
        <input
          ref={fileRef}
          id={inputId}
          name="file"
          type="file"
          required
          aria-describedby={`${inputId}-hint${problem ? ` ${inputId}-error` : ""}`}
          aria-invalid={problem ? true : undefined}
          className={fieldInput}
        />
        <p id={`${inputId}-hint`} className={fieldHint}>
          {t("documents.fileHint")}
        </p>
        {problem ? (
          <p id={`${inputId}-error`} role="alert" className={fieldError}>
            {t(`documents.problems.${problem}`)}
          </p>
        ) : null}
      </div>
      <TextField
        label={t("documents.description")}
        value={description}
        onChange={setDescription}
        maxLength={500}
        errorMessage={descriptionError ? t(`errors.field.${descriptionError}`) : undefined}
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
    </Form>
  );
}
