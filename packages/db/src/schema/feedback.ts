import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_RATING,
  FEEDBACK_STATUSES,
  type FeedbackChannel,
  type FeedbackKind,
  type FeedbackStatus,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { authored } from "./authored";
import { cases } from "./cases";
import { belongsTo, id, oneOf, version } from "./columns";

/**
 * Feedback from a person the case serves: satisfaction, a complaint or a suggestion, how and when
 * it was received, and how the office answered it. Open until resolved (the resolution and its date).
 */
export const caseFeedback = pgTable(
  "case_feedback",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    kind: text().$type<FeedbackKind>().notNull(),
    channel: text().$type<FeedbackChannel>().notNull(),
    receivedOn: date({ mode: "string" }).notNull(),
    topic: text().notNull(),
    detail: text().notNull().default(""),
    /** 1 (very dissatisfied) to 5 (very satisfied), when the person gave one. */
    rating: integer(),
    status: text().$type<FeedbackStatus>().notNull().default("open"),
    resolution: text().notNull().default(""),
    resolvedOn: date({ mode: "string" }),
    ...authored(),
    version: version(),
  },
  (t) => [
    index("case_feedback_case_idx").on(t.caseId, t.receivedOn),
    // The dashboard: received and resolved in a period, open complaints now.
    index("case_feedback_received_idx").on(t.receivedOn, t.kind),
    index("case_feedback_resolved_idx").on(t.resolvedOn).where(sql`${t.resolvedOn} is not null`),
    index("case_feedback_open_idx").on(t.kind, t.caseId).where(sql`${t.status} = 'open'`),
    check("case_feedback_kind_check", oneOf(t.kind, FEEDBACK_KINDS)),
    check("case_feedback_channel_check", oneOf(t.channel, FEEDBACK_CHANNELS)),
    check("case_feedback_status_check", oneOf(t.status, FEEDBACK_STATUSES)),
    check(
      "case_feedback_rating_check",
      sql`${t.rating} is null or ${t.rating} between ${sql.raw(String(FEEDBACK_RATING.min))} and ${sql.raw(String(FEEDBACK_RATING.max))}`,
    ),
    // Resolved is exactly: a resolution date, not before the feedback came.
    check(
      "case_feedback_resolved_check",
      sql`(${t.status} = 'resolved') = (${t.resolvedOn} is not null) and (${t.resolvedOn} is null or ${t.resolvedOn} >= ${t.receivedOn})`,
    ),
  ],
);
