import { ALLOWED_DOCUMENT_TYPES, type AllowedDocumentType } from "@kelias/domain";
import { check, customType, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, id, now, oneOf } from "./columns";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/** Documents of a case: metadata here, content apart so listing never loads file bodies. */
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
    uploadedBy: userRef().notNull(),
    uploadedAt: now(),
  },
  (t) => [
    index("case_documents_case_idx").on(t.caseId, t.uploadedAt),
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
