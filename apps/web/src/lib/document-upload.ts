import { createRequestContext } from "@kelias/api/server";
import { MAX_DOCUMENT_BYTES } from "@kelias/domain";
import { httpError } from "@/lib/http-errors";

type RequestContext = Awaited<ReturnType<typeof createRequestContext>>;

/** What every document route reads of its multipart body besides its own fields. */
export interface DocumentUpload {
  fileName: string;
  bytes: Uint8Array;
  expiresOn: string | null;
  description: string;
  idempotencyKey: string | undefined;
  /** A text field of the body; undefined when it is absent or not text. */
  text(name: string): string | undefined;
}

/**
 * The shared part of the document routes (upload to a case, a new version of a document): refuses
 * an oversized body before buffering it and a body without a file, reads the file with its expiry
 * date (empty: none), description and idempotency key, and answers `store`'s result as 201 Created,
 * or its refusal as the HTTP error it maps to.
 */
export async function receiveDocument(
  request: Request,
  store: (ctx: RequestContext, upload: DocumentUpload) => Promise<unknown>,
): Promise<Response> {
  // Refuse oversized bodies before buffering them (multipart adds a little overhead to the file).
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_DOCUMENT_BYTES + 64 * 1024) {
    return Response.json({ code: "BAD_REQUEST", reason: "document_too_large" }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) {
    return Response.json({ code: "BAD_REQUEST", reason: "document_empty" }, { status: 400 });
  }
  const text = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : undefined;
  };
  try {
    const ctx = await createRequestContext(request.headers);
    const stored = await store(ctx, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      expiresOn: text("expiresOn") || null,
      description: text("description") ?? "",
      idempotencyKey: text("idempotencyKey"),
      text,
    });
    return Response.json(stored, { status: 201 });
  } catch (error) {
    return httpError(error);
  }
}
