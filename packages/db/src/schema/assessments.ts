import {
  ASSESSMENT_KINDS,
  type AssessmentContent,
  type AssessmentKind,
  REVIEW_INTERVAL_BOUNDS,
  RISK_LEVELS,
  type RiskLevel,
} from "@kelias/domain";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { authored, updated, userRef } from "./authored";
import { caseTasks } from "./case-record";
import { cases } from "./cases";
import { belongsTo, id, now, oneOf, version, within } from "./columns";

/**
 * An assessment of a case (needs or vulnerability) as its latest revision has it. Every revision,
 * the latest included, is also kept whole in `caseAssessmentRevisions`.
 */
export const caseAssessments = pgTable(
  "case_assessments",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    kind: text().$type<AssessmentKind>().notNull(),
    assessedOn: date({ mode: "string" }).notNull(),
    riskLevel: text().$type<RiskLevel>().notNull(),
    /** When the case is to be reviewed, from the risk level (`reviewDueDate` in the domain). */
    reviewDue: date({ mode: "string" }).notNull(),
    /** The domain's `AssessmentContent` of this kind, validated by its schema before it is written. */
    content: jsonb().$type<AssessmentContent>().notNull(),
    summary: text().notNull().default(""),
    /** The review task the latest high-risk revision created (none while one was still open). */
    reviewTaskId: uuid().references(() => caseTasks.id, { onDelete: "set null" }),
    /** `createdBy`: the first author; `updatedBy`, `updatedAt`: who recorded the latest revision. */
    ...authored(),
    version: version(),
  },
  (t) => [
    index("case_assessments_case_idx").on(t.caseId, t.assessedOn, t.updatedAt),
    check("case_assessments_kind_check", oneOf(t.kind, ASSESSMENT_KINDS)),
    check("case_assessments_risk_level_check", oneOf(t.riskLevel, RISK_LEVELS)),
  ],
);

/** Every revision of an assessment, as recorded: the history the case page shows. */
export const caseAssessmentRevisions = pgTable(
  "case_assessment_revisions",
  {
    id: id(),
    assessmentId: belongsTo(() => caseAssessments.id),
    /** The assessment's version this revision made. */
    version: integer().notNull(),
    assessedOn: date({ mode: "string" }).notNull(),
    riskLevel: text().$type<RiskLevel>().notNull(),
    reviewDue: date({ mode: "string" }).notNull(),
    content: jsonb().$type<AssessmentContent>().notNull(),
    summary: text().notNull().default(""),
    recordedBy: userRef().notNull(),
    recordedAt: now(),
  },
  (t) => [
    uniqueIndex("case_assessment_revisions_version_key").on(t.assessmentId, t.version),
    check("case_assessment_revisions_risk_level_check", oneOf(t.riskLevel, RISK_LEVELS)),
  ],
);

/**
 * How many days after a medium- or low-risk assessment the case is reviewed (reference data an
 * administrator edits; high risk is always 7 days). The migration loads 30 and 90 days.
 */
export const riskReviewIntervals = pgTable(
  "risk_review_intervals",
  {
    riskLevel: text().$type<Exclude<RiskLevel, "high">>().primaryKey(),
    days: integer().notNull(),
    /** `updatedBy` is null for the rows the migration loaded. */
    ...updated({ nullable: true }),
    version: version(),
  },
  (t) => [
    check("risk_review_intervals_risk_level_check", oneOf(t.riskLevel, ["medium", "low"])),
    check("risk_review_intervals_days", within(t.days, REVIEW_INTERVAL_BOUNDS)),
  ],
);

/** Every change to the intervals: the new length, who, when. */
export const riskReviewIntervalChanges = pgTable(
  "risk_review_interval_changes",
  {
    id: id(),
    riskLevel: text().$type<Exclude<RiskLevel, "high">>().notNull(),
    days: integer().notNull(),
    /** The interval's version after the change. */
    version: integer().notNull(),
    changedBy: userRef().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("risk_review_interval_changes_level_idx").on(t.riskLevel, t.changedAt),
    check("risk_review_interval_changes_risk_level_check", oneOf(t.riskLevel, ["medium", "low"])),
  ],
);
