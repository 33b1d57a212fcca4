import { z } from "zod";
import { isIsoDate } from "./age";
import { type ConsentFacts, consentStatus } from "./case-record";
import { COUNTRY_CODES, type CountryCode } from "./countries";
import type { DocumentCategory } from "./documents";
import { withIdempotencyKey } from "./idempotency";
import { idInput, requiredTextInput, storableString, textInput } from "./input-schemas";
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from "./policy";
import type { Programme } from "./programmes";

/**
 * Handover of an AVRR case to the organisation's office in the person's country of origin: a
 * package (case summary, the sections the case has, the documents the person chose) exported as a
 * signed PDF and JSON. The rules of what goes in (allow-listed fields, sensitive fields withheld,
 * the consent gate, the documents) are here; loading, rendering and signing are the API's. No I/O.
 */

/** The programmes whose cases are handed over: voluntary return, where the person goes home. */
export const HANDOVER_PROGRAMMES: readonly Programme[] = ["avrr"];

export function handsOver(programme: Programme): boolean {
  return HANDOVER_PROGRAMMES.includes(programme);
}

/** The consent purpose a handover needs: sharing with the office in the country of origin. */
export const HANDOVER_CONSENT_PURPOSE = "origin_office" as const;

/** The format of the package, named in its JSON and in the message its signature covers. */
export const HANDOVER_PACKAGE_FORMAT = "kelias-handover/1" as const;

// ---------------------------------------------------------------------------------------------
// The consent gate

export type HandoverConsentRefusal =
  | "consent_missing"
  | "consent_withdrawn"
  | "consent_incomplete"
  | "consent_wrong_purpose"
  | "consent_after_handover";

export type HandoverConsentCheck =
  | { allowed: true; consentId: string }
  | { allowed: false; reason: HandoverConsentRefusal };

/**
 * Whether the consent named allows the handover on a date: one of the case's consents, for sharing
 * with the office in the country of origin, informed, given on or before that date, and not
 * withdrawn (a withdrawal refuses it whatever else is on file).
 */
export function checkHandoverConsent(
  consents: readonly ConsentFacts[],
  consentId: string,
  on: string,
): HandoverConsentCheck {
  const consent = consents.find((c) => c.id === consentId);
  if (!consent) return { allowed: false, reason: "consent_missing" };
  if (consent.purpose !== HANDOVER_CONSENT_PURPOSE)
    return { allowed: false, reason: "consent_wrong_purpose" };
  const status = consentStatus(consent);
  if (status === "withdrawn") return { allowed: false, reason: "consent_withdrawn" };
  if (status === "incomplete") return { allowed: false, reason: "consent_incomplete" };
  if (consent.givenOn > on) return { allowed: false, reason: "consent_after_handover" };
  return { allowed: true, consentId: consent.id };
}

/** The consents a handover form offers: valid ones for this purpose, newest first. */
export function handoverConsents<C extends ConsentFacts>(consents: readonly C[]): C[] {
  return consents
    .filter((c) => c.purpose === HANDOVER_CONSENT_PURPOSE && consentStatus(c) === "valid")
    .sort((a, b) => b.givenOn.localeCompare(a.givenOn));
}

// ---------------------------------------------------------------------------------------------
// The documents the person chose

/** A document of the case as the document rule needs it. */
export interface HandoverDocumentFacts {
  id: string;
  category: DocumentCategory;
  /** Not deleted and not replaced by a newer version. */
  current: boolean;
  /** The person handing over may read it (`case.document.read`): nobody shares what they cannot see. */
  readable: boolean;
}

export type HandoverDocumentCheck =
  | { allowed: true; documentIds: string[] }
  | { allowed: false; reason: "document_unknown" | "document_withheld" | "document_duplicate" };

/**
 * The documents chosen for the package: each a current document of this case (an old version or a
 * deleted one is unknown), named once, and readable by whoever hands over.
 */
export function checkHandoverDocuments(
  selected: readonly string[],
  documents: readonly HandoverDocumentFacts[],
): HandoverDocumentCheck {
  if (new Set(selected).size !== selected.length) return { allowed: false, reason: "document_duplicate" };
  for (const id of selected) {
    const doc = documents.find((d) => d.id === id);
    if (!doc?.current) return { allowed: false, reason: "document_unknown" };
    if (!doc.readable) return { allowed: false, reason: "document_withheld" };
  }
  return { allowed: true, documentIds: [...selected] };
}

// ---------------------------------------------------------------------------------------------
// The package

