import { createHash, randomUUID } from "node:crypto";
import { appendAudit, caseDocumentContents, caseDocuments } from "@kelias/db";
import {
  type AllowedDocumentType,
  can,
  checkDocument,
  cleanFileName,
  type DocumentCategory,
  type DocumentReplaceInput,
  type DocumentUploadInput,
  documentIdInput,
  documentReplaceInput,
  documentUploadInput,
  hasExpiry,
  idempotencyKey,
} from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import { deny } from "./authorize";
import { requireCase } from "./case-access";
import { claimVersion, StaleVersion } from "./concurrency";
import type { AuthedContext, Context } from "./context";
import type { Transaction } from "./idempotency";
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

/** An uploaded file as the routes pass it: its bytes beside what the form said about it. */
type WithFile<T> = Omit<T, "sizeBytes" | "idempotencyKey"> & {
  bytes: Uint8Array;
  idempotencyKey?: string | undefined;
};

/** The refusal of a file's size, as the content checks answer it (`checkDocument`). */
const sizeRefusal = (size: number) => `document_${size === 0 ? "empty" : "too_large"}`;

/**
 * Parses an upload's fields. The size is the file's own, checked with its content once the
 * record is known; the other fields' errors are refused at once, naming the field, before any
 * record is read. `idField` is the field from the address: one that is not an id names nothing.
 */
function parseTransfer<S extends z.ZodType>(
  schema: S,
  fields: Record<string, unknown>,
  idField: string,
): { data: z.output<S> | null; unknownRecord: boolean } {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { data: parsed.data, unknownRecord: false };
  const issues = parsed.error.issues;
  if (issues.some((issue) => issue.path[0] === idField)) return { data: null, unknownRecord: true };
  const others = issues.filter((issue) => issue.path[0] !== "sizeBytes");
  if (others.length > 0) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "invalid", cause: new z.ZodRealError(others) });
  }
  return { data: null, unknownRecord: false };
}

/** The content's type by its magic bytes, or why the file is refused. */
async function checkedType(
  bytes: Uint8Array,
): Promise<{ mimeType: AllowedDocumentType } | { refusal: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  const refusal = checkDocument(bytes.byteLength, detected?.mime ?? null);
  return refusal ? { refusal: `document_${refusal}` } : { mimeType: detected?.mime as AllowedDocumentType };
}

/**
 * The checks an upload's file passes once its input is valid and the caller may write: a valid
 * idempotency key, then a type read from the content; each refusal is audited under `action`.
 * Answers the file as it is stored: its cleaned name, its type, size and digest.
 */
async function checkedFile(
  ctx: AuthedContext,
  action: string,
  target: { entityType: string; entityId: string },
  file: { bytes: Uint8Array; rawKey: string | undefined; fileName: string },
) {
  const key = idempotencyKey.optional().safeParse(file.rawKey);
  if (!key.success) return deny(ctx, action, "BAD_REQUEST", target, "invalid");
  const checked = await checkedType(file.bytes);
  if ("refusal" in checked) return deny(ctx, action, "BAD_REQUEST", target, checked.refusal);
  return {
    idempotencyKey: key.data,
    fileName: cleanFileName(file.fileName),
    /** What is stored and audited of the content. */
    content: {
      mimeType: checked.mimeType,
      sizeBytes: file.bytes.byteLength,
      sha256: createHash("sha256").update(file.bytes).digest("hex"),
    },
  };
}

/** Stores one version of a document and its content, in the write's transaction. */
async function storeVersion(
  tx: Transaction,
  values: Omit<typeof caseDocuments.$inferInsert, "id">,
  bytes: Uint8Array,
): Promise<string> {
  const id = randomUUID();
  await tx.insert(caseDocuments).values({ id, ...values });
  await tx.insert(caseDocumentContents).values({ documentId: id, content: bytes });
  return id;
}

/**
 * Stores an uploaded file on a case, with its category, expiry date (identity and travel
 * documents) and description. The type is read from the content (magic bytes), so a renamed
 * executable is refused whatever its name says. Used by the upload route (multipart, not tRPC).
 * An idempotency key makes a retried upload answer the document it stored the first time.
 */
export async function uploadCaseDocument(
  context: Context,
  raw: WithFile<DocumentUploadInput>,
): Promise<{ id: string }> {
  const ctx = await authed(context, "document.upload");
  const { bytes, idempotencyKey: rawKey, ...fields } = raw;
  const size = bytes.byteLength;
  const parsed = parseTransfer(documentUploadInput, { ...fields, sizeBytes: size }, "caseId");
  // The case id comes from the address: one that is not an id names no case (and is not recorded as one).
  if (parsed.unknownRecord)
    return deny(ctx, "case.update", "NOT_FOUND", { entityType: "case", entityId: null });
  const { row, facts } = await requireCase(ctx, raw.caseId, "case.update");
  const target = { entityType: "case", entityId: row.id };
  const input = parsed.data;
  if (!input) return deny(ctx, "document.upload", "BAD_REQUEST", target, sizeRefusal(size));
  if (!can(ctx.user, { kind: "case.document.write", case: facts, category: input.category })) {
    return deny(ctx, "document.upload", "FORBIDDEN", target);
  }
  const { content, fileName, ...key } = await checkedFile(ctx, "document.upload", target, {
    bytes,
    rawKey,
    fileName: input.fileName,
  });
  const { category, expiresOn, description } = input;
  // The content takes part in the comparison through its digest: the same key with another file is refused.
  const request = {
    caseId: row.id,
    fileName,
    category,
    expiresOn,
    description,
    sha256: content.sha256,
    ...key,
  };
  return writeOnce(ctx, { procedure: "document.upload", input: request }, async (tx) => {
    const id = await storeVersion(
      tx,
      { caseId: row.id, fileName, ...content, description, category, expiresOn, uploadedBy: ctx.user.id },
      bytes,
    );
    await appendAudit(tx, {
      actorId: ctx.user.id,
      action: "document.upload",
      outcome: "allowed",
      ...target,
      ip: ctx.ip,
      detail: { documentId: id, category, ...content },
    });
    return { id };
  });
}

