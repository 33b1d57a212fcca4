import { z } from "zod";
import { isIsoDate } from "./age";
import { withIdempotencyKey } from "./idempotency";
import { idInput, intInput, storableString, textInput, versionInput } from "./input-schemas";
import { addDays } from "./my-day";
import type { Programme } from "./programmes";
import { VULNERABILITY_CATEGORIES } from "./workflows/vocabulary";

/**
 * Assessments of a case: a needs assessment (social assistance, counter-trafficking) and a
 * vulnerability assessment (AVRR). Each is dated, authored and versioned, and sets a risk level
 * that drives when the case is reviewed. Vocabularies, input schemas and the rules; no I/O.
 */

// ---------------------------------------------------------------------------------------------
// Vocabularies

export const ASSESSMENT_KINDS = ["needs", "vulnerability"] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** Which assessment each programme records (labour migration records none). */
export const ASSESSMENT_KIND_OF_PROGRAMME: Readonly<Record<Programme, AssessmentKind | null>> = {
  social_assistance: "needs",
  counter_trafficking: "needs",
  avrr: "vulnerability",
  labour_migration: null,
};

export function assessmentKindsFor(programme: Programme): AssessmentKind[] {
  const kind = ASSESSMENT_KIND_OF_PROGRAMME[programme];
  return kind ? [kind] : [];
}