/** One line of a section: a label and its value, both plain text. */
export interface HandoverField {
  label: string;
  value: string;
}

/** What a section shows: label/value pairs, a table, or a paragraph. */
export type HandoverBlock =
  | { kind: "fields"; fields: HandoverField[] }
  | { kind: "table"; columns: string[]; rows: string[][] }
  | { kind: "text"; text: string };

/**
 * A part of the package after the case summary (services, referrals, the reintegration plan …).
 * `blocks` is what the PDF prints; `data` the same content for machines, in the JSON.
 */
export interface HandoverSection {
  key: string;
  title: string;
  blocks: HandoverBlock[];
  data: unknown;
}

/** The person as the caller loaded them: more than is shared, so that the allow-list decides. */
export interface HandoverPersonSource {
  givenName: string;
  familyName: string;
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
  dateOfBirth: string | null;
  estimatedAge: number | null;
  sex: string;
  citizenships: readonly CountryCode[];
  languages: readonly string[];
  [other: string]: unknown;
}

/**
 * The fields of the person the package carries. Everything else the record holds (phones, the
 * address in Lithuania, the gender identity, notes) stays with the office: the receiving office
 * needs to recognise the person and plan their reintegration, nothing more.
 */
export const HANDOVER_PERSON_FIELDS = [
  "givenName",
  "familyName",
  "givenNameLatin",
  "familyNameLatin",
  "dateOfBirth",
  "estimatedAge",
  "sex",
  "citizenships",
  "languages",
] as const;
export type HandoverPersonField = (typeof HANDOVER_PERSON_FIELDS)[number];

/**
 * What the package names as withheld, always all of them (whether the case holds such a field or
 * not, so that the list reveals nothing): the sensitive fields, and the record's internal parts.
 */
export const HANDOVER_WITHHELD = [...SENSITIVE_CATEGORIES, "case_notes", "contact_details"] as const;
export type HandoverWithheld = (typeof HANDOVER_WITHHELD)[number];
export const HANDOVER_SENSITIVE: readonly SensitiveCategory[] = SENSITIVE_CATEGORIES;

