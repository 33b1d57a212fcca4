import {
  ALL_CASE_STATES,
  APPROVAL_STATUSES,
  type ApprovalStatus,
  CONTRACT_RED_FLAGS,
  COUNTRY_CODES,
  type ContractRedFlag,
  type CountryCode,
  DURABLE_SOLUTION_KINDS,
  type DurableSolutionKind,
  ELIGIBILITY_CRITERIA,
  type EligibilityCriterion,
  TASK_PRIORITIES,
  type TaskPriority,
  TRANSITION_KINDS,
  type TransitionKind,
  VULNERABILITY_CATEGORIES,
  type VulnerabilityCategory,
  WORKFLOW_TASK_KINDS,
  type WorkflowTaskKind,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { created, updated, userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, codes, eachOfChecks, id, now, oneOf, oneOfChecks, version } from "./columns";

/**
 * What has been recorded about a case for its workflow (one row per case, created on the first
 * record). Changes share the case's `version`: a transition is always checked against facts its
 * requester saw.
 */
export const caseWorkflowFacts = pgTable(
  "case_workflow_facts",
  {
    caseId: uuid()
      .primaryKey()
      .references(() => cases.id, { onDelete: "cascade" }),
    eligibilityCriterion: text().$type<EligibilityCriterion>(),
    voluntaryDecisionRecorded: boolean().notNull().default(false),
    destinationCountry: text().$type<CountryCode>(),
    arrivalDate: date({ mode: "string" }),
    vulnerabilityCategories: codes<VulnerabilityCategory>(),
    durableSolutionKind: text().$type<DurableSolutionKind>(),
    contractRedFlags: codes<ContractRedFlag>(),
    ...updated(),
  },
  (t) => [
    ...oneOfChecks("case_workflow_facts", t, {
      eligibilityCriterion: ELIGIBILITY_CRITERIA,
      destinationCountry: COUNTRY_CODES,
      durableSolutionKind: DURABLE_SOLUTION_KINDS,
    }),
    ...eachOfChecks("case_workflow_facts", t, {
      vulnerabilityCategories: VULNERABILITY_CATEGORIES,
      contractRedFlags: CONTRACT_RED_FLAGS,
    }),
  ],
);

/**
 * A move of a case from one state to another, of a kind, and why (the requester's reason): what the
 * history of moves and the approvals waiting for one both record.
 */
const move = () => ({
  caseId: belongsTo(() => cases.id),
  fromState: text().notNull(),
  toState: text().notNull(),
  kind: text().$type<TransitionKind>().notNull(),
  reason: text().notNull().default(""),
});

interface MoveColumns {
  fromState: AnyPgColumn;
  toState: AnyPgColumn;
  kind: AnyPgColumn;
}

/** The vocabulary checks of a move's states and kind, named after its table. */
const moveChecks = (table: string, t: MoveColumns) => [
  check(`${table}_from_state_check`, oneOf(t.fromState, ALL_CASE_STATES)),
  check(`${table}_to_state_check`, oneOf(t.toState, ALL_CASE_STATES)),
  check(`${table}_kind_check`, oneOf(t.kind, TRANSITION_KINDS)),
];

/** Every move of a case from one state to another: who, when, why, and who approved it. */
export const caseStateHistory = pgTable(
  "case_state_history",
  {
    id: id(),
    ...move(),
    /** Who asked for the move (the requester, when it needed approval). */
    movedBy: userRef().notNull(),
    approvalId: uuid().references(() => caseApprovals.id),
    at: now(),
  },
  (t) => [
    index("case_state_history_case_idx").on(t.caseId, t.at),
    // Dashboards: the cases that entered a state (departed, contract check…) within a period.
    index("case_state_history_state_at_idx").on(t.toState, t.at, t.caseId),
    // The history names no programme: a state of any programme passes here, and `cases` holds the
    // case to the states of its own.
    ...moveChecks("case_state_history", t),
  ],
);

/**
 * A transition that waits for a manager of the programme: at most one pending per case (a partial
 * unique index says so to the database too).
 */
export const caseApprovals = pgTable(
  "case_approvals",
  {
    id: id(),
    ...move(),
    requestedBy: userRef().notNull(),
    requestedAt: now(),
    status: text().$type<ApprovalStatus>().notNull().default("pending"),
    decidedBy: userRef(),
    decidedAt: timestamp({ withTimezone: true }),
    /** The manager's reason (required to reject), or why it was cancelled. */
    decisionReason: text().notNull().default(""),
  },
  (t) => [
    index("case_approvals_case_idx").on(t.caseId, t.requestedAt),
    uniqueIndex("case_approvals_one_pending_idx").on(t.caseId).where(sql`${t.status} = 'pending'`),
    check("case_approvals_status_check", oneOf(t.status, APPROVAL_STATUSES)),
    ...moveChecks("case_approvals", t),
  ],
);

/**
 * Work a transition created, with its due date (AVRR arrival: reintegration contact within one
 * month, monitoring at 3, 6 and 12 months).
 */
export const caseWorkflowTasks = pgTable(
  "case_workflow_tasks",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    kind: text().$type<WorkflowTaskKind>().notNull(),
    dueDate: date({ mode: "string" }).notNull(),
    priority: text().$type<TaskPriority>().notNull().default("normal"),
    /** Who does it: someone who works on the case; null is the case's owner, whoever that is now. */
    assigneeId: userRef(),
    /** Counts reassignments (ticking is checked against the state seen instead). */
    version: version(),
    /** The transition that created it. */
    historyId: uuid().references(() => caseStateHistory.id),
    ...created(),
    doneAt: timestamp({ withTimezone: true }),
    doneBy: userRef(),
  },
  (t) => [
    index("case_workflow_tasks_assignee_open_idx")
      .on(t.assigneeId, t.dueDate)
      .where(sql`${t.doneAt} is null and ${t.assigneeId} is not null`),
    check("case_workflow_tasks_priority_check", oneOf(t.priority, TASK_PRIORITIES)),
    index("case_workflow_tasks_case_idx").on(t.caseId, t.dueDate),
    // The open tasks of a case: what `cases.next_task_due` is computed from.
    index("case_workflow_tasks_open_idx").on(t.caseId, t.dueDate).where(sql`${t.doneAt} is null`),
    check("case_workflow_tasks_kind_check", oneOf(t.kind, WORKFLOW_TASK_KINDS)),
  ],
);

/**
 * The office's unsafe-destinations list (reference data, edited by administrators): returns to
 * these countries are not made. The list itself has one row here, with its version and who last
 * changed it; a missing row means no list, and the workflows then approve no return (fail closed).
 * The migration creates the row with an empty list; nobody invents its contents.
 */
export const unsafeDestinationList = pgTable(
  "unsafe_destination_list",
  {
    id: smallint().primaryKey().default(1),
    version: version(),
    /** `updatedBy` is null when the list was set up by the migration. */
    ...updated({ nullable: true }),
  },
  (t) => [check("unsafe_destination_list_single_row", sql`${t.id} = 1`)],
);

/** The countries on the list, each with who put it there and when. */
export const unsafeDestinations = pgTable(
  "unsafe_destinations",
  {
    countryCode: text().$type<CountryCode>().primaryKey(),
    addedBy: userRef(),
    addedAt: now(),
  },
  (t) => [check("unsafe_destinations_country_code_check", oneOf(t.countryCode, COUNTRY_CODES))],
);
