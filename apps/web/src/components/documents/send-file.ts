import { TRPCClientError } from "@trpc/client";

/**
 * Sends a multipart form to one of the file routes (not tRPC: a file does not travel as JSON)
 * and answers what it stored. A refusal is thrown as the error a tRPC call would throw, with the
 * route's reason as its message and its field errors as `data.fieldErrors`, so that the shared
 * form (`useApiForm`) places and words it as it does every other refusal.
 */
export async function sendFile<R>(url: string, body: FormData): Promise<R> {
  const response = await fetch(url, { method: "POST", body }).catch(() => null);
  if (response?.ok) return (await response.json()) as R;
  const refusal = (await response?.json().catch(() => null)) as {
    code?: string;
    reason?: string;
    fields?: Record<string, string>;
  } | null;
  const fieldErrors = Object.fromEntries(
    Object.entries(refusal?.fields ?? {}).map(([field, code]) => [field, [code]]),
  );
  const message = refusal?.reason ?? "generic";
  throw new TRPCClientError(message, {
    result: {
      id: null,
      error: {
        code: response?.status ?? 0,
        message,
        data: {
          code: refusal?.code ?? "",
          httpStatus: response?.status ?? 0,
          fieldErrors: { formErrors: [], fieldErrors },
        },
      },
    },
  } as never);
}

/** The refusals of a file that belong next to the file field (see `documents.problems`). */
export const FILE_PROBLEMS = ["document_empty", "document_too_large", "document_type_not_allowed"] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

export function fileProblemOf(error: unknown): FileProblem | null {
  const reason = error instanceof TRPCClientError ? error.message : "";
  return (FILE_PROBLEMS as readonly string[]).includes(reason) ? (reason as FileProblem) : null;
}

/** Where an input error about the file (its name or size) is shown: on the file field. */
export const FILE_FIELDS: ReadonlySet<string> = new Set(["fileName", "sizeBytes"]);

/** The multipart body of a document route: the file, the route's own `fields`, then the details. */
export function documentBody(
  file: File,
  fields: Record<string, string>,
  details: { expiresOn: string | null; description: string; idempotencyKey?: string | undefined },
): FormData {
  const body = new FormData();
  body.set("file", file);
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  body.set("expiresOn", details.expiresOn ?? "");
  body.set("description", details.description);
  if (details.idempotencyKey) body.set("idempotencyKey", details.idempotencyKey);
  return body;
}

/** Shows a refusal of the file itself on the file field, in place of the form's refusal notice. */
export function showFileProblem(
  form: {
    setError: (name: "file", error: { type: string; message: string }) => void;
    refusal: { clear: () => void };
  },
  error: unknown,
) {
  const problem = fileProblemOf(error);
  if (!problem) return;
  form.setError("file", { type: "server", message: problem });
  form.refusal.clear();
}
