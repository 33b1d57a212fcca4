import { randomUUID } from "node:crypto";
import {
  caseAppointments,
  caseAssessmentRevisions,
  caseAssessments,
  caseConsents,
  caseDocumentContents,
  caseDocuments,
  caseNotes,
  caseReferrals,
  caseServices,
  cases,
  caseTasks,
  caseWorkflowTasks,
  type Database,
  partners,
} from "@kelias/db";
import {
  CONSENT_CHECKLIST,
  type ConsentChecklist,
  type ConsentPurpose,
  type DocumentCategory,
  emptyAssessmentContent,
} from "@kelias/domain";
import { eq } from "drizzle-orm";

/**
 * Case-record rows written directly for a test's setup (the procedures themselves are tested
 * through the API). Each is written as the case's owner.
 */

export const FULL_CHECKLIST: ConsentChecklist = Object.fromEntries(
  CONSENT_CHECKLIST.map((item) => [item, true]),
) as ConsentChecklist;

async function ownerOf(db: Database, caseId: string): Promise<string> {
  const [row] = await db.select({ ownerId: cases.ownerId }).from(cases).where(eq(cases.id, caseId));
  if (!row) throw new Error(`no case ${caseId}`);
  return row.ownerId;
}

export async function insertPartner(db: Database, active = true) {
  const [row] = await db
    .insert(partners)
    .values({ name: `Partner ${randomUUID().slice(0, 8)}`, kind: "ngo", city: "Vilnius", active })
    .returning({ id: partners.id, version: partners.version, name: partners.name });
  if (!row) throw new Error("partner insert returned nothing");
  return row;
}

export async function insertNote(db: Database, caseId: string, content = "First contact by phone.") {
  const owner = await ownerOf(db, caseId);
  const [row] = await db
    .insert(caseNotes)
    .values({ caseId, content, createdBy: owner, updatedBy: owner })
    .returning({ id: caseNotes.id, version: caseNotes.version });
  if (!row) throw new Error("note insert returned nothing");
  return row;
}

/** A one-page PDF document of the category, uploaded by the case's owner. */
export async function insertDocument(db: Database, caseId: string, category: DocumentCategory = "other") {
  const owner = await ownerOf(db, caseId);
  const content = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
  const [row] = await db
    .insert(caseDocuments)
    .values({
      caseId,
      fileName: `${category}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: content.byteLength,
      sha256: "0".repeat(64),
      category,
      uploadedBy: owner,
    })
    .returning({ id: caseDocuments.id, version: caseDocuments.version });
  if (!row) throw new Error("document insert returned nothing");
  await db.insert(caseDocumentContents).values({ documentId: row.id, content });
  return row;
}

export async function insertService(db: Database, caseId: string) {
  const owner = await ownerOf(db, caseId);
  const [row] = await db
    .insert(caseServices)
    .values({
      caseId,
      type: "interpretation",
      provider: "Interpreter",
      deliveredOn: "2026-01-10",
      quantity: 2,
      cost: "60.00",
      currency: "EUR",
      createdBy: owner,
      updatedBy: owner,
    })
    .returning({ id: caseServices.id, version: caseServices.version });
  if (!row) throw new Error("service insert returned nothing");
  return row;
}

export async function insertConsent(
  db: Database,
  caseId: string,
  options: { purpose?: ConsentPurpose; partnerId?: string | null; checklist?: ConsentChecklist } = {},
) {
  const owner = await ownerOf(db, caseId);
  const [row] = await db
    .insert(caseConsents)
    .values({
      caseId,
      purpose: options.purpose ?? "referral",
      partnerId: options.partnerId ?? null,
      givenOn: "2026-01-05",
      ...(options.checklist ?? FULL_CHECKLIST),
      recordedBy: owner,
    })
    .returning({ id: caseConsents.id, version: caseConsents.version });
  if (!row) throw new Error("consent insert returned nothing");
  return row;
}

export async function insertReferral(db: Database, caseId: string, partnerId: string) {
  const owner = await ownerOf(db, caseId);
  const consent = await insertConsent(db, caseId, { partnerId });
  const [row] = await db
    .insert(caseReferrals)
    .values({
      caseId,
      partnerId,
      consentId: consent.id,
      reason: "Legal advice",
      referredBy: owner,
      updatedBy: owner,
    })
    .returning({ id: caseReferrals.id, version: caseReferrals.version });
  if (!row) throw new Error("referral insert returned nothing");
  return row;
}

export async function insertTask(db: Database, caseId: string, dueDate: string | null = "2026-02-01") {
  const owner = await ownerOf(db, caseId);
  const [row] = await db
    .insert(caseTasks)
    .values({ caseId, title: "Call the embassy", dueDate, createdBy: owner, updatedBy: owner })
    .returning({ id: caseTasks.id, version: caseTasks.version });
  if (!row) throw new Error("task insert returned nothing");
  return row;
}

/** A task as a workflow transition would create it. */
export async function insertWorkflowTask(db: Database, caseId: string, dueDate = "2026-02-15") {
  const owner = await ownerOf(db, caseId);
  const [row] = await db
    .insert(caseWorkflowTasks)
    .values({ caseId, kind: "reintegration_contact", dueDate, createdBy: owner })
    .returning({ id: caseWorkflowTasks.id });
  if (!row) throw new Error("workflow task insert returned nothing");
  return row;
}

/** An appointment of the case, planned by its owner, at 10:00 UTC on `day`. */
export async function insertAppointment(db: Database, caseId: string, day = "2026-02-03") {
  const owner = await ownerOf(db, caseId);
  const [row] = await db
    .insert(caseAppointments)
    .values({
      caseId,
      kind: "counselling",
      startsAt: new Date(`${day}T10:00:00Z`),
      place: "Office, room 2",
      createdBy: owner,
      updatedBy: owner,
    })
    .returning({ id: caseAppointments.id, version: caseAppointments.version });
  if (!row) throw new Error("appointment insert returned nothing");
  return row;
}

/** An AVRR vulnerability assessment of low risk on the case, with its first revision. */
export async function insertAssessment(db: Database, caseId: string, authorId: string) {
  const values = {
    assessedOn: "2026-01-10",
    riskLevel: "low" as const,
    reviewDue: "2026-04-10",
    content: emptyAssessmentContent("vulnerability"),
  };
  const [row] = await db
    .insert(caseAssessments)
    .values({ caseId, kind: "vulnerability", ...values, createdBy: authorId, updatedBy: authorId })
    .returning({ id: caseAssessments.id, version: caseAssessments.version });
  if (!row) throw new Error("assessment insert returned nothing");
  await db
    .insert(caseAssessmentRevisions)
    .values({ assessmentId: row.id, version: 1, ...values, recordedBy: authorId });
  return row;
}
