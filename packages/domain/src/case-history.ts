import { z } from "zod";
import { idInput } from "./input-schemas";
import { type Actor, type CaseFacts, can, type PersonFacts, type SensitiveCategory } from "./policy";

/**
 * Field-level history: each write to a person record, a sensitive note, the workflow facts or a
 * service keeps, per changed field, the value before and after. The values live in their own table,
 * not in the audit log (which administrators read, and which is kept for ever): a history value is
 * shown to exactly those who may see the field's current value.
 */
export const HISTORY_RECORDS = [
  "person",
  "sensitive_note",
  "workflow_facts",
  "service",
  "referral_source",
  "feedback",
] as const;
export type HistoryRecord = (typeof HISTORY_RECORDS)[number];

/** One changed field of one write. Values are JSON (strings, numbers, booleans, lists, null). */
export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Two stored values are the same value (lists compare element by element, in order). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The fields of `after` whose value differs from `before`, in the order of `after`'s keys. A field
 * `after` leaves out (undefined) was not written and is not a change.
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  return Object.entries(after)
    .filter(([field, value]) => value !== undefined && !same(before[field], value))
    .map(([field, value]) => ({ field, oldValue: before[field] ?? null, newValue: value ?? null }));
}

/** Where a history entry's values come from: the policy that guards the field's current value. */
export type HistoryGuard =
  | { kind: "case"; case: CaseFacts; category: SensitiveCategory | null }
  | { kind: "person"; person: PersonFacts; category: SensitiveCategory | null };

/**
 * Whether the actor may see a history entry's old and new values: the same answer as for the
 * current value of the field. Who changed which field, and when, is shown to everyone who may read
 * the record; the values of a sensitive field only to those the sensitive policy lets read it.
 */
export function mayReadHistoryValues(actor: Actor, guard: HistoryGuard): boolean {
  if (guard.category === null) return true;
  if (guard.kind === "case") {
    return can(actor, { kind: "case.field.read", case: guard.case, category: guard.category });
  }
  // On a person, only identity documents are sensitive.
  return can(actor, { kind: "person.documents.read", person: guard.person });
}

/** The parts of a case that are one of several rows: their history names the row. */
const RECORDS_WITH_ID: ReadonlySet<string> = new Set(["service", "feedback"]);

/** The history of one part of a case: its sensitive notes, its workflow facts or one service. */
export const caseHistoryInput = z
  .object({
    caseId: idInput(),
    record: z.enum(["sensitive_note", "workflow_facts", "service", "referral_source", "feedback"]),
    /** The service, for `service`, or the feedback, for `feedback` (required there). */
    recordId: idInput().optional(),
  })
  .refine((input) => !RECORDS_WITH_ID.has(input.record) || input.recordId !== undefined, {
    path: ["recordId"],
    message: "required",
  });
export type CaseHistoryInput = z.infer<typeof caseHistoryInput>;

/**
 * What the case timeline can be narrowed to. Every audit action belongs to one kind (see
 * `timelineKindOf`); "access" holds the reads of the case and its restriction.
 */
export const TIMELINE_KINDS = [
  "workflow",
  "screening",
  "notes",
  "sensitive",
  "tasks",
  "documents",
  "services",
  "referrals",
  "consents",
  "team",
  "access",
  "other",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** Audit actions that only read (besides every action ending in ".read"): the timeline's "changes" view leaves them out. */
export const READ_ACTIONS = [
  "case.read",
  "case.timeline",
  "case.workflow.get",
  "case.history",
  "case.handover.list",
  "case.handover.download",
  "case.travel.get",
] as const;

export function isReadAction(action: string): boolean {
  return (READ_ACTIONS as readonly string[]).includes(action) || action.endsWith(".read");
}

/** Action prefixes by kind, the most specific first. */
const KIND_PREFIXES: readonly (readonly [string, TimelineKind])[] = [
  ["case.workflow.", "workflow"],
  ["case.create", "workflow"],
  ["case.transition", "workflow"],
  ["case.decideApproval", "workflow"],
  ["case.setWorkflowFacts", "workflow"],
  // AVRR travel: what the travel-ready steps of the workflow are checked against.
  ["case.travel.", "workflow"],
  ["identification.", "screening"],
  ["case.note.", "notes"],
  ["case.sensitive.", "sensitive"],
  ["case.field.", "sensitive"],
  ["case.task.", "tasks"],
  ["case.appointment.", "tasks"],
  ["document.", "documents"],
  ["case.document.", "documents"],
  ["case.service.", "services"],
  ["case.referral.", "referrals"],
  ["case.consent.", "consents"],
  ["case.source.", "workflow"],
  ["case.team.", "team"],
  ["case.assign", "team"],
  ["case.unassign", "team"],
  ["case.bulkReassign", "team"],
  ["approvals.bulkReassign", "team"],
  ["case.restriction.", "access"],
  ["case.restrict", "access"],
  ["case.findByReference", "access"],
  ["accessRequest.", "access"],
  ["case.handover.", "referrals"],
];

/** The kind of a timeline entry, from its audit action (current or older name). */
export function timelineKindOf(action: string): TimelineKind {
  // Reads of a part of the case (a document, the screening history) belong to the part.
  for (const [prefix, kind] of KIND_PREFIXES) if (action.startsWith(prefix)) return kind;
  if (isReadAction(action)) return "access";
  return "other";
}
