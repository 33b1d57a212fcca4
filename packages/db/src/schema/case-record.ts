import {
  CONSENT_PURPOSES,
  type ConsentPurpose,
  CURRENCIES,
  type Currency,
  PARTNER_KINDS,
  type PartnerKind,
  PROGRAMMES,
  type Programme,
  REFERRAL_STATUSES,
  type ReferralStatus,
  SERVICE_TYPES,
  type ServiceType,
  TASK_PRIORITIES,
  type TaskPriority,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { authored, updated, userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, codes, eachOf, id, now, oneOf, searchKeyVersion, tsvector, version } from "./columns";

/** The partner organisations cases are referred to (reference data, kept by administrators). */
export const partners = pgTable(
  "partners",
  {
    id: id(),
    name: text().notNull(),
    kind: text().$type<PartnerKind>().notNull(),
    city: text().notNull().default(""),
    contact: text().notNull().default(""),
    services: codes<ServiceType>(),
    /** Inactive partners stay on the referrals made to them, and are offered for no new one. */
    active: boolean().notNull().default(true),
    ...authored({ nullable: true }),
    version: version(),
  },
  (t) => [
    uniqueIndex("partners_name_key").on(sql`lower(${t.name})`),
    check("partners_kind_check", oneOf(t.kind, PARTNER_KINDS)),
    check("partners_services_check", eachOf(t.services, SERVICE_TYPES)),
  ],
);

/** A caseworker's note on a case. Edits keep the text they replace in `caseNoteRevisions`. */
export const caseNotes = pgTable(
  "case_notes",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    content: text().notNull(),
    /** The content folded for search (`searchText`) as a full-text document; written with it. */
    searchVector: tsvector().notNull().default(sql`''::tsvector`),
    searchKeyVersion: searchKeyVersion(),
    /** `updatedBy`, `updatedAt`: who wrote the current text, and when. */
    ...authored(),
    version: version(),
  },
  (t) => [
    index("case_notes_case_idx").on(t.caseId, t.createdAt),
    index("case_notes_search_idx").using("gin", t.searchVector),
    index("case_notes_search_key_version_idx").on(t.searchKeyVersion),
  ],
);

/** A note's earlier text: one row per edit, holding the text as it was before the edit. */
export const caseNoteRevisions = pgTable(
  "case_note_revisions",
  {
    id: id(),
    noteId: belongsTo(() => caseNotes.id),
    /** The version the text had. */
    version: integer().notNull(),
    content: text().notNull(),
    writtenBy: userRef().notNull(),
    writtenAt: timestamp({ withTimezone: true }).notNull(),
    /** The edit that replaced it. */
    replacedBy: userRef().notNull(),
    replacedAt: now(),
  },
  (t) => [uniqueIndex("case_note_revisions_note_version_key").on(t.noteId, t.version)],
);

/** A service delivered to the person of a case. */
export const caseServices = pgTable(
  "case_services",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    /**
     * The case's programme, copied by the database (trigger, migration 0016) on every insert and
     * whenever the case's programme changes: the dashboard counts a programme's services from one
     * index, without visiting the cases.
     */
    programme: text().$type<Programme>(),
    /** A code of the service-type reference data (`service_types.code`). */
    type: text().notNull(),
    provider: text().notNull(),
    deliveredOn: date({ mode: "string" }).notNull(),
    quantity: integer().notNull().default(1),
    /** Exact decimal (two places); null together with the currency when there was no cost. */
    cost: numeric({ precision: 12, scale: 2 }),
    currency: text().$type<Currency>(),
    note: text().notNull().default(""),
    ...authored(),
    version: version(),
  },
  (t) => [
    index("case_services_case_idx").on(t.caseId, t.deliveredOn),
    // Dashboards: a programme's services delivered within a period, read from the index alone.
    index("case_services_programme_delivered_idx").on(
      t.programme,
      t.deliveredOn,
      t.type,
      t.currency,
      t.caseId,
      t.quantity,
      t.cost,
    ),
    check("case_services_quantity_check", sql`${t.quantity} > 0`),
    check("case_services_cost_currency_check", sql`(${t.cost} is null) = (${t.currency} is null)`),
    check("case_services_cost_check", sql`${t.cost} is null or ${t.cost} >= 0`),
    check("case_services_programme_check", oneOf(t.programme, PROGRAMMES)),
    check("case_services_currency_check", oneOf(t.currency, CURRENCIES)),
  ],
);

