import { z } from "zod";
import { isIsoDate } from "./age";
import { withIdempotencyKey } from "./idempotency";
import { idInput, requiredTextInput, storableString, textInput, versionInput } from "./input-schemas";

/**
 * How a case came to the office, and what the people it serves say about the help they got.
 *
 * The entry points are a fixed vocabulary (a check constraint in the database, like the document
 * categories): the actors of a national referral mechanism (OSCE/ODIHR NRM handbook, domain brief
 * §5) are the same everywhere, and a local actor that is none of them is "other" with a name.
 * Cases opened before the field existed have none: shown as "not recorded", never guessed.
 */
export const REFERRAL_SOURCES = [
  "self_referral",
  "police",
  "border_guard",
  "hotline",
  "ngo",
  "consulate",
  "detention",
  "labour_inspectorate",
  "social_services",
  "health_care",
  "internal",
  "other",
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** The list filter and the dashboard's row for the cases opened before the field existed. */
export const REFERRAL_SOURCE_NOT_RECORDED = "not_recorded";
export const REFERRAL_SOURCE_FILTERS = [...REFERRAL_SOURCES, REFERRAL_SOURCE_NOT_RECORDED] as const;
export type ReferralSourceFilter = (typeof REFERRAL_SOURCE_FILTERS)[number];

/** The entry point of a case screened for trafficking from another case: the office itself. */
export const SCREENING_REFERRAL_SOURCE: ReferralSource = "internal";

const referralSource = z.enum(REFERRAL_SOURCES, { message: "required" });
/** Who referred, in words (the NGO's name, the police unit): required for "other". */
const referralSourceDetail = textInput(200).default("");

/** "Other" says which: an entry point nobody can name is not recorded at all. */
function otherNeedsDetail(
  value: { referralSource: ReferralSource; referralSourceDetail: string },
  ctx: z.RefinementCtx,
) {
  if (value.referralSource === "other" && value.referralSourceDetail === "") {
    ctx.addIssue({ code: "custom", path: ["referralSourceDetail"], message: "required" });
  }
}

/** The entry point as registration asks for it (spread into the case's create input). */
export const referralSourceFields = { referralSource, referralSourceDetail };
export const referralSourceRefinement = otherNeedsDetail;

/** Changes a case's entry point against the case's version; the change is kept in its field history. */
export const referralSourceSetInput = z
  .object({ caseId: idInput(), version: versionInput, ...referralSourceFields })
  .superRefine(otherNeedsDetail);
export type ReferralSourceSetInput = z.input<typeof referralSourceSetInput>;

// ---------------------------------------------------------------------------------------------
// Feedback

export const FEEDBACK_KINDS = ["satisfaction", "complaint", "suggestion"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_CHANNELS = [
  "in_person",
  "phone",
  "hotline",
  "email",
  "letter",
  "online_form",
  "complaints_box",
  "other",
] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const FEEDBACK_STATUSES = ["open", "resolved"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** A satisfaction rating: 1 (very dissatisfied) to 5 (very satisfied). */
export const FEEDBACK_RATING = { min: 1, max: 5 } as const;

/** The latest calendar date anywhere on Earth (UTC+14): "today" for someone, so never "in the future". */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A date on which something happened: valid, from 2000, and not in the future. */
const pastDate = storableString()
  .trim()
  .refine(isIsoDate, { message: "invalid_date" })
  .refine((value) => value >= "2000-01-01", { message: "too_early" })
  .refine((value) => value <= latestToday(new Date()), { message: "in_future" });

const feedbackFields = {
  kind: z.enum(FEEDBACK_KINDS, { message: "required" }),
  channel: z.enum(FEEDBACK_CHANNELS, { message: "required" }),
  receivedOn: pastDate,
  topic: requiredTextInput(200),
  /** What the person said, in their words or a summary. */
  detail: textInput(4000).default(""),
  rating: z
    .number({ message: "invalid" })
    .int("invalid")
    .min(FEEDBACK_RATING.min, "invalid")
    .max(FEEDBACK_RATING.max, "invalid")
    .nullable()
    .default(null),
  /** How the office answered; with the date, it resolves the feedback. */
  resolution: textInput(4000).default(""),
  resolvedOn: pastDate.nullable().default(null),
};

interface FeedbackDates {
  receivedOn: string;
  resolution: string;
  resolvedOn: string | null;
}

/** The refusals of a feedback record's dates and resolution, by field. */
export function feedbackIssues(
  value: FeedbackDates,
): { path: "resolution" | "resolvedOn"; message: string }[] {
  const issues: { path: "resolution" | "resolvedOn"; message: string }[] = [];
  // Resolved means both: what was done, and when.
  if (value.resolvedOn !== null && value.resolution === "")
    issues.push({ path: "resolution", message: "required" });
  if (value.resolvedOn === null && value.resolution !== "")
    issues.push({ path: "resolvedOn", message: "required" });
  if (value.resolvedOn !== null && value.resolvedOn < value.receivedOn) {
    issues.push({ path: "resolvedOn", message: "before_start" });
  }
  return issues;
}

function checkFeedback(value: FeedbackDates, ctx: z.RefinementCtx) {
  for (const issue of feedbackIssues(value)) {
    ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  }
}

/** Feedback is open until the office records how it answered it, and when. */
export function feedbackStatus(value: { resolvedOn: string | null }): FeedbackStatus {
  return value.resolvedOn === null ? "open" : "resolved";
}

/** Whole days from receiving feedback to resolving it; null while it is open. */
export function daysToResolve(value: { receivedOn: string; resolvedOn: string | null }): number | null {
  if (value.resolvedOn === null) return null;
  const day = 24 * 60 * 60 * 1000;
  return Math.round((Date.parse(value.resolvedOn) - Date.parse(value.receivedOn)) / day);
}

export const feedbackAddInput = z
  .object({ caseId: idInput(), ...feedbackFields, ...withIdempotencyKey })
  .superRefine(checkFeedback);
export type FeedbackAddInput = z.input<typeof feedbackAddInput>;

export const feedbackEditInput = z
  .object({ caseId: idInput(), feedbackId: idInput(), version: versionInput, ...feedbackFields })
  .superRefine(checkFeedback);
export type FeedbackEditInput = z.input<typeof feedbackEditInput>;

/** The feedback figures of a period, as the dashboard shows them. */
export interface FeedbackFigures {
  /** Received in the period, by kind. */
  received: { kind: FeedbackKind; count: number }[];
  /** Complaints open now (whenever received). */
  openComplaints: number;
  /** Resolved in the period (any kind). */
  resolved: number;
  /** The mean rating of the satisfaction ratings received in the period; null when none. */
  meanRating: number | null;
}
