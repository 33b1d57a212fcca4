import {
  ALLOWED_DOCUMENT_TYPES,
  type AllowedDocumentType,
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORIES_WITH_EXPIRY,
  type DocumentCategory,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, id, now, oneOf, version } from "./columns";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * Documents of a case: metadata here, content apart so listing never loads file bodies. A new
 * version of a document is a new row naming the one it replaces (`previousId`), which is kept with
 * `replacedAt` set; a deleted document keeps its rows (all its versions), marked with who deleted
 * it, when and why, and is neither listed nor downloaded again.
 */
export const caseDocuments = pgTable(
  "case_documents",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    fileName: text().notNull(),
    mimeType: text().$type<AllowedDocumentType>().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    description: text().notNull().default(""),
    category: text().$type<DocumentCategory>().notNull().default("other"),
    /** Identity and travel documents only. */
    expiresOn: date({ mode: "string" }),
    uploadedBy: userRef().notNull(),
    uploadedAt: now(),
    version: version(),
    /** The version this one replaced. */
    previousId: uuid().references((): AnyPgColumn => caseDocuments.id),
    /** Set when a newer version replaced this one. */
    replacedAt: timestamp({ withTimezone: true }),
    deletedAt: timestamp({ withTimezone: true }),
    deletedBy: userRef(),
    deleteReason: text(),
  },
  (t) => [
    index("case_documents_case_idx").on(t.caseId, t.uploadedAt),
    // A version is replaced once: two replacements of the same version cannot both be stored.
    uniqueIndex("case_documents_previous_idx").on(t.previousId),
    check("case_documents_category_check", oneOf(t.category, DOCUMENT_CATEGORIES)),
    check(
      "case_documents_expiry_check",
      sql`${t.expiresOn} is null or ${oneOf(t.category, DOCUMENT_CATEGORIES_WITH_EXPIRY)}`,
    ),
    check(
      "case_documents_deleted_check",
      sql`(${t.deletedAt} is null and ${t.deletedBy} is null and ${t.deleteReason} is null) or (${t.deletedAt} is not null and ${t.deletedBy} is not null and ${t.deleteReason} is not null)`,
    ),
    check(
      "case_documents_mime_type_check",
      oneOf(t.mimeType, Object.keys(ALLOWED_DOCUMENT_TYPES) as AllowedDocumentType[]),
    ),
  ],
);

export const caseDocumentContents = pgTable("case_document_contents", {
  documentId: uuid()
    .primaryKey()
    .references(() => caseDocuments.id, { onDelete: "cascade" }),
  content: bytea().notNull(),
});
