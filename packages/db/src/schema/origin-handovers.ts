import { COUNTRY_CODES, type CountryCode } from "@kelias/domain";
import { sql } from "drizzle-orm";
import { check, customType, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { userRef } from "./authored";
import { caseConsents } from "./case-record";
import { cases } from "./cases";
import { belongsTo, codes, id, now, oneOf, version } from "./columns";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * A handover of a case to the office in the person's country of origin: who received it, when,
 * under which consent, who handed it over, the documents included and the signed package's digests.
 * The files themselves are kept apart (`caseOriginHandoverFiles`), so listing never loads them.
 * A handover is a record of something done: it is never edited (its version stays 1).
 */
export const caseOriginHandovers = pgTable(
  "case_origin_handovers",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    officeName: text().notNull(),
    officeCountry: text().$type<CountryCode>().notNull(),
    officeContact: text().notNull().default(""),
    handedOverOn: date({ mode: "string" }).notNull(),
    /** The person's consent to sharing with the office in the country of origin. */
    consentId: uuid()
      .notNull()
      .references(() => caseConsents.id),
    /** The documents the person chose to share (ids of `case_documents` versions). */
    documentIds: codes<string>(),
    /** SHA-256 (hex) of the PDF, and of the package's canonical JSON. */
    pdfSha256: text().notNull(),
    packageSha256: text().notNull(),
    /** The Ed25519 signature (base64) over both digests, and the SHA-256 of the key that made it. */
    signature: text().notNull(),
    keyFingerprint: text().notNull(),
    createdBy: userRef().notNull(),
    createdAt: now(),
    version: version(),
  },
  (t) => [
    index("case_origin_handovers_case_idx").on(t.caseId, t.createdAt),
    check("case_origin_handovers_office_country_check", oneOf(t.officeCountry, COUNTRY_CODES)),
    check("case_origin_handovers_pdf_sha256_check", sql`${t.pdfSha256} ~ '^[0-9a-f]{64}$'`),
    check("case_origin_handovers_package_sha256_check", sql`${t.packageSha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** The signed files of a handover, exactly as signed and first downloaded. */
export const caseOriginHandoverFiles = pgTable("case_origin_handover_files", {
  handoverId: uuid()
    .primaryKey()
    .references(() => caseOriginHandovers.id, { onDelete: "cascade" }),
  pdf: bytea().notNull(),
  /** The JSON file (the package and its signature) as UTF-8 bytes. */
  json: bytea().notNull(),
});
