import { randomUUID } from "node:crypto";
import { COUNTRY_CODES, EMPTY_WORKFLOW_FACTS, type Programme } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { appendAuditEntries, type DatedAuditEntry, type Executor } from "../audit";
import {
  caseApprovals,
  caseConsents,
  caseNoteRevisions,
  caseNotes,
  caseReferrals,
  caseSensitiveNotes,
  caseServices,
  caseStateHistory,
  cases,
  caseTasks,
  caseWorkflowFacts,
  fieldChanges,
  people,
} from "../schema";
import { DAY } from "./days";
import type { SeededRandom } from "./random";

/*
 * The demo's history: what the audit log and the field history would hold had the demo cases been
 * worked through the application. Written after every demo record exists, from those records, oldest
 * first, so that each case's timeline tells its story (opened, moved through its states, notes,
 * services, consents, referrals, tasks) and shows old → new values where a field history is kept.
 */

const HOUR = 60 * 60 * 1000;
const case_ = (id: string) => ({ entityType: "case", entityId: id });

/** Providers a demo service was first recorded with before someone corrected it. */
const EARLIER_PROVIDERS = ["Vilnius city social services", "Caritas Lithuania", "Red Cross Lithuania"];

/** What a demo health note said before it was brought up to date. */
const EARLIER_HEALTH_NOTES = [
  "Mentions a chronic condition; details to follow after the doctor's visit.",
  "Asked for a medical check before any travel.",
];

interface FieldRow {
  changeId: string;
  at: Date;
  actorId: string;
  record: "person" | "sensitive_note" | "workflow_facts" | "service";
  personId: string | null;
  caseId: string | null;
  recordKey: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  category?: "health" | null;
}

