import { join } from "node:path";
import { workspaceRoot } from "@kelias/db";
import {
  formatFingerprint,
  HANDOVER_PERSON_FIELDS,
  type HandoverBlock,
  type HandoverPackage,
  type HandoverPersonField,
} from "@kelias/domain";
import PDFDocument from "pdfkit";
import { HANDOVER_LABELS as L } from "./labels";

/**
 * The handover package as a PDF, made on the server with pdfkit. The text is set in DejaVu Sans,
 * embedded (subset) from the `dejavu-fonts-ttf` package: it covers Latin with Lithuanian letters,
 * Cyrillic and Arabic, so names print as written. The chosen documents travel inside the PDF as
 * embedded files, so the one signature over the PDF covers them too.
 */

const FONT_DIR = () => join(workspaceRoot(), "packages", "api", "node_modules", "dejavu-fonts-ttf", "ttf");
export const fontFile = (name: "DejaVuSans.ttf" | "DejaVuSans-Bold.ttf") => join(FONT_DIR(), name);

export interface PdfDocumentFile {
  fileName: string;
  mimeType: string;
  content: Uint8Array;
  description: string;
}

export interface PdfSignatureFacts {
  /** SHA-256 of the package's canonical JSON, which the JSON file carries with the signature. */
  packageSha256: string;
  keyFingerprint: string;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.join(", ");
  return String(value);
}

export async function renderHandoverPdf(
  pkg: HandoverPackage,
  files: readonly PdfDocumentFile[],
  signature: PdfSignatureFacts,
): Promise<Uint8Array> {
  const regular = fontFile("DejaVuSans.ttf");
  const bold = fontFile("DejaVuSans-Bold.ttf");
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    font: regular,
    pdfVersion: "1.7",
    lang: "en",
    displayTitle: true,
    info: {
      Title: `${L.title}: ${pkg.case.reference}`,
      Author: pkg.sendingOffice,
      Subject: `${L.receivingOffice}: ${pkg.receivingOffice.name}`,
      Creator: "Kelias",
      CreationDate: new Date(pkg.createdAt),
    },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });

  const heading = (text: string) => {
    doc.moveDown(0.8).font("bold").fontSize(13).text(text).moveDown(0.3).font("regular").fontSize(10);
  };
  const field = (label: string, value: string) => {
    doc.font("bold").fontSize(10).text(`${label}: `, { continued: true }).font("regular").text(value);
  };
  const block = (b: HandoverBlock) => {
    switch (b.kind) {
      case "fields":
        for (const f of b.fields) field(f.label, f.value);
        break;
      case "text":
        doc.font("regular").fontSize(10).text(b.text);
        break;
      case "table":
        if (b.rows.length === 0) {
          doc.font("regular").fontSize(10).text(L.none);
          break;
        }
        doc.font("regular").fontSize(9);
        doc.table({
          data: [
            b.columns.map((text) => ({
              text,
              font: { src: "bold" },
              backgroundColor: "#eeeeee",
              type: "TH" as const,
            })),
            ...b.rows,
          ],
          defaultStyle: { padding: 3 },
        });
        doc.fontSize(10);
        break;
    }
  };

  doc.font("bold").fontSize(18).text(L.title);
  doc.font("regular").fontSize(10).text(L.confidential).moveDown(0.5);
  field(L.reference, pkg.case.reference);
  field(L.handoverId, pkg.handoverId);
  field(L.handedOverOn, pkg.handedOverOn);
  field(L.sendingOffice, pkg.sendingOffice);
  field(L.handedOverBy, pkg.handedOverBy);

  heading(L.receivingOffice);
  field(L.officeName, pkg.receivingOffice.name);
  field(L.officeCountry, pkg.receivingOffice.country);
  field(L.officeContact, valueText(pkg.receivingOffice.contact));

  heading(L.consent);
  field(L.consentPurpose, L.consentPurposeText);
  field(L.consentGivenOn, pkg.consent.givenOn);
  field(L.consentReference, pkg.consent.id);

  heading(L.person);
  for (const key of HANDOVER_PERSON_FIELDS) {
    field(L.personFields[key as HandoverPersonField], valueText(pkg.person[key]));
  }

  heading(L.case);
  field(L.programme, pkg.case.programme);
  field(L.state, pkg.case.state);
  field(L.openedOn, pkg.case.openedOn);

  for (const section of pkg.sections) {
    heading(section.title);
    for (const b of section.blocks) block(b);
  }

  heading(L.documents);
  if (pkg.documents.length === 0) doc.text(L.noDocuments);
  for (const d of pkg.documents) {
    doc.font("regular").fontSize(10).text(`${d.fileName} (${d.category}, ${d.sizeBytes} B)`);
    doc.fontSize(8).text(`SHA-256 ${d.sha256}`).fontSize(10);
  }
  if (pkg.documents.length > 0) doc.fontSize(9).text(L.documentsAttached).fontSize(10);

  heading(L.withheld);
  doc.text(pkg.withheld.map((w) => L.withheldParts[w]).join("; "));

  heading(L.signature);
  doc.fontSize(9).text(L.signatureText);
  field(L.keyFingerprint, formatFingerprint(signature.keyFingerprint));
  field(L.packageSha256, signature.packageSha256);

  for (const f of files) {
    doc.file(Buffer.from(f.content), { name: f.fileName, type: f.mimeType, description: f.description });
  }

  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
