import { z } from "zod";
import { idInput, storableString, textInput } from "./input-schemas";

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
 * What an upload names besides its bytes: the case (from the address), the file's name (stored
 * cleaned, see `cleanFileName`) and an optional description.
 */
export const documentUploadInput = z.object({
  caseId: idInput(),
  fileName: storableString().max(1_000, "too_long"),
  description: textInput(500).default(""),
});
export type DocumentUploadInput = z.input<typeof documentUploadInput>;

/** A document's id, from the download address. */
export const documentIdInput = idInput();
