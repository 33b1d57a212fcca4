import { createHash } from "node:crypto";
import { appendAudit, caseDocumentContents, caseDocuments } from "@kelias/db";
import {
  type AllowedDocumentType,
  checkDocument,
  cleanFileName,
  type DocumentUploadInput,
  documentIdInput,
  documentUploadInput,
  idempotencyKey,
} from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { deny } from "./authorize";
import { requireCase } from "./case-access";
import type { AuthedContext, Context } from "./context";
import { writeOnce } from "./idempotency";

/** Signed-out transfers are refused and audited, as tRPC procedures are. */
export async function authed(ctx: Context, action: string): Promise<AuthedContext> {
  if (!ctx.user) {
    await appendAudit(ctx.db, {
      actorId: null,
      action,
      outcome: "denied",
      ip: ctx.ip,
      detail: { code: "UNAUTHORIZED" },
    });
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  }
  return ctx as AuthedContext;
}

/**
 * Stores an uploaded file on a case. The type is read from the content (magic bytes), so a renamed
 * executable is refused whatever its name says. Used by the upload route (multipart, not tRPC).
 * An idempotency key makes a retried upload answer the document it stored the first time.
 */
export async function uploadCaseDocument(
  context: Context,
  raw: DocumentUploadInput & { bytes: Uint8Array; idempotencyKey?: string | undefined },
): Promise<{ id: string }> {
  const ctx = await authed(context, "document.upload");
  const parsed = documentUploadInput.safeParse(raw);
  // The case id comes from the address: one that is not an id names no case (and is not recorded as one).
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === "caseId")) {
    return deny(ctx, "case.update", "NOT_FOUND", { entityType: "case", entityId: null });
  }
  if (!parsed.success) throw new TRPCError({ code: "BAD_REQUEST", message: "invalid", cause: parsed.error });
  const input = { ...parsed.data, bytes: raw.bytes };
  const { row } = await requireCase(ctx, input.caseId, "case.update");
  const target = { entityType: "case", entityId: row.id };
  const key = idempotencyKey.optional().safeParse(raw.idempotencyKey);
  if (!key.success) return deny(ctx, "document.upload", "BAD_REQUEST", target, "invalid");
  const detected = await fileTypeFromBuffer(input.bytes);
  const refusal = checkDocument(input.bytes.byteLength, detected?.mime ?? null);
  if (refusal) return deny(ctx, "document.upload", "BAD_REQUEST", target, `document_${refusal}`);
  const mimeType = detected?.mime as AllowedDocumentType;
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const fileName = cleanFileName(input.fileName);
  const description = input.description.trim().slice(0, 500);
  // The content takes part in the comparison through its digest: the same key with another file is refused.
  const request = { caseId: row.id, fileName, description, sha256, idempotencyKey: key.data };
  return writeOnce(ctx, { procedure: "document.upload", input: request }, async (tx) => {
    const [doc] = await tx
      .insert(caseDocuments)
      .values({
        caseId: row.id,
        fileName,
        mimeType,
        sizeBytes: input.bytes.byteLength,
        sha256,
        description,
        uploadedBy: ctx.user.id,
      })
      .returning({ id: caseDocuments.id });
    if (!doc) throw new Error("document insert returned nothing");
    await tx.insert(caseDocumentContents).values({ documentId: doc.id, content: input.bytes });
    await appendAudit(tx, {
      actorId: ctx.user.id,
      action: "document.upload",
      outcome: "allowed",
      ...target,
      ip: ctx.ip,
      detail: { documentId: doc.id, mimeType, sizeBytes: input.bytes.byteLength, sha256 },
    });
    return { id: doc.id };
  });
}

/** A document's content for download, after the same access check as reading its case; audited. */
export async function readCaseDocument(
  context: Context,
  documentId: string,
): Promise<{ fileName: string; mimeType: string; content: Uint8Array }> {
  const ctx = await authed(context, "document.read");
  const id = documentIdInput.safeParse(documentId);
  const [doc] = id.success
    ? await ctx.db.select().from(caseDocuments).where(eq(caseDocuments.id, id.data)).limit(1)
    : [];
  if (!doc) {
    // Something that is not an id (from the address) is not recorded as one.
    const entityId = id.success ? id.data : null;
    return deny(ctx, "document.read", "NOT_FOUND", { entityType: "document", entityId });
  }
  await requireCase(ctx, doc.caseId, "case.read");
  const [blob] = await ctx.db
    .select({ content: caseDocumentContents.content })
    .from(caseDocumentContents)
    .where(eq(caseDocumentContents.documentId, doc.id))
    .limit(1);
  if (!blob) throw new Error(`document ${doc.id} has no content`);
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "document.read",
    outcome: "allowed",
    entityType: "case",
    entityId: doc.caseId,
    ip: ctx.ip,
    detail: { documentId: doc.id },
  });
  return { fileName: doc.fileName, mimeType: doc.mimeType, content: blob.content };
}