export async function seedDemoTimeline(tx: Executor, random: SeededRandom, now: Date): Promise<void> {
  const events: DatedAuditEntry[] = [];
  const fields: FieldRow[] = [];
  const at = (time: Date | number) => new Date(Math.min(now.getTime(), new Date(time).getTime()));
  const event = (e: Omit<DatedAuditEntry, "outcome"> & { at: Date }) =>
    events.push({ ...e, outcome: "allowed", at: at(e.at) });

  const caseRows = await tx
    .select({
      id: cases.id,
      programme: cases.programme,
      state: cases.state,
      reference: cases.reference,
      personId: cases.personId,
      ownerId: cases.ownerId,
      openedAt: cases.openedAt,
      closedAt: cases.closedAt,
    })
    .from(cases)
    .orderBy(asc(cases.openedAt));

  for (const c of caseRows) {
    const programme = c.programme as Programme;
    const owner = c.ownerId;
    const target = case_(c.id);
    /** An allowed action on this case, at `time` (never after now), by `actorId`. */
    const caseEvent = (time: Date, actorId: string, action: string, detail: Record<string, unknown>) =>
      event({ at: time, actorId, action, ...target, detail });
    caseEvent(c.openedAt, owner, "case.create", { programme, personId: c.personId, reference: c.reference });
    caseEvent(new Date(c.openedAt.getTime() + HOUR), owner, "case.read", {});

    // The moves, with the approvals some needed.
    // The state history itself is the demo's own (seedStateHistory): every case got where it stands.
    const moves = await tx.select().from(caseStateHistory).where(eq(caseStateHistory.caseId, c.id));
    const approvals = await tx.select().from(caseApprovals).where(eq(caseApprovals.caseId, c.id));
    for (const move of moves) {
      const approval = approvals.find((a) => a.id === move.approvalId);
      if (approval) {
        caseEvent(approval.requestedAt, approval.requestedBy, "case.workflow.transition", {
          from: move.fromState,
          to: move.toState,
          kind: move.kind,
          approvalId: approval.id,
          pending: true,
        });
        caseEvent(move.at, approval.decidedBy ?? owner, "case.workflow.decideApproval", {
          approvalId: approval.id,
          approve: true,
          from: move.fromState,
          to: move.toState,
          tasks: [],
        });
      } else {
        caseEvent(move.at, move.movedBy, "case.workflow.transition", {
          from: move.fromState,
          to: move.toState,
          kind: move.kind,
          tasks: [],
        });
      }
    }
    for (const approval of approvals.filter((a) => a.status === "pending")) {
      caseEvent(approval.requestedAt, approval.requestedBy, "case.workflow.transition", {
        from: approval.fromState,
        to: approval.toState,
        kind: approval.kind,
        approvalId: approval.id,
        pending: true,
      });
    }

    // The workflow facts, recorded soon after the opening; some destinations were corrected later.
    const [facts] = await tx.select().from(caseWorkflowFacts).where(eq(caseWorkflowFacts.caseId, c.id));
    if (facts) {
      const recorded = Object.keys(EMPTY_WORKFLOW_FACTS).filter((field) => {
        const value = facts[field as keyof typeof facts];
        return value !== null && value !== false && !(Array.isArray(value) && value.length === 0);
      });
      if (recorded.length > 0) {
        const firstAt = at(c.openedAt.getTime() + 2 * DAY);
        const corrected = facts.destinationCountry !== null && random.chance(0.4);
        const earlierCountry = corrected
          ? (COUNTRY_CODES.find((code) => code !== facts.destinationCountry && code.startsWith("U")) ?? "UA")
          : null;
        const changeId = randomUUID();
        for (const field of recorded) {
          const value = facts[field as keyof typeof facts];
          fields.push({
            changeId,
            at: firstAt,
            actorId: owner,
            record: "workflow_facts",
            personId: null,
            caseId: c.id,
            recordKey: c.id,
            field,
            oldValue: EMPTY_WORKFLOW_FACTS[field as keyof typeof EMPTY_WORKFLOW_FACTS],
            newValue: field === "destinationCountry" && earlierCountry ? earlierCountry : value,
          });
        }
        caseEvent(firstAt, owner, "case.workflow.setFacts", { fields: [...recorded].sort(), changeId });
        if (earlierCountry) {
          const fixId = randomUUID();
          const fixAt = at(firstAt.getTime() + DAY);
          fields.push({
            changeId: fixId,
            at: fixAt,
            actorId: owner,
            record: "workflow_facts",
            personId: null,
            caseId: c.id,
            recordKey: c.id,
            field: "destinationCountry",
            oldValue: earlierCountry,
            newValue: facts.destinationCountry,
          });
          caseEvent(fixAt, owner, "case.workflow.setFacts", {
            fields: ["destinationCountry"],
            changeId: fixId,
          });
        }
      }
    }

    // Notes, and their edits.
    const notes = await tx.select().from(caseNotes).where(eq(caseNotes.caseId, c.id));
    for (const note of notes) {
      caseEvent(note.createdAt, note.createdBy, "case.note.add", { noteId: note.id });
      const revisions = await tx
        .select()
        .from(caseNoteRevisions)
        .where(eq(caseNoteRevisions.noteId, note.id));
      for (const r of revisions) {
        caseEvent(r.replacedAt, note.updatedBy, "case.note.edit", {
          noteId: note.id,
          version: r.version + 1,
        });
      }
    }

    // Services; some were corrected after they were recorded (the provider).
    const services = await tx.select().from(caseServices).where(eq(caseServices.caseId, c.id));
    for (const s of services) {
      caseEvent(s.createdAt, s.createdBy, "case.service.add", { serviceId: s.id, type: s.type });
      const editAt = at(s.createdAt.getTime() + DAY);
      if (random.chance(0.4) && editAt > s.createdAt) {
        const changeId = randomUUID();
        const earlier = EARLIER_PROVIDERS.find((p) => p !== s.provider) ?? "Caritas Lithuania";
        fields.push({
          changeId,
          at: editAt,
          actorId: owner,
          record: "service",
          personId: null,
          caseId: c.id,
          recordKey: s.id,
          field: "provider",
          oldValue: earlier,
          newValue: s.provider,
        });
        await tx
          .update(caseServices)
          .set({ version: 2, updatedAt: editAt, updatedBy: owner })
          .where(eq(caseServices.id, s.id));
        caseEvent(editAt, owner, "case.service.edit", {
          serviceId: s.id,
          type: s.type,
          version: 2,
          changeId,
        });
      }
    }

    // Consents and their withdrawals; referrals and their answers; tasks and their ticks.
    const consents = await tx.select().from(caseConsents).where(eq(caseConsents.caseId, c.id));
    for (const k of consents) {
      caseEvent(k.recordedAt, k.recordedBy, "case.consent.record", {
        consentId: k.id,
        purpose: k.purpose,
        partnerId: k.partnerId,
      });
      if (k.withdrawnAt && k.withdrawnBy) {
        caseEvent(k.withdrawnAt, k.withdrawnBy, "case.consent.withdraw", {
          consentId: k.id,
          purpose: k.purpose,
        });
      }
    }
    const referrals = await tx.select().from(caseReferrals).where(eq(caseReferrals.caseId, c.id));
    for (const r of referrals) {
      caseEvent(r.referredAt, r.referredBy, "case.referral.add", {
        referralId: r.id,
        partnerId: r.partnerId,
        consentId: r.consentId,
      });
      if (r.status !== "sent") {
        caseEvent(
          new Date(Math.max(r.updatedAt.getTime(), r.referredAt.getTime() + HOUR)),
          owner,
          "case.referral.setStatus",
          { referralId: r.id, from: "sent", status: r.status },
        );
      }
    }
    const tasks = await tx.select().from(caseTasks).where(eq(caseTasks.caseId, c.id));
    for (const task of tasks) {
      caseEvent(task.createdAt, task.createdBy, "case.task.add", { taskId: task.id, dueDate: task.dueDate });
      if (task.doneAt && task.doneBy) {
        caseEvent(task.doneAt, task.doneBy, "case.task.setDone", {
          taskId: task.id,
          origin: "manual",
          done: true,
        });
      }
    }

    // The health note, written once or brought up to date after a first, vaguer text.
    const [health] = await tx.select().from(caseSensitiveNotes).where(eq(caseSensitiveNotes.caseId, c.id));
    if (health) {
      const rewritten = random.chance(0.5);
      const firstAt = at(health.updatedAt.getTime() + 3 * HOUR);
      const first = rewritten ? random.pick(EARLIER_HEALTH_NOTES) : health.content;
      const writes: { at: Date; from: string | null; to: string; version: number }[] = [
        { at: firstAt, from: null, to: first, version: 1 },
      ];
      if (rewritten)
        writes.push({ at: at(firstAt.getTime() + 5 * DAY), from: first, to: health.content, version: 2 });
      for (const write of writes) {
        const changeId = randomUUID();
        fields.push({
          changeId,
          at: write.at,
          actorId: health.updatedBy,
          record: "sensitive_note",
          personId: null,
          caseId: c.id,
          recordKey: health.category,
          field: "content",
          oldValue: write.from,
          newValue: write.to,
          category: "health",
        });
        caseEvent(write.at, health.updatedBy, "case.sensitive.set", {
          category: health.category,
          version: write.version,
          changeId,
        });
      }
      const last = writes.at(-1);
      if (last) {
        await tx
          .update(caseSensitiveNotes)
          .set({ version: last.version, updatedAt: last.at })
          .where(eq(caseSensitiveNotes.caseId, c.id));
      }
    }
  }

  // Some people's phone numbers were added after their registration.
  const personRows = await tx
    .select({
      id: people.id,
      phones: people.phones,
      createdBy: people.createdBy,
      createdAt: people.createdAt,
    })
    .from(people);
  const openedOf = new Map<string, Date>();
  for (const c of caseRows) if (!openedOf.has(c.personId)) openedOf.set(c.personId, c.openedAt);
  for (const p of personRows) {
    if (p.phones.length === 0 || !random.chance(0.4)) continue;
    const changeId = randomUUID();
    const when = at((openedOf.get(p.id) ?? p.createdAt).getTime() + DAY);
    fields.push({
      changeId,
      at: when,
      actorId: p.createdBy,
      record: "person",
      personId: p.id,
      caseId: null,
      recordKey: p.id,
      field: "phones",
      oldValue: [],
      newValue: p.phones,
      category: null,
    });
    await tx.update(people).set({ version: 2 }).where(eq(people.id, p.id));
    events.push({
      at: when,
      actorId: p.createdBy,
      action: "person.update",
      outcome: "allowed",
      entityType: "person",
      entityId: p.id,
      detail: { version: 2, documents: "unchanged", household: [], unlinked: [], changeId },
    });
  }

  for (let i = 0; i < fields.length; i += 500) {
    await tx
      .insert(fieldChanges)
      .values(fields.slice(i, i + 500).map((f) => ({ ...f, category: f.category ?? null })));
  }
  // Oldest first, as the log was written; ties keep the order they were made in.
  events.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
  await appendAuditEntries(tx, events);
}
