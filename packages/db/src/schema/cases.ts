import {
  CASE_STATES,
  PROGRAMMES,
  type Programme,
  REFERRAL_SOURCES,
  type ReferralSource,
  SENSITIVE_CATEGORIES,
  type SensitiveCategory,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { created, updated, userRef } from "./authored";
import {
  belongsTo,
  id,
  now,
  oneOf,
  oneOfPer,
  searchKeyVersion,
  timestamps,
  tsvector,
  version,
} from "./columns";
import { people } from "./people";

export const cases = pgTable(
  "cases",
  {
    id: id(),
    reference: text().notNull().unique(),
    programme: text().$type<Programme>().notNull(),
    state: text().notNull(),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    ownerId: userRef().notNull(),
    restricted: boolean().notNull().default(false),
    /** How the person came to the office (entry point); null for cases opened before it was asked. */
    referralSource: text().$type<ReferralSource>(),
    /** Who referred, in words (required with "other"). */
    referralSourceDetail: text().notNull().default(""),
    openedAt: now(),
    closedAt: timestamp({ withTimezone: true }),
    /**
     * The earliest due date of the case's open tasks (manual and workflow-created), null when none:
     * kept by triggers on both task tables (migration 0016), so that "cases with an overdue task"
     * is a range of an index rather than a probe of every case's tasks.
     */
    nextTaskDue: date({ mode: "string" }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check("cases_programme_check", oneOf(t.programme, PROGRAMMES)),
    check("cases_state_check", oneOfPer(t.programme, t.state, CASE_STATES)),
    check("cases_referral_source_check", oneOf(t.referralSource, REFERRAL_SOURCES)),
    // The dashboard's cases opened per entry point in a period.
    index("cases_programme_referral_source_opened_idx").on(t.programme, t.referralSource, t.openedAt),
    index("cases_programme_state_idx").on(t.programme, t.state),
    index("cases_person_idx").on(t.personId),
    // The global search by a part of a reference (`LIKE 'AVRR-2026-42%'`).
    index("cases_reference_trgm_idx").using("gin", t.reference.op("gin_trgm_ops")),
    // Keyset paging of lists, newest first, overall and per programme.
    // (Ascending indexes, read backwards, serve "newest first" with Postgres's default NULLS FIRST.)
    index("cases_opened_idx").on(t.openedAt, t.id),
    index("cases_programme_opened_idx").on(t.programme, t.openedAt, t.id),
    // Dashboards: cases closed per month, per programme.
    index("cases_programme_closed_idx").on(t.programme, t.closedAt).where(sql`${t.closedAt} is not null`),
    // Lists count the restricted cases they leave out: few outside counter-trafficking.
    index("cases_restricted_programme_idx").on(t.programme, t.openedAt).where(sql`${t.restricted}`),
    index("cases_updated_idx").on(t.updatedAt, t.id),
    index("cases_programme_updated_idx").on(t.programme, t.updatedAt, t.id),
    // The dashboard's overdue caseloads: the cases of a programme whose earliest open task is late,
    // with their owner (and id, for the co-workers), read from the index alone.
    index("cases_programme_next_task_due_idx")
      .on(t.programme, t.nextTaskDue, t.state, t.ownerId, t.id)
      .where(sql`${t.nextTaskDue} is not null`),
  ],
);

export const ASSIGNMENT_KINDS = ["owner", "co"] as const;

export const caseAssignments = pgTable(
  "case_assignments",
  {
    caseId: belongsTo(() => cases.id),
    userId: userRef().notNull(),
    kind: text().$type<(typeof ASSIGNMENT_KINDS)[number]>().notNull(),
    assignedAt: now(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    index("case_assignments_user_idx").on(t.userId, t.caseId),
    check("case_assignments_kind_check", oneOf(t.kind, ASSIGNMENT_KINDS)),
    // Co-workers apart from owners (an owner is also `cases.owner_id`): the dashboard's caseloads.
    index("case_assignments_co_idx").on(t.caseId, t.userId).where(sql`${t.kind} = 'co'`),
  ],
);

/**
 * How many cases each programme has in each state, for the dashboard: reading this is constant time
 * where counting the cases is not. Kept by statement triggers on `cases` in the same transaction as
 * every change (migration 0016), so it cannot drift from the cases it counts.
 */
export const caseStateCounts = pgTable(
  "case_state_counts",
  {
    programme: text().$type<Programme>().notNull(),
    state: text().notNull(),
    cases: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programme, t.state] }),
    check("case_state_counts_programme_check", oneOf(t.programme, PROGRAMMES)),
    check("case_state_counts_state_check", oneOfPer(t.programme, t.state, CASE_STATES)),
  ],
);

