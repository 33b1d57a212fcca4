import { type Executor, fieldChanges, users } from "@kelias/db";
import {
  type Actor,
  type CaseFacts,
  type FieldChange,
  type HistoryGuard,
  type HistoryRecord,
  mayReadHistoryValues,
  type PersonFacts,
  type SensitiveCategory,
} from "@kelias/domain";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";

/** What one write changed, and on which record: the rows `recordFieldChanges` writes. */
export interface ChangedRecord {
  changeId: string;
  actorId: string;
  record: HistoryRecord;
  /** The person, for a person record; else the case. */
  owner: { personId: string } | { caseId: string };
  recordKey: string;
  category: SensitiveCategory | null;
}

/**
 * Records the old and new value of each changed field, in the transaction of the write; the audit
 * entry of the write names `changeId`. Nothing is written when nothing changed.
 */
export async function recordFieldChanges(
  tx: Executor,
  record: ChangedRecord,
  changes: readonly FieldChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(fieldChanges).values(
    changes.map((c) => ({
      changeId: record.changeId,
      actorId: record.actorId,
      record: record.record,
      personId: "personId" in record.owner ? record.owner.personId : null,
      caseId: "caseId" in record.owner ? record.owner.caseId : null,
      recordKey: record.recordKey,
      field: c.field,
      oldValue: c.oldValue ?? null,
      newValue: c.newValue ?? null,
      category: record.category,
    })),
  );
}

/** One changed field as a reader sees it: the values only when they may see the field's value. */
export type ShownChange = {
  id: string;
  changeId: string;
  at: Date;
  actorName: string | null;
  record: HistoryRecord;
  recordKey: string;
  field: string;
  category: SensitiveCategory | null;
} & ({ withheld: false; oldValue: unknown; newValue: unknown } | { withheld: true });

/** The record the changes are on, whose facts the policy reads. */
export type HistoryOwner = { kind: "case"; case: CaseFacts } | { kind: "person"; person: PersonFacts };

/** Reads field changes, newest first, and withholds the values the actor may not see. */
export async function readFieldChanges(
  db: Executor,
  actor: Actor,
  guard: HistoryOwner,
  where: SQL[],
  limit = 500,
): Promise<ShownChange[]> {
  const rows = await db
    .select({
      id: fieldChanges.id,
      changeId: fieldChanges.changeId,
      at: fieldChanges.at,
      actorName: users.name,
      record: fieldChanges.record,
      recordKey: fieldChanges.recordKey,
      field: fieldChanges.field,
      oldValue: fieldChanges.oldValue,
      newValue: fieldChanges.newValue,
      category: fieldChanges.category,
    })
    .from(fieldChanges)
    .leftJoin(users, eq(users.id, fieldChanges.actorId))
    .where(and(...where))
    .orderBy(desc(fieldChanges.at), fieldChanges.field)
    .limit(limit);
  return rows.map(({ oldValue, newValue, ...row }) => {
    const base = { ...row, at: new Date(row.at) };
    const full: HistoryGuard =
      guard.kind === "case"
        ? { kind: "case", case: guard.case, category: row.category }
        : { kind: "person", person: guard.person, category: row.category };
    return mayReadHistoryValues(actor, full)
      ? { ...base, withheld: false as const, oldValue, newValue }
      : { ...base, withheld: true as const };
  });
}

/** The changes of the given writes (the timeline's entries), on one case. */
export function changesOf(caseId: string, changeIds: string[]): SQL[] {
  return [eq(fieldChanges.caseId, caseId), inArray(fieldChanges.changeId, changeIds)];
}