/**
 * Replaces a document by a new version of it, against the version that was read: the new file
 * keeps the document's category, and the old version is kept, linked (`previousId`) and marked
 * replaced, so it stays in the document's history. A version someone replaced or changed meanwhile
 * is refused (CONFLICT `stale_version`), never replaced twice. Used by the replace route.
 */
export async function replaceCaseDocument(
  context: Context,
  raw: WithFile<DocumentReplaceInput>,
): Promise<{ id: string; version: number }> {
  const ctx = await authed(context, "document.replace");
  const { bytes, idempotencyKey: rawKey, ...fields } = raw;
  const size = bytes.byteLength;
  const parsed = parseTransfer(documentReplaceInput, { ...fields, sizeBytes: size }, "documentId");
  const documentId = parsed.unknownRecord ? null : raw.documentId;
  const [old] = documentId
    ? await ctx.db.select().from(caseDocuments).where(eq(caseDocuments.id, documentId)).limit(1)
    : [];
  if (!old || old.deletedAt !== null) {
    return deny(ctx, "document.replace", "NOT_FOUND", { entityType: "document", entityId: documentId });
  }
  const { row, facts } = await requireCase({ ...ctx, action: "document.replace" }, old.caseId, "case.update");
  const target = { entityType: "case", entityId: row.id };
  if (!can(ctx.user, { kind: "case.document.write", case: facts, category: old.category })) {
    return deny(ctx, "document.replace", "FORBIDDEN", target);
  }
  const input = parsed.data;
  if (!input) return deny(ctx, "document.replace", "BAD_REQUEST", target, sizeRefusal(size));
  if (input.expiresOn !== null && !hasExpiry(old.category)) {
    const issue = {
      code: "custom" as const,
      path: ["expiresOn"],
      message: "not_applicable",
      input: input.expiresOn,
    };
    throw new TRPCError({ code: "BAD_REQUEST", message: "invalid", cause: new z.ZodRealError([issue]) });
  }
  const { content, fileName, ...key } = await checkedFile(ctx, "document.replace", target, {
    bytes,
    rawKey,
    fileName: input.fileName,
  });
  const { expiresOn, description, version } = input;
  const request = {
    documentId: old.id,
    version,
    fileName,
    expiresOn,
    description,
    sha256: content.sha256,
    ...key,
  };
  const category: DocumentCategory = old.category;
  try {
    return await writeOnce(ctx, { procedure: "document.replace", input: request }, async (tx) => {
      if (old.replacedAt !== null) throw new StaleVersion();
      const now = new Date();
      await claimVersion(tx, caseDocuments, old.id, version, { replacedAt: now });
      const id = await storeVersion(
        tx,
        {
          caseId: row.id,
          fileName,
          ...content,
          description,
          category,
          expiresOn,
          previousId: old.id,
          uploadedBy: ctx.user.id,
          uploadedAt: now,
        },
        bytes,
      );
      await appendAudit(tx, {
        actorId: ctx.user.id,
        action: "document.replace",
        outcome: "allowed",
        ...target,
        ip: ctx.ip,
        detail: { documentId: id, previousId: old.id, category, ...content },
      });
      return { id, version: 1 };
    });
  } catch (error) {
    // The route is not tRPC: the refusal of a stale version is answered and audited here.
    if (error instanceof StaleVersion)
      return deny(ctx, "document.replace", "CONFLICT", target, "stale_version");
    throw error;
  }
}

/**
 * A document's content for download, after the same access check as reading its case and, for a
 * sensitive category, reading that field (FORBIDDEN `document_withheld` otherwise: the reader saw
 * it listed as withheld); audited. A deleted document is not found. Earlier versions download too.
 */
export async function readCaseDocument(
  context: Context,
  documentId: string,
): Promise<{ fileName: string; mimeType: string; content: Uint8Array }> {
  const ctx = await authed(context, "document.read");
  const id = documentIdInput.safeParse(documentId);
  const [doc] = id.success
    ? await ctx.db.select().from(caseDocuments).where(eq(caseDocuments.id, id.data)).limit(1)
    : [];
  if (!doc || doc.deletedAt !== null) {
    // Something that is not an id (from the address) is not recorded as one.
    const entityId = id.success ? id.data : null;
    return deny(ctx, "document.read", "NOT_FOUND", { entityType: "document", entityId });
  }
  const { facts } = await requireCase(ctx, doc.caseId, "case.read");
  if (!can(ctx.user, { kind: "case.document.read", case: facts, category: doc.category })) {
    return deny(
      ctx,
      "document.read",
      "FORBIDDEN",
      { entityType: "case", entityId: doc.caseId },
      "document_withheld",
    );
  }
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
