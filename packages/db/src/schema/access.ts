import {
  ACCESS_DECISION_STATES,
  type AccessDecisionState,
  CASE_LIST_VIEWS,
  type CaseListView,
  DUPLICATE_REASONS,
  type DuplicateReason,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, codes, eachOf, id, now, oneOf, timestamps, version } from "./columns";
import { people } from "./people";
import { users } from "./users";

/**
 * A request for access, made from the duplicate check: who asked and why. It holds none of what
 * they typed (names, document numbers): its decisions name the cases it asks for.
 */
export const accessRequests = pgTable(
  "access_requests",
  {
    id: id(),
    requesterId: userRef().notNull(),
    reason: text().notNull(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index("access_requests_requester_idx").on(t.requesterId, t.createdAt)],
);

/** One case a request asks for, and its decision: asked of the case's owner or the programme's managers. */
export const accessRequestDecisions = pgTable(
  "access_request_decisions",
  {
    id: id(),
    requestId: belongsTo(() => accessRequests.id),
    caseId: belongsTo(() => cases.id),
    /** The person the duplicate check matched, whose case this is. */
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** Why the check matched them (same document, similar name with a close birth). */
    reasons: codes<DuplicateReason>(),
    state: text().$type<AccessDecisionState>().notNull().default("pending"),
    decidedBy: userRef(),
    decidedAt: timestamp({ withTimezone: true }),
    /** The decider's note for the requester. */
    note: text().notNull().default(""),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    check("access_request_decisions_state_check", oneOf(t.state, ACCESS_DECISION_STATES)),
    check("access_request_decisions_reasons_check", eachOf(t.reasons, DUPLICATE_REASONS)),
    uniqueIndex("access_request_decisions_request_case_key").on(t.requestId, t.caseId),
    // The decisions waiting, per case (the deciders' queue).
    index("access_request_decisions_pending_idx")
      .on(t.caseId, t.createdAt)
      .where(sql`${t.state} = 'pending'`),
  ],
);

/**
 * Read access to one case, granted by a decision on an access request: the grantee reads the case
 * (never changes it, nor reads its sensitive fields) as long as they work with cases.
 */
export const caseAccessGrants = pgTable(
  "case_access_grants",
  {
    caseId: belongsTo(() => cases.id),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    decisionId: uuid().references(() => accessRequestDecisions.id, { onDelete: "set null" }),
    grantedBy: userRef().notNull(),
    grantedAt: now(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    index("case_access_grants_user_idx").on(t.userId, t.caseId),
  ],
);

/** A case-list filter a user saved under a name: the list it belongs to and its URL query. */
export const savedCaseFilters = pgTable(
  "saved_case_filters",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    view: text().$type<CaseListView>().notNull(),
    query: jsonb().$type<Record<string, string>>().notNull(),
    createdAt: now(),
  },
  (t) => [
    check("saved_case_filters_view_check", oneOf(t.view, CASE_LIST_VIEWS)),
    uniqueIndex("saved_case_filters_user_name_key").on(t.userId, t.name),
  ],
);