/**
 * How many cases of each programme and state each person works on (owner or co-worker): the
 * dashboard's caseload. Kept by triggers on `cases` and `case_assignments` (migration 0016).
 */
export const caseAssigneeCounts = pgTable(
  "case_assignee_counts",
  {
    programme: text().$type<Programme>().notNull(),
    state: text().notNull(),
    userId: userRef().notNull(),
    cases: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programme, t.userId, t.state] }),
    check("case_assignee_counts_programme_check", oneOf(t.programme, PROGRAMMES)),
    check("case_assignee_counts_state_check", oneOfPer(t.programme, t.state, CASE_STATES)),
  ],
);

/**
 * Per programme and office calendar month (YYYY-MM, Europe/Vilnius), the cases opened and the cases
 * closed in it: the dashboard's "new and closed per month". Kept by the same triggers (migration 0016).
 */
export const caseMonthCounts = pgTable(
  "case_month_counts",
  {
    programme: text().$type<Programme>().notNull(),
    month: text().notNull(),
    opened: integer().notNull().default(0),
    closed: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.programme, t.month] }),
    check("case_month_counts_programme_check", oneOf(t.programme, PROGRAMMES)),
  ],
);

export const HANDOVER_KINDS = ["owner", "co_added", "co_removed"] as const;

/** A change of who works on a case, with the note the manager left for the people taking over. */
export const caseHandovers = pgTable(
  "case_handovers",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    kind: text().$type<(typeof HANDOVER_KINDS)[number]>().notNull(),
    fromUserId: userRef(),
    toUserId: userRef(),
    note: text().notNull().default(""),
    ...created(),
  },
  (t) => [
    index("case_handovers_case_idx").on(t.caseId, t.createdAt),
    check("case_handovers_kind_check", oneOf(t.kind, HANDOVER_KINDS)),
  ],
);

/** Per programme and year, the last sequence number handed out for case references. */
export const caseReferenceCounters = pgTable(
  "case_reference_counters",
  {
    programme: text().$type<Programme>().notNull(),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programme, t.year] }),
    check("case_reference_counters_programme_check", oneOf(t.programme, PROGRAMMES)),
  ],
);

export type CaseRow = typeof cases.$inferSelect;

/**
 * Notes of the sensitive categories (health, trafficking details, identity documents), one per case
 * and category, kept apart from the case so that every read of them goes through the field policy.
 */
export const caseSensitiveNotes = pgTable(
  "case_sensitive_notes",
  {
    caseId: belongsTo(() => cases.id),
    category: text().$type<SensitiveCategory>().notNull(),
    content: text().notNull(),
    /** The content folded for search (`searchText`) as a full-text document; written with it. */
    searchVector: tsvector().notNull().default(sql`''::tsvector`),
    searchKeyVersion: searchKeyVersion(),
    ...updated(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.category] }),
    index("case_sensitive_notes_search_idx").using("gin", t.searchVector),
    index("case_sensitive_notes_search_key_version_idx").on(t.searchKeyVersion),
    check("case_sensitive_notes_category_check", oneOf(t.category, SENSITIVE_CATEGORIES)),
  ],
);
