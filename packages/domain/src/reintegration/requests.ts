import { z } from "zod";
import { isIsoDate } from "../age";
import { CURRENCIES, moneyAmount } from "../case-record";
import { withIdempotencyKey } from "../idempotency";
import { idInput, requiredTextInput, storableString, textInput, versionInput } from "../input-schemas";
import { CURRENT_MONITORING_SCHEDULE } from "./monitoring-schedule";
import {
  MONITORING_MODES,
  MONITORING_SITUATIONS,
  REINTEGRATION_DIMENSIONS,
  SUPPORT_KINDS,
  SUPPORT_STATUSES,
} from "./vocabulary";

/** The inputs of the reintegration procedures (zod; error messages are codes the interface translates). */

/** The latest calendar date anywhere on Earth (UTC+14): "today" for someone, so never "in the future". */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
const isoDate = storableString().trim().refine(isIsoDate, { message: "invalid_date" });
/** A date on which something happened: valid, from 1990, and not in the future. */
const pastDate = isoDate
  .refine((value) => value >= "1990-01-01", { message: "too_early" })
  .refine((value) => value <= latestToday(new Date()), { message: "in_future" });
/** A date something is planned for. */
const plannedDate = isoDate.refine((value) => value >= "2000-01-01" && value <= "2099-12-31", {
  message: "invalid_date",
});

const caseId = idInput();
const version = versionInput;

/** The plan's objective in each dimension; saved as one record (null version: the first save). */
export const reintegrationPlanSaveInput = z.object({
  caseId,
  version: version.nullable(),
  economicObjective: textInput(2000).default(""),
  socialObjective: textInput(2000).default(""),
  psychosocialObjective: textInput(2000).default(""),
});
export type ReintegrationPlanSaveInput = z.infer<typeof reintegrationPlanSaveInput>;

const supportFields = {
  dimension: z.enum(REINTEGRATION_DIMENSIONS),
  kind: z.enum(SUPPORT_KINDS),
  description: requiredTextInput(500),
  /** The amount paid (cash) or the estimated value (in kind); cash needs one. */
  amount: moneyAmount.nullable(),
  currency: z.enum(CURRENCIES).nullable(),
  status: z.enum(SUPPORT_STATUSES),
  plannedOn: plannedDate.nullable(),
  deliveredOn: pastDate.nullable(),
};

/**
 * The rules of a support item: cash needs an amount, an amount its currency (and a currency its
 * amount), and an item is delivered exactly when it has a delivered date.
 */
export function supportItemProblems(value: {
  kind: string;
  amount: string | null;
  currency: string | null;
  status: string;
  deliveredOn: string | null;
}): { path: string; code: string }[] {
  const problems: { path: string; code: string }[] = [];
  if (value.kind === "cash" && value.amount === null) problems.push({ path: "amount", code: "required" });
  if (value.amount !== null && value.currency === null) problems.push({ path: "currency", code: "required" });
  if (value.amount === null && value.currency !== null) problems.push({ path: "amount", code: "required" });
  if (value.status === "delivered" && value.deliveredOn === null) {
    problems.push({ path: "deliveredOn", code: "required" });
  }
  if (value.status !== "delivered" && value.deliveredOn !== null) {
    problems.push({ path: "deliveredOn", code: "not_delivered" });
  }
  return problems;
}

function supportRules(value: Parameters<typeof supportItemProblems>[0], ctx: z.RefinementCtx) {
  for (const problem of supportItemProblems(value)) {
    ctx.addIssue({ code: "custom", path: [problem.path], message: problem.code });
  }
}

export const supportItemForm = z.object(supportFields).superRefine(supportRules);
export type SupportItemForm = z.infer<typeof supportItemForm>;

export const supportAddInput = z
  .object({ caseId, ...supportFields, ...withIdempotencyKey })
  .superRefine(supportRules);
export type SupportAddInput = z.infer<typeof supportAddInput>;

export const supportEditInput = z
  .object({ caseId, itemId: idInput(), version, ...supportFields })
  .superRefine(supportRules);
export type SupportEditInput = z.infer<typeof supportEditInput>;

const visitFields = {
  mode: z.enum(MONITORING_MODES),
  date: pastDate,
  /** The schedule point (months after arrival) the contact was for; null: an extra contact. */
  pointMonths: z
    .number()
    .int()
    .refine((m) => CURRENT_MONITORING_SCHEDULE.pointsMonths.includes(m), { message: "unknown_point" })
    .nullable(),
  /** Who made the contact, if not the person recording it (a partner in the country of origin). */
  conductedBy: textInput(200).default(""),
  situation: z.enum(MONITORING_SITUATIONS),
  concerns: textInput(4000).default(""),
  followUpNeeded: z.boolean(),
  notes: textInput(4000).default(""),
};

export const monitoringVisitForm = z.object(visitFields);
export type MonitoringVisitForm = z.infer<typeof monitoringVisitForm>;

export const monitoringVisitRecordInput = z.object({ caseId, ...visitFields, ...withIdempotencyKey });
export type MonitoringVisitRecordInput = z.infer<typeof monitoringVisitRecordInput>;

export const monitoringVisitEditInput = z.object({ caseId, visitId: idInput(), version, ...visitFields });
export type MonitoringVisitEditInput = z.infer<typeof monitoringVisitEditInput>;

/** A survey's answers: indicator id → option id; the API checks them against the catalogue. */
const answers = z
  .record(storableString().max(100), storableString().max(100))
  .refine((a) => Object.keys(a).length <= 100, { message: "too_many" });

export const surveyRecordInput = z.object({
  caseId,
  takenOn: pastDate,
  /** The monitoring contact the survey was taken at, when it was. */
  visitId: idInput().nullable(),
  answers,
  ...withIdempotencyKey,
});
export type SurveyRecordInput = z.infer<typeof surveyRecordInput>;

/** The office's currency for reintegration support (a deployment-wide setting). */
export const reintegrationCurrencySetInput = z.object({
  currency: z.enum(CURRENCIES),
  version: version,
});
export type ReintegrationCurrencySetInput = z.infer<typeof reintegrationCurrencySetInput>;
