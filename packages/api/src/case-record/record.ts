import {
  caseConsents,
  caseNoteRevisions,
  caseNotes,
  caseReferrals,
  caseServices,
  caseTasks,
  caseWorkflowTasks,
  type Executor,
  partners,
} from "@kelias/db";
import {
  compareTasks,
  consentStatus,
  isOverdue,
  officeToday,
  type TaskPriority,
  type WorkflowTaskKind,
} from "@kelias/domain";
import { desc, eq, inArray } from "drizzle-orm";
import { checklistOf } from "./consent-checklist";
import { namesOf } from "./names";

export interface RecordTask {
  id: string;
  origin: "manual" | "workflow";
  /** A manual task's title; null for a workflow task, which the interface names by its kind. */
  title: string | null;
  kind: WorkflowTaskKind | null;
  dueDate: string | null;
  done: boolean;
  overdue: boolean;
  doneAt: Date | null;
  doneByName: string | null;
  createdAt: Date;
  createdByName: string;
  /** The task's version (a workflow task's counts its reassignments). */
  version: number;
  priority: TaskPriority;
  /** Who does it; null: the case's owner. */
  assigneeId: string | null;
  assigneeName: string | null;
}

/**
 * The case record as the case page shows it: notes with their earlier texts, services, consents,
 * referrals and tasks (manual and workflow-created), each with who and when. The caller has
 * checked that the actor may read the case and audits the read.
 */
export async function caseRecordFor(db: Executor, caseId: string, now = new Date()) {
  const today = officeToday(now);
  const [notes, services, consents, referrals, manualTasks, workflowTasks] = await Promise.all([
    db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(desc(caseNotes.createdAt)),
    db
      .select()
      .from(caseServices)
      .where(eq(caseServices.caseId, caseId))
      .orderBy(desc(caseServices.deliveredOn), desc(caseServices.createdAt)),
    db
      .select({ consent: caseConsents, partnerName: partners.name })
      .from(caseConsents)
      .leftJoin(partners, eq(partners.id, caseConsents.partnerId))
      .where(eq(caseConsents.caseId, caseId))
      .orderBy(desc(caseConsents.recordedAt)),
    db
      .select({ referral: caseReferrals, partnerName: partners.name, consentPurpose: caseConsents.purpose })
      .from(caseReferrals)
      .innerJoin(partners, eq(partners.id, caseReferrals.partnerId))
      .innerJoin(caseConsents, eq(caseConsents.id, caseReferrals.consentId))
      .where(eq(caseReferrals.caseId, caseId))
      .orderBy(desc(caseReferrals.referredAt)),
    db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId)),
    db.select().from(caseWorkflowTasks).where(eq(caseWorkflowTasks.caseId, caseId)),
  ]);
  const noteIds = notes.map((n) => n.id);
  const revisions =
    noteIds.length === 0
      ? []
      : await db
          .select()
          .from(caseNoteRevisions)
          .where(inArray(caseNoteRevisions.noteId, noteIds))
          .orderBy(desc(caseNoteRevisions.version));
  const names = await namesOf(db, [
    ...notes.flatMap((n) => [n.createdBy, n.updatedBy]),
    ...revisions.flatMap((r) => [r.writtenBy, r.replacedBy]),
    ...services.flatMap((s) => [s.createdBy, s.updatedBy]),
    ...consents.flatMap(({ consent }) => [consent.recordedBy, consent.withdrawnBy]),
    ...referrals.flatMap(({ referral }) => [referral.referredBy, referral.updatedBy]),
    ...manualTasks.flatMap((t) => [t.createdBy, t.doneBy, t.assigneeId]),
    ...workflowTasks.flatMap((t) => [t.createdBy, t.doneBy, t.assigneeId]),
  ]);
  const name = (id: string | null) => (id ? (names.get(id) ?? "") : null);
  const nameOf = (id: string) => names.get(id) ?? "";

  /** What a task of either origin shows: when it is due, whether it is done, and who did what. */
  const taskOf = (t: (typeof manualTasks)[number] | (typeof workflowTasks)[number]) => ({
    id: t.id,
    dueDate: t.dueDate,
    done: t.doneAt !== null,
    overdue: isOverdue({ dueDate: t.dueDate, done: t.doneAt !== null }, today),
    doneAt: t.doneAt,
    doneByName: name(t.doneBy),
    createdAt: t.createdAt,
    createdByName: nameOf(t.createdBy),
    priority: t.priority,
    assigneeId: t.assigneeId,
    assigneeName: name(t.assigneeId),
    version: t.version,
  });
  /** Who wrote a note or a service and when, and who last changed it and when. */
  const authorship = (row: { createdAt: Date; createdBy: string; updatedAt: Date; updatedBy: string }) => ({
    createdAt: row.createdAt,
    createdByName: nameOf(row.createdBy),
    updatedAt: row.updatedAt,
    updatedByName: nameOf(row.updatedBy),
  });

  const tasks: RecordTask[] = [
    ...manualTasks.map((t) => ({
      ...taskOf(t),
      origin: "manual" as const,
      title: t.title,
      kind: null,
    })),
    ...workflowTasks.map((t) => ({
      ...taskOf(t),
      origin: "workflow" as const,
      title: null,
      kind: t.kind,
    })),
  ].sort((a, b) => compareTasks(a, b, today));

  return {
    today,
    notes: notes.map((n) => ({
      id: n.id,
      content: n.content,
      version: n.version,
      ...authorship(n),
      /** Earlier texts, newest first. */
      revisions: revisions
        .filter((r) => r.noteId === n.id)
        .map((r) => ({
          version: r.version,
          content: r.content,
          writtenAt: r.writtenAt,
          writtenByName: nameOf(r.writtenBy),
          replacedAt: r.replacedAt,
          replacedByName: nameOf(r.replacedBy),
        })),
    })),
    services: services.map((s) => ({
      id: s.id,
      type: s.type,
      provider: s.provider,
      deliveredOn: s.deliveredOn,
      quantity: s.quantity,
      cost: s.cost,
      currency: s.currency,
      note: s.note,
      version: s.version,
      ...authorship(s),
    })),
    consents: consents.map(({ consent: c, partnerName }) => ({
      id: c.id,
      purpose: c.purpose,
      partnerId: c.partnerId,
      partnerName,
      givenOn: c.givenOn,
      checklist: checklistOf(c),
      status: consentStatus({ withdrawnOn: c.withdrawnOn, checklist: checklistOf(c) }),
      note: c.note,
      recordedAt: c.recordedAt,
      recordedByName: nameOf(c.recordedBy),
      withdrawnOn: c.withdrawnOn,
      withdrawnAt: c.withdrawnAt,
      withdrawnByName: name(c.withdrawnBy),
      withdrawalNote: c.withdrawalNote,
      version: c.version,
    })),
    referrals: referrals.map(({ referral: r, partnerName, consentPurpose }) => ({
      id: r.id,
      partnerId: r.partnerId,
      partnerName,
      consentId: r.consentId,
      consentPurpose,
      serviceType: r.serviceType,
      reason: r.reason,
      status: r.status,
      referredAt: r.referredAt,
      referredByName: nameOf(r.referredBy),
      updatedAt: r.updatedAt,
      updatedByName: nameOf(r.updatedBy),
      version: r.version,
    })),
    tasks,
  };
}

export type CaseRecord = Awaited<ReturnType<typeof caseRecordFor>>;
