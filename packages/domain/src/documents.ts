import { z } from "zod";
import { isIsoDate, parseIsoDate } from "./age";
import { idempotencyKey } from "./idempotency";
import { idInput, requiredTextInput, storableString, textInput, versionInput } from "./input-schemas";
import type { SensitiveCategory } from "./policy";

/** What may be uploaded to a case: decided by the content's detected type, never by the file name. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_DOCUMENT_TYPES = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/tiff": "tif",
  "image/heic": "heic",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
} as const;
export type AllowedDocumentType = keyof typeof ALLOWED_DOCUMENT_TYPES;

export type DocumentRefusal = "empty" | "too_large" | "type_not_allowed";

/** `detectedMime` is what the content says it is (magic bytes), or null when it says nothing known. */
export function checkDocument(size: number, detectedMime: string | null): DocumentRefusal | null {
  if (size === 0) return "empty";
  if (size > MAX_DOCUMENT_BYTES) return "too_large";
  if (!detectedMime || !(detectedMime in ALLOWED_DOCUMENT_TYPES)) return "type_not_allowed";
  return null;
}

/** A file name safe to store and to send back in Content-Disposition: no paths, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const printable = [...base].filter((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= 0x20 && code !== 0x7f && ch !== '"';
  });
  const cleaned = printable.join("").trim().slice(0, 200);
  return cleaned || "document";
}

/**
 * What a document is. The category decides whether it has an expiry date and who may read it:
 * medical and legal documents follow the sensitive-field policy (`DOCUMENT_SENSITIVITY`).
 */
export const DOCUMENT_CATEGORIES = [
  "identity",
  "travel",
  "medical",
  "legal",
  "consent",
  "financial",
  "correspondence",
  "other",
] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** Identity and travel documents expire; the others have no expiry date. */
export const DOCUMENT_CATEGORIES_WITH_EXPIRY: readonly DocumentCategory[] = ["identity", "travel"];

export function hasExpiry(category: DocumentCategory): boolean {
  return DOCUMENT_CATEGORIES_WITH_EXPIRY.includes(category);
}

/**
 * The sensitive field a document's name, description and content are read as (`case.field.read`),
 * or null for a document whoever reads the case reads. Medical documents are health details (the
 * people working on the case); legal documents (statements to the police, court papers, residence
 * decisions) read like trafficking details (also the counter-trafficking managers who decide
 * identifications); identity documents like the identity documents noted on the case.
 */
export const DOCUMENT_SENSITIVITY: Readonly<Record<DocumentCategory, SensitiveCategory | null>> = {
  identity: "identity_documents",
  travel: null,
  medical: "health",
  legal: "trafficking",
  consent: null,
  financial: null,
  correspondence: null,
  other: null,
};

/** Days before its expiry date from which a document is "expiring soon". */
export const DOCUMENT_EXPIRING_SOON_DAYS = 90;

export type DocumentExpiry = "expired" | "expiring_soon" | "valid";

function dayNumber(date: string): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(parsed.year, parsed.month - 1, parsed.day) / 86_400_000;
}

/**
 * Where a document stands on `today` (the office's date, `officeToday`): expired once its expiry
 * date has passed (it is still valid on that day), expiring soon within `DOCUMENT_EXPIRING_SOON_DAYS`;
 * null for a document without an expiry date.
 */
export function documentExpiry(expiresOn: string | null, today: string): DocumentExpiry | null {
  if (expiresOn === null) return null;
  const left = dayNumber(expiresOn) - dayNumber(today);
  if (left < 0) return "expired";
  return left <= DOCUMENT_EXPIRING_SOON_DAYS ? "expiring_soon" : "valid";
}

const category = z.enum(DOCUMENT_CATEGORIES);
/** An expiry date: a valid calendar date in a sensible range (past ones too: a document may be expired). */
const expiryDate = storableString()
  .trim()
  .refine(isIsoDate, { message: "invalid_date" })
  .refine((value) => value >= "1950-01-01" && value <= "2099-12-31", { message: "out_of_range" });

/** What a document says about itself, besides its file. */
const describedFields = {
  category,
  /** Only for the categories that expire; null when not known or not applicable. */
  expiresOn: expiryDate.nullable().default(null),
  description: textInput(500).default(""),
};

/** An expiry date on a category without one is refused rather than dropped. */
function expiryOnlyWhereItApplies(
  value: { category?: DocumentCategory | undefined; expiresOn: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.expiresOn !== null && value.category !== undefined && !hasExpiry(value.category)) {
    ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "not_applicable" });
  }
}

/** The file of an upload as the form and the API both know it: its name and its size. */
const fileFields = {
  fileName: storableString().max(1_000, "too_long"),
  /** 0 when no file was chosen (or the file is empty): "required". */
  sizeBytes: z.int().min(1, "required").max(MAX_DOCUMENT_BYTES, "document_too_large"),
};

/**
 * An upload: the case (from the address), the file (its name is stored cleaned, see
 * `cleanFileName`; its content's type is checked by the API), its category, expiry date and an
 * optional description. The upload form checks the same schema before it sends the file.
 */
export const documentUploadInput = z
  .object({ caseId: idInput(), ...fileFields, ...describedFields, idempotencyKey: idempotencyKey.optional() })
  .superRefine(expiryOnlyWhereItApplies);
export type DocumentUploadInput = z.input<typeof documentUploadInput>;

/**
 * A new version of a document, replacing the version that was read (the old one is kept and
 * linked); the category stays the document's, so the expiry date is checked by the API.
 */
export const documentReplaceInput = z.object({
  documentId: idInput(),
  version: versionInput,
  ...fileFields,
  expiresOn: describedFields.expiresOn,
  description: describedFields.description,
  idempotencyKey: idempotencyKey.optional(),
});
export type DocumentReplaceInput = z.input<typeof documentReplaceInput>;

/** Changes what a document says about itself (not its file), against the version that was read. */
export const documentEditInput = z
  .object({ caseId: idInput(), documentId: idInput(), version: versionInput, ...describedFields })
  .superRefine(expiryOnlyWhereItApplies);
export type DocumentEditInput = z.infer<typeof documentEditInput>;

/** Deletes a document (all its versions) with the reason why, against the version that was read. */
export const documentDeleteInput = z.object({
  caseId: idInput(),
  documentId: idInput(),
  version: versionInput,
  reason: requiredTextInput(500),
});
export type DocumentDeleteInput = z.infer<typeof documentDeleteInput>;

/** A document's id, from the download address. */
export const documentIdInput = idInput();