export const RISK_LEVELS = ["low", "medium", "high"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The domains of a needs assessment (a domain vocabulary: domain.md does not mark it verify). */
export const NEEDS_DOMAINS = [
  "safety",
  "health",
  "psychosocial",
  "legal",
  "housing",
  "income",
  "documentation",
  "family",
] as const;
export type NeedsDomain = (typeof NEEDS_DOMAINS)[number];

/** How much help a domain needs, from none to urgent; "not_assessed" when it was not discussed. */
export const NEED_LEVELS = ["not_assessed", "none", "low", "moderate", "high", "urgent"] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

/** What escort a returnee needs to travel, for medical reasons or otherwise. */
export const ESCORT_NEEDS = ["none", "non_medical", "medical_nurse", "medical_doctor"] as const;
export type EscortNeed = (typeof ESCORT_NEEDS)[number];

// ---------------------------------------------------------------------------------------------
// Review dates

/** A high-risk case is reviewed within a week: fixed by the product, not configurable. */
export const HIGH_RISK_REVIEW_DAYS = 7;

/** The review intervals of the lower risk levels: reference data an administrator changes. */
export type ReviewIntervals = Readonly<Record<Exclude<RiskLevel, "high">, number>>;

/** What the migration loads, and what applies while a level has no row. */
export const DEFAULT_REVIEW_INTERVALS: ReviewIntervals = { medium: 30, low: 90 };

/** A lower level is reviewed later than a high one, and at least once a year. */
export const REVIEW_INTERVAL_BOUNDS = { min: HIGH_RISK_REVIEW_DAYS + 1, max: 365 } as const;

/** The days until the review of an assessment of this risk level. */
export function reviewIntervalDays(risk: RiskLevel, intervals: ReviewIntervals): number {
  return risk === "high" ? HIGH_RISK_REVIEW_DAYS : intervals[risk];
}

/** When an assessment made on `assessedOn` (ISO date) with this risk level is to be reviewed. */
export function reviewDueDate(risk: RiskLevel, assessedOn: string, intervals: ReviewIntervals): string {
  return addDays(assessedOn, reviewIntervalDays(risk, intervals));
}

/**
 * Intervals as stored (one row per level, possibly missing or out of bounds after a hand edit): a
 * missing or invalid level falls back to its default, so a review date is always computable.
 */
export function reviewIntervalsFrom(rows: readonly { riskLevel: string; days: number }[]): ReviewIntervals {
  const valid = (days: number | undefined): days is number =>
    days !== undefined &&
    Number.isInteger(days) &&
    days >= REVIEW_INTERVAL_BOUNDS.min &&
    days <= REVIEW_INTERVAL_BOUNDS.max;
  const of = (level: keyof ReviewIntervals) => {
    const days = rows.find((r) => r.riskLevel === level)?.days;
    return valid(days) ? days : DEFAULT_REVIEW_INTERVALS[level];
  };
  return { medium: of("medium"), low: of("low") };
}

// ---------------------------------------------------------------------------------------------
// The review task

/** The task on the case that a high-risk assessment asks for. */
export interface ReviewTaskPlan {
  dueDate: string;
  priority: "high";
}

/**
 * Whether recording this revision of an assessment creates a review task: only a high risk does,
 * and never while a review task created for the same assessment is still open (an edit that keeps
 * the risk high creates no second one; once that task is done, a new high-risk revision asks again).
 */
export function reviewTaskFor(
  revision: { riskLevel: RiskLevel; reviewDue: string },
  openReviewTask: { dueDate: string | null } | null,
): ReviewTaskPlan | null {
  if (revision.riskLevel !== "high" || openReviewTask !== null) return null;
  return { dueDate: revision.reviewDue, priority: "high" };
}

/** The title of a review task, stored as written (tasks' titles are text). */
export const REVIEW_TASK_TITLE = "Review the high-risk assessment";

// ---------------------------------------------------------------------------------------------
// The case's risk level

export interface AssessmentOnRecord {
  riskLevel: RiskLevel;
  assessedOn: string;
  /** When the revision was recorded: orders assessments made on the same day. */
  recordedAt: Date;
}

/** The later of two assessments: by date assessed, then by when recorded. */
export function compareAssessments(a: AssessmentOnRecord, b: AssessmentOnRecord): number {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn < b.assessedOn ? -1 : 1;
  return a.recordedAt.getTime() - b.recordedAt.getTime();
}

/** The case's current risk level: that of its latest assessment (null without any). */
export function currentRiskLevel(assessments: readonly AssessmentOnRecord[]): RiskLevel | null {
  let latest: AssessmentOnRecord | null = null;
  for (const a of assessments) if (latest === null || compareAssessments(a, latest) > 0) latest = a;
  return latest?.riskLevel ?? null;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** The latest calendar date anywhere on Earth (UTC+14): never "in the future" for someone. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const assessedOn = storableString()
  .trim()
  .refine(isIsoDate, { message: "invalid_date" })
  .refine((value) => value >= "1990-01-01", { message: "too_early" })
  .refine((value) => value <= latestToday(new Date()), { message: "in_future" });

const note = textInput(2000).default("");

export const needsRatingInput = z.object({ level: z.enum(NEED_LEVELS), note });
export type NeedsRating = z.infer<typeof needsRatingInput>;

export const needsContentInput = z.object({
  kind: z.literal("needs"),
  ratings: z.object(
    Object.fromEntries(NEEDS_DOMAINS.map((d) => [d, needsRatingInput])) as Record<
      NeedsDomain,
      typeof needsRatingInput
    >,
  ),
});
export type NeedsContent = z.infer<typeof needsContentInput>;

export const vulnerabilityContentInput = z.object({
  kind: z.literal("vulnerability"),
  categories: z
    .array(z.enum(VULNERABILITY_CATEGORIES))
    .max(VULNERABILITY_CATEGORIES.length, "too_many")
    .refine((list) => new Set(list).size === list.length, { message: "duplicate" }),
  categoriesNote: note,
  escort: z.enum(ESCORT_NEEDS),
  /** Medical needs during travel (oxygen, wheelchair, medication, clearance). */
  medicalNeedsNote: note,
});
export type VulnerabilityContent = z.infer<typeof vulnerabilityContentInput>;

/**
 * The content of either kind. The kind is checked on its own first, so that an unknown one is
 * refused as a bad value of `kind` (not only as matching neither kind).
 */
export const assessmentContentInput = z
  .looseObject({ kind: z.enum(ASSESSMENT_KINDS) })
  .pipe(z.discriminatedUnion("kind", [needsContentInput, vulnerabilityContentInput]));
export type AssessmentContent = z.infer<typeof assessmentContentInput>;

const assessmentFields = {
  assessedOn,
  riskLevel: z.enum(RISK_LEVELS),
  content: assessmentContentInput,
  summary: textInput(4000).default(""),
};

/**
 * Records an assessment: a new one (`assessmentId` and `version` null), or a new revision of one
 * (its id and the version that was read). The kind is the content's, and an assessment keeps it.
 */
export const assessmentRecordInput = z
  .object({
    caseId: idInput(),
    assessmentId: idInput().nullable().default(null),
    version: versionInput.nullable().default(null),
    ...assessmentFields,
    ...withIdempotencyKey,
  })
  .superRefine((value, ctx) => {
    if ((value.assessmentId === null) !== (value.version === null)) {
      ctx.addIssue({ code: "custom", path: ["version"], message: "required" });
    }
  });
export type AssessmentRecordInput = z.infer<typeof assessmentRecordInput>;

export const assessmentGetInput = z.object({ caseId: idInput(), assessmentId: idInput() });
export type AssessmentGetInput = z.infer<typeof assessmentGetInput>;

/** An administrator's change of one lower level's review interval, against the version read. */
export const reviewIntervalSetInput = z.object({
  riskLevel: z.enum(["medium", "low"]),
  days: intInput(REVIEW_INTERVAL_BOUNDS.min).max(REVIEW_INTERVAL_BOUNDS.max, "too_large"),
  version: versionInput,
});
export type ReviewIntervalSetInput = z.infer<typeof reviewIntervalSetInput>;

/** An empty assessment of a kind, as the form starts it. */
export function emptyAssessmentContent(kind: AssessmentKind): AssessmentContent {
  if (kind === "needs") {
    return {
      kind,
      ratings: Object.fromEntries(
        NEEDS_DOMAINS.map((d) => [d, { level: "not_assessed", note: "" }]),
      ) as NeedsContent["ratings"],
    };
  }
  return { kind, categories: [], categoriesNote: "", escort: "none", medicalNeedsNote: "" };
}
