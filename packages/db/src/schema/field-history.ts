import {
  HISTORY_RECORDS,
  type HistoryRecord,
  SENSITIVE_CATEGORIES,
  type SensitiveCategory,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { userRef } from "./authored";
import { cases } from "./cases";
import { id, now, oneOf } from "./columns";
import { people } from "./people";

/**
 * Field-level history: per write to a person record, a sensitive note, the workflow facts or a
 * service, one row per changed field with its value before and after. Kept apart from the audit log
 * (which administrators read and which is kept for ever): these rows hold what was written, are read
 * through the same policy as the field's current value, and go with the person or case they are
 * about. Append-only: the migration refuses updates.
 */
export const fieldChanges = pgTable(
  "field_changes",
  {
    id: id(),
    /** One write: the rows it made share it, and the write's audit entry names it (`changeId`). */
    changeId: uuid().notNull(),
    at: now(),
    actorId: userRef(),
    record: text().$type<HistoryRecord>().notNull(),
    /** The person (for a person record) or the case (for the parts of a case). */
    personId: uuid().references(() => people.id, { onDelete: "cascade" }),
    caseId: uuid().references(() => cases.id, { onDelete: "cascade" }),
    /** The service, for a service; the sensitive note's category for a note; else the person or case. */
    recordKey: text().notNull(),
    field: text().notNull(),
    oldValue: jsonb(),
    newValue: jsonb(),
    /** The sensitive category whose policy guards the values; null when the record's own does. */
    category: text().$type<SensitiveCategory>(),
  },
  (t) => [
    index("field_changes_person_idx").on(t.personId, t.at),
    index("field_changes_case_idx").on(t.caseId, t.record, t.recordKey, t.at),
    index("field_changes_change_idx").on(t.changeId),
    check("field_changes_record_check", oneOf(t.record, HISTORY_RECORDS)),
    check("field_changes_category_check", oneOf(t.category, SENSITIVE_CATEGORIES)),
    // A person's history names the person, a case part's the case.
    check(
      "field_changes_owner_check",
      sql`case when ${t.record} = 'person' then ${t.personId} is not null and ${t.caseId} is null else ${t.caseId} is not null and ${t.personId} is null end`,
    ),
  ],
);
