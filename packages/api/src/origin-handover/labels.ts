import type { HandoverPersonField, HandoverWithheld } from "@kelias/domain";

/**
 * The words of the handover PDF. The package goes to another country's office, so it is written in
 * English, the organisation's working language between offices; the data (names, places) print as
 * recorded, in any script the embedded font covers.
 */
export const HANDOVER_LABELS = {
  title: "Case handover to the office in the country of origin",
  confidential: "Confidential: shared with the person's consent, for their reintegration only.",
  reference: "Case reference",
  handoverId: "Handover",
  handedOverOn: "Handed over on",
  sendingOffice: "Sending office",
  handedOverBy: "Handed over by",
  receivingOffice: "Receiving office",
  officeName: "Office",
  officeCountry: "Country",
  officeContact: "Contact",
  consent: "Consent of the person",
  consentPurpose: "Purpose",
  consentPurposeText: "Sharing with the office in the country of origin",
  consentGivenOn: "Given on",
  consentReference: "Consent record",
  person: "Person",
  personFields: {
    givenName: "Given name",
    familyName: "Family name",
    givenNameLatin: "Given name (Latin)",
    familyNameLatin: "Family name (Latin)",
    dateOfBirth: "Date of birth",
    estimatedAge: "Estimated age",
    sex: "Sex",
    citizenships: "Citizenship",
    languages: "Languages",
  } satisfies Record<HandoverPersonField, string>,
  case: "Case",
  programme: "Programme",
  state: "State",
  openedOn: "Opened on",
  none: "None recorded.",
  documents: "Documents the person agreed to share",
  noDocuments: "No documents.",
  documentsAttached: "The documents are attached to this PDF as embedded files.",
  withheld: "Withheld (not part of this package)",
  withheldParts: {
    health: "health details",
    trafficking: "trafficking details",
    identity_documents: "identity document details",
    case_notes: "case notes",
    contact_details: "contact details and address",
  } satisfies Record<HandoverWithheld, string>,
  signature: "Signature",
  signatureText:
    "The JSON file of this handover carries an Ed25519 signature over the SHA-256 of this PDF and of the package. Verify it with the sending office's public key, whose fingerprint is:",
  keyFingerprint: "Key fingerprint (SHA-256)",
  packageSha256: "Package SHA-256",
} as const;
