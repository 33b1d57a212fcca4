import { createRequestContext, uploadCaseDocument } from "@kelias/api/server";
import { type DocumentCategory, MAX_DOCUMENT_BYTES } from "@kelias/domain";
import { httpError } from "@/lib/http-errors";

/**
 * Multipart upload of one file to a case: `file`, `category`, `expiresOn` (empty: none), an
 * optional `description` and `idempotencyKey`.
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
    const created = await uploadCaseDocument(ctx, {
      caseId: id,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      category: text("category") as DocumentCategory,
      expiresOn: text("expiresOn") || null,
      description: text("description") ?? "",
      idempotencyKey: text("idempotencyKey"),
    });
    return Response.json(created, { status: 201 });
  } catch (error) {
    return httpError(error);
  }
}