/** A consent the person gave, per purpose, with the HTCDS checklist, and its withdrawal. */
export const caseConsents = pgTable(
  "case_consents",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    purpose: text().$type<ConsentPurpose>().notNull(),
    /** A referral consent limited to one partner; null covers any partner. */
    partnerId: uuid().references(() => partners.id),
    givenOn: date({ mode: "string" }).notNull(),
    interview: boolean().notNull(),
    purposeExplained: boolean().notNull(),
    usesExplained: boolean().notNull(),
    researchUse: boolean().notNull(),
    rightToAccess: boolean().notNull(),
    storagePeriod: boolean().notNull(),
    howToWithdraw: boolean().notNull(),
    note: text().notNull().default(""),
    recordedBy: userRef().notNull(),
    recordedAt: now(),
    withdrawnOn: date({ mode: "string" }),
    withdrawnBy: userRef(),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawalNote: text().notNull().default(""),
    version: version(),
  },
  (t) => [
    index("case_consents_case_idx").on(t.caseId, t.purpose),
    check("case_consents_purpose_check", oneOf(t.purpose, CONSENT_PURPOSES)),
    check(
      "case_consents_withdrawal_check",
      sql`(${t.withdrawnOn} is null) = (${t.withdrawnBy} is null) and (${t.withdrawnOn} is null) = (${t.withdrawnAt} is null)`,
    ),
  ],
);

/** A referral of the person to a partner organisation, with the consent that allowed it. */
export const caseReferrals = pgTable(
  "case_referrals",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id),
    consentId: uuid()
      .notNull()
      .references(() => caseConsents.id),
    serviceType: text().$type<ServiceType>(),
    reason: text().notNull(),
    status: text().$type<ReferralStatus>().notNull().default("sent"),
    referredBy: userRef().notNull(),
    referredAt: now(),
    ...updated(),
    version: version(),
  },
  (t) => [
    index("case_referrals_case_idx").on(t.caseId, t.referredAt),
    check("case_referrals_status_check", oneOf(t.status, REFERRAL_STATUSES)),
    check("case_referrals_service_type_check", oneOf(t.serviceType, SERVICE_TYPES)),
  ],
);

/** Work to do on a case, written by a person (tasks a workflow creates live in `caseWorkflowTasks`). */
export const caseTasks = pgTable(
  "case_tasks",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    title: text().notNull(),
    dueDate: date({ mode: "string" }),
    priority: text().$type<TaskPriority>().notNull().default("normal"),
    /** Who does it: someone who works on the case; null is the case's owner, whoever that is now. */
    assigneeId: userRef(),
    ...authored(),
    doneAt: timestamp({ withTimezone: true }),
    doneBy: userRef(),
    version: version(),
  },
  (t) => [
    index("case_tasks_case_idx").on(t.caseId, t.dueDate),
    // "My tasks": the open tasks of a set of cases.
    index("case_tasks_open_idx").on(t.caseId, t.dueDate).where(sql`${t.doneAt} is null`),
    // "My tasks": the open tasks given to a person by name.
    index("case_tasks_assignee_open_idx")
      .on(t.assigneeId, t.dueDate)
      .where(sql`${t.doneAt} is null and ${t.assigneeId} is not null`),
    check("case_tasks_priority_check", oneOf(t.priority, TASK_PRIORITIES)),
  ],
);