export interface HandoverDocumentEntry {
  id: string;
  fileName: string;
  category: DocumentCategory;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

export interface HandoverPackageInput {
  handoverId: string;
  createdAt: string;
  handedOverOn: string;
  office: { name: string; country: CountryCode; contact: string };
  sendingOffice: string;
  handedOverBy: string;
  consent: { id: string; givenOn: string };
  case: { reference: string; programme: Programme; state: string; openedOn: string };
  person: HandoverPersonSource;
  sections: readonly (HandoverSection | null)[];
  documents: readonly HandoverDocumentEntry[];
}

export interface HandoverPackage {
  format: typeof HANDOVER_PACKAGE_FORMAT;
  handoverId: string;
  createdAt: string;
  handedOverOn: string;
  sendingOffice: string;
  receivingOffice: { name: string; country: CountryCode; contact: string };
  handedOverBy: string;
  consent: { id: string; purpose: typeof HANDOVER_CONSENT_PURPOSE; givenOn: string };
  case: { reference: string; programme: Programme; state: string; openedOn: string };
  person: Record<HandoverPersonField, unknown>;
  withheld: HandoverWithheld[];
  sections: HandoverSection[];
  documents: HandoverDocumentEntry[];
}

/**
 * The package: the person's allow-listed fields only, every withheld part named, the sections that
 * have content (a loader answers null for none) in their order, and the chosen documents by digest.
 */
export function buildHandoverPackage(input: HandoverPackageInput): HandoverPackage {
  const person = Object.fromEntries(
    HANDOVER_PERSON_FIELDS.map((field) => {
      const value = input.person[field];
      return [field, Array.isArray(value) ? [...value] : (value ?? null)];
    }),
  ) as Record<HandoverPersonField, unknown>;
  const sections = input.sections.filter((s): s is HandoverSection => s !== null);
  const keys = sections.map((s) => s.key);
  if (new Set(keys).size !== keys.length)
    throw new Error(`handover sections repeat a key: ${keys.join(", ")}`);
  return {
    format: HANDOVER_PACKAGE_FORMAT,
    handoverId: input.handoverId,
    createdAt: input.createdAt,
    handedOverOn: input.handedOverOn,
    sendingOffice: input.sendingOffice,
    receivingOffice: { ...input.office },
    handedOverBy: input.handedOverBy,
    consent: { id: input.consent.id, purpose: HANDOVER_CONSENT_PURPOSE, givenOn: input.consent.givenOn },
    case: { ...input.case },
    person,
    withheld: [...HANDOVER_WITHHELD],
    sections,
    documents: input.documents.map((d) => ({ ...d })),
  };
}

// ---------------------------------------------------------------------------------------------
// Signing: what the signature covers

/**
 * JSON with object keys sorted at every level and no whitespace: the same value always gives the
 * same bytes, so its digest can be signed and checked again after a round trip through a parser.
 * `undefined` members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("not a finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The message the Ed25519 signature is made over: the format, then the SHA-256 of the PDF and of
 * the package's canonical JSON, one a line. Both files are covered by one signature.
 */
export function handoverSignedMessage(pdfSha256: string, packageSha256: string): string {
  if (!SHA256_HEX.test(pdfSha256) || !SHA256_HEX.test(packageSha256))
    throw new Error("a digest is not a SHA-256 in hex");
  return `${HANDOVER_PACKAGE_FORMAT}\npdf-sha256:${pdfSha256}\npackage-sha256:${packageSha256}\n`;
}

/** A key fingerprint as printed: the hex digest in groups of four, so a person can compare it. */
export function formatFingerprint(hex: string): string {
  return (hex.match(/.{1,4}/g) ?? []).join(" ");
}

// ---------------------------------------------------------------------------------------------
// Inputs

const isoDate = storableString().trim().refine(isIsoDate, { message: "invalid_date" });

export const handoverCreateInput = z.object({
  caseId: idInput(),
  officeName: requiredTextInput(200),
  officeCountry: z.enum(COUNTRY_CODES),
  officeContact: textInput(500).default(""),
  /** The day of the handover: not before 1990, and not after today (the API checks). */
  handedOverOn: isoDate.refine((v) => v >= "1990-01-01", { message: "too_early" }),
  /** The consent the form showed; it must still be valid (`checkHandoverConsent`). */
  consentId: idInput(),
  /** The documents the person chose to share, each once. */
  documentIds: z.array(idInput()).max(50, "too_many").default([]),
  ...withIdempotencyKey,
});
export type HandoverCreateInput = z.infer<typeof handoverCreateInput>;

export const handoverFileInput = z.object({
  handoverId: idInput(),
  format: z.enum(["pdf", "json"]),
});
export type HandoverFileInput = z.infer<typeof handoverFileInput>;

// ---------------------------------------------------------------------------------------------
// Sections of what the case holds today (each a function; the API's loaders call them)

/** A service as the services section shares it: what, by whom, when, how much; never its note. */
export interface HandoverServiceSource {
  type: string;
  provider: string;
  deliveredOn: string;
  quantity: number;
  cost: string | null;
  currency: string | null;
  [other: string]: unknown;
}

export function servicesSection(services: readonly HandoverServiceSource[]): HandoverSection | null {
  if (services.length === 0) return null;
  const data = services.map((s) => ({
    type: s.type,
    provider: s.provider,
    deliveredOn: s.deliveredOn,
    quantity: s.quantity,
    cost: s.cost,
    currency: s.currency,
  }));
  return {
    key: "services",
    title: "Services delivered",
    blocks: [
      {
        kind: "table",
        columns: ["Service", "Provider", "Delivered on", "Quantity", "Cost"],
        rows: data.map((s) => [
          s.type,
          s.provider,
          s.deliveredOn,
          String(s.quantity),
          s.cost === null ? "—" : `${s.cost} ${s.currency ?? ""}`.trim(),
        ]),
      },
    ],
    data,
  };
}

/** A referral as shared: to whom, for what, its status and date; never the reason written for the partner. */
export interface HandoverReferralSource {
  partnerName: string;
  serviceType: string | null;
  status: string;
  referredOn: string;
  [other: string]: unknown;
}

export function referralsSection(referrals: readonly HandoverReferralSource[]): HandoverSection | null {
  if (referrals.length === 0) return null;
  const data = referrals.map((r) => ({
    partner: r.partnerName,
    serviceType: r.serviceType,
    status: r.status,
    referredOn: r.referredOn,
  }));
  return {
    key: "referrals",
    title: "Referrals to partner organisations",
    blocks: [
      {
        kind: "table",
        columns: ["Partner", "For", "Status", "Referred on"],
        rows: data.map((r) => [r.partner, r.serviceType ?? "—", r.status, r.referredOn]),
      },
    ],
    data,
  };
}
