import { createRequestContext, replaceCaseDocument } from "@kelias/api/server";
import { MAX_DOCUMENT_BYTES } from "@kelias/domain";
import { httpError } from "@/lib/http-errors";

/**
 * Multipart upload of a new version of a document: `file`, `version` (the version of the document
 * that was read), `expiresOn` (empty: none), an optional `description` and `idempotencyKey`. The
 * old version is kept in the document's history.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
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
    const stored = await replaceCaseDocument(ctx, {
      documentId: id,
      version: Number(text("version")),
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      expiresOn: text("expiresOn") || null,
      description: text("description") ?? "",
      idempotencyKey: text("idempotencyKey"),
    });
    return Response.json(stored, { status: 201 });
  } catch (error) {
    return httpError(error);
  }
}
