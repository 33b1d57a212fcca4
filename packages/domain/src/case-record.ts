import { z } from "zod";
import { isIsoDate } from "./age";
import { TIMELINE_KINDS } from "./case-history";
import { withIdempotencyKey } from "./idempotency";
import { idInput, requiredTextInput, storableString, textInput, versionInput } from "./input-schemas";
import { serviceTypeCode } from "./service-type-code";

/**
 * The case record: notes, services delivered, consents, referrals to partner organisations and
 * tasks. Vocabularies, input schemas and the rules that decide (consent for a referral, overdue
 * tasks). No I/O.
 */

// ---------------------------------------------------------------------------------------------
// Vocabularies

/** HTCDS 2.0 support plan types. */
export const SUPPORT_PLAN_TYPES = [
  "Education",
  "Financial",
  "Health",
  "LabourExploitationRehabilitation",
  "Legal",
  "Livelihood",
  "RightsBasedTraining",
  "SexualExploitationRehabilitation",
  "SocialCare",
] as const;
export type SupportPlanType = (typeof SUPPORT_PLAN_TYPES)[number];

/** What the office's programmes provide besides the HTCDS support plan types. */
export const PROGRAMME_SERVICE_TYPES = [
  "ticket",
  "reintegration_grant",
  "accommodation",
  "interpretation",
  "transport",
  "material_assistance",
] as const;
export type ProgrammeServiceType = (typeof PROGRAMME_SERVICE_TYPES)[number];

/** The built-in service types, loaded into the service-type reference data by the migration. */
export const SERVICE_TYPES = [...SUPPORT_PLAN_TYPES, ...PROGRAMME_SERVICE_TYPES] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** ISO 4217 codes of the currencies the office pays in (euro first: the office's own). */
export const CURRENCIES = [
  "EUR",
  "USD",
  "GBP",
  "PLN",
  "UAH",
  "MDL",
  "GEL",
  "AMD",
  "AZN",
  "KZT",
  "UZS",
  "TJS",
  "KGS",
  "TRY",
  "IQD",
  "INR",
  "LKR",
  "VND",
  "NGN",
] as const;
export type Currency = (typeof CURRENCIES)[number];

export const PARTNER_KINDS = [
  "ngo",
  "clinic",
  "shelter",
  "legal_aid",
  "public_body",
  "international_organisation",
  "other",
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const REFERRAL_STATUSES = ["sent", "accepted", "declined", "completed"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * What a person consents to, one record per purpose: the office's own assistance, sharing with
 * the partner organisations they are referred to, and sharing with public authorities (police,
 * prosecutors, courts). Assistance never depends on the last one.
 */
export const CONSENT_PURPOSES = ["assistance", "referral", "authorities", "origin_office"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The purpose whose consent a referral to a partner organisation needs. */
export const REFERRAL_CONSENT_PURPOSE: ConsentPurpose = "referral";

/**
 * The HTCDS consent checklist: whether the person agreed to the interview and to research use, and
 * whether they were told the purpose, the uses, their right to access, the storage period and how
 * to withdraw.
 */
export const CONSENT_CHECKLIST = [
  "interview",
  "purposeExplained",
  "usesExplained",
  "researchUse",
  "rightToAccess",
  "storagePeriod",
  "howToWithdraw",
] as const;
export type ConsentChecklistItem = (typeof CONSENT_CHECKLIST)[number];
export type ConsentChecklist = Record<ConsentChecklistItem, boolean>;

/**
 * What the person must have been told for the consent to be informed: without these, the record
 * documents a conversation but covers no sharing. Interview and research use are separate choices
 * the person makes, which a consent to share does not need.
 */
export const INFORMED_CONSENT_ITEMS = [
  "purposeExplained",
  "usesExplained",
  "rightToAccess",
  "storagePeriod",
  "howToWithdraw",
] as const satisfies readonly ConsentChecklistItem[];

// ---------------------------------------------------------------------------------------------
// Rules

/** A consent as the rules need it. Dates are ISO calendar dates. */
export interface ConsentFacts {
  id: string;
  purpose: ConsentPurpose;
  /** The partner the consent is limited to; null: any partner of the registry. */
  partnerId: string | null;
  givenOn: string;
  withdrawnOn: string | null;
  checklist: ConsentChecklist;
}

export function isInformed(checklist: ConsentChecklist): boolean {
  return INFORMED_CONSENT_ITEMS.every((item) => checklist[item]);
}

export type ConsentStatus = "valid" | "incomplete" | "withdrawn";

export function consentStatus(consent: Pick<ConsentFacts, "withdrawnOn" | "checklist">): ConsentStatus {
  if (consent.withdrawnOn !== null) return "withdrawn";
  return isInformed(consent.checklist) ? "valid" : "incomplete";
}

/**
 * Whether a consent allows referring the person to a partner on a date: the referral purpose, not
 * withdrawn, informed, given on or before that date, and for that partner or for any partner.
 */
export function consentCovers(consent: ConsentFacts, referral: { partnerId: string; on: string }): boolean {
  return (
    consent.purpose === REFERRAL_CONSENT_PURPOSE &&
    consent.withdrawnOn === null &&
    isInformed(consent.checklist) &&
    consent.givenOn <= referral.on &&
    (consent.partnerId === null || consent.partnerId === referral.partnerId)
  );
}

export type ReferralConsentCheck =
  | { allowed: true; consentId: string }
  | { allowed: false; reason: "consent_missing" };

/**
 * The consent rule of referrals: refused unless a consent on file covers it. When several do, the
 * one limited to this partner is named, else the most recent.
 */
export function checkReferralConsent(
  consents: readonly ConsentFacts[],
  referral: { partnerId: string; on: string },
): ReferralConsentCheck {
  const covering = consents
    .filter((c) => consentCovers(c, referral))
    .sort((a, b) => {
      const specific = Number(b.partnerId !== null) - Number(a.partnerId !== null);
      return specific !== 0 ? specific : b.givenOn.localeCompare(a.givenOn);
    });
  const chosen = covering[0];
  return chosen ? { allowed: true, consentId: chosen.id } : { allowed: false, reason: "consent_missing" };
}

/** The office's calendar date (Vilnius) at an instant: what "today" and "overdue" mean. */
export const OFFICE_TIME_ZONE = "Europe/Vilnius";

export function officeToday(now: Date, timeZone: string = OFFICE_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** A task is overdue when it is not done and its due date has passed (due today is not overdue). */
export function isOverdue(task: { dueDate: string | null; done: boolean }, today: string): boolean {
  return !task.done && task.dueDate !== null && task.dueDate < today;
}

/**
 * The order of a task list: open before done, overdue first, then by due date (undated last),
 * then oldest first.
 */
export function compareTasks(
  a: { dueDate: string | null; done: boolean; createdAt: Date },
  b: { dueDate: string | null; done: boolean; createdAt: Date },
  today: string,
): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  const overdue = Number(isOverdue(b, today)) - Number(isOverdue(a, today));
  if (overdue !== 0) return overdue;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.createdAt.getTime() - b.createdAt.getTime();
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** The latest calendar date anywhere on Earth (UTC+14): "today" for someone, so never "in the future". */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const isoDate = storableString().trim().refine(isIsoDate, { message: "invalid_date" });
/** A date on which something happened: valid, from 1990, and not in the future. */
const pastDate = isoDate
  .refine((value) => value >= "1990-01-01", { message: "too_early" })
  .refine((value) => value <= latestToday(new Date()), { message: "in_future" });
/** A date something is due: valid and within a sensible range. */
const dueDate = isoDate.refine((value) => value >= "2000-01-01" && value <= "2099-12-31", {
  message: "invalid_date",
});

const text = textInput;
const requiredText = requiredTextInput;
const version = versionInput;
const caseId = idInput();

export const noteAddInput = z.object({ caseId, content: requiredText(10_000), ...withIdempotencyKey });
export type NoteAddInput = z.infer<typeof noteAddInput>;

export const noteEditInput = z.object({ caseId, noteId: idInput(), version, content: requiredText(10_000) });
export type NoteEditInput = z.infer<typeof noteEditInput>;

/** An amount of money with at most two decimals, written with a point or a comma; stored with a point. */
export const moneyAmount = storableString()
  .trim()
  .regex(/^\d{1,10}([.,]\d{1,2})?$/, "invalid_amount")
  .transform((value) => value.replace(",", "."));

const serviceFields = {
  /** A code of the service-type reference data; the API checks it is one offered for new services. */
  type: serviceTypeCode,
  provider: requiredText(200),
  deliveredOn: pastDate,
  quantity: z
    .number({ message: "invalid_quantity" })
    .int("invalid_quantity")
    .min(1, "invalid_quantity")
    .max(10_000, "invalid_quantity"),
  /** Null when the service cost the office nothing, or the cost is not known. */
  cost: moneyAmount.nullable(),
  currency: z.enum(CURRENCIES).nullable(),
  note: text(2000).default(""),
};

/** A cost needs its currency, and a currency its cost. */
function costWithCurrency(value: { cost: string | null; currency: Currency | null }, ctx: z.RefinementCtx) {
  if (value.cost !== null && value.currency === null) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: "required" });
  }
  if (value.cost === null && value.currency !== null) {
    ctx.addIssue({ code: "custom", path: ["cost"], message: "required" });
  }
}

export const serviceAddInput = z
  .object({ caseId, ...serviceFields, ...withIdempotencyKey })
  .superRefine(costWithCurrency);
export type ServiceAddInput = z.infer<typeof serviceAddInput>;

export const serviceEditInput = z
  .object({ caseId, serviceId: idInput(), version, ...serviceFields })
  .superRefine(costWithCurrency);
export type ServiceEditInput = z.infer<typeof serviceEditInput>;

export const consentChecklistInput = z.object(
  Object.fromEntries(CONSENT_CHECKLIST.map((item) => [item, z.boolean()])) as Record<
    ConsentChecklistItem,
    z.ZodBoolean
  >,
);

export const consentRecordInput = z
  .object({
    caseId,
    purpose: z.enum(CONSENT_PURPOSES),
    /** Only for referrals: limits the consent to one partner; null covers any partner. */
    partnerId: idInput().nullable().default(null),
    givenOn: pastDate,
    checklist: consentChecklistInput,
    note: text(2000).default(""),
    ...withIdempotencyKey,
  })
  .superRefine((value, ctx) => {
    if (value.partnerId !== null && value.purpose !== REFERRAL_CONSENT_PURPOSE) {
      ctx.addIssue({ code: "custom", path: ["partnerId"], message: "invalid" });
    }
  });
export type ConsentRecordInput = z.infer<typeof consentRecordInput>;

export const consentWithdrawInput = z.object({
  caseId,
  consentId: idInput(),
  version,
  withdrawnOn: pastDate,
  note: text(2000).default(""),
});
export type ConsentWithdrawInput = z.infer<typeof consentWithdrawInput>;

export const referralCreateInput = z.object({
  caseId,
  partnerId: idInput(),
  /** What the person is referred for. */
  serviceType: z.enum(SERVICE_TYPES).nullable().default(null),
  reason: requiredText(2000),
  ...withIdempotencyKey,
});
export type ReferralCreateInput = z.infer<typeof referralCreateInput>;

export const referralStatusInput = z.object({
  caseId,
  referralId: idInput(),
  version,
  status: z.enum(REFERRAL_STATUSES),
});
export type ReferralStatusInput = z.infer<typeof referralStatusInput>;

/** How urgent a task is, most urgent first; "normal" unless someone says otherwise. */
export const TASK_PRIORITIES = ["high", "normal", "low"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const DEFAULT_TASK_PRIORITY: TaskPriority = "normal";

export const taskAddInput = z.object({
  caseId,
  title: requiredText(300),
  dueDate: dueDate.nullable(),
  priority: z.enum(TASK_PRIORITIES).default(DEFAULT_TASK_PRIORITY),
  /** Someone who works on the case; the case's owner when left out. */
  assigneeId: idInput().nullable().default(null),
  ...withIdempotencyKey,
});
export type TaskAddInput = z.infer<typeof taskAddInput>;

export const taskEditInput = z.object({
  caseId,
  taskId: idInput(),
  version,
  title: requiredText(300),
  dueDate: dueDate.nullable(),
  priority: z.enum(TASK_PRIORITIES).default(DEFAULT_TASK_PRIORITY),
});
export type TaskEditInput = z.infer<typeof taskEditInput>;

/** Where a task comes from: written by a person, or created by a workflow transition. */
export const TASK_ORIGINS = ["manual", "workflow"] as const;
export type TaskOrigin = (typeof TASK_ORIGINS)[number];

/**
 * Ticks a task or opens it again. `version` is the version of a manual task the user saw; a
 * workflow task has no version of its own, and the state the user saw (the opposite of `done`)
 * stands in for it.
 */
export const taskSetDoneInput = z.object({
  caseId,
  taskId: idInput(),
  origin: z.enum(TASK_ORIGINS),
  version,
  done: z.boolean(),
});
export type TaskSetDoneInput = z.infer<typeof taskSetDoneInput>;

export const caseTimelineInput = z.object({
  caseId,
  /** "changes" leaves out reads (who opened the case), "all" keeps them. */
  include: z.enum(["changes", "all"]).default("all"),
  /** Paging backwards: the entries before this audit sequence number. */
  before: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(200).default(100),
  /** Only the entries of this kind (workflow, notes, tasks…); every kind when left out. */
  kind: z.enum(TIMELINE_KINDS).optional(),
});
export type CaseTimelineInput = z.infer<typeof caseTimelineInput>;

const partnerFields = {
  name: requiredText(200),
  kind: z.enum(PARTNER_KINDS),
  city: text(100).default(""),
  /** How to reach them: phone, email, contact person (free text). */
  contact: text(500).default(""),
  services: z
    .array(z.enum(SERVICE_TYPES))
    .max(SERVICE_TYPES.length, "too_many")
    .refine((list) => new Set(list).size === list.length, { message: "duplicate" })
    .default([]),
};

export const partnerCreateInput = z.object({ ...partnerFields, ...withIdempotencyKey });
export type PartnerCreateInput = z.infer<typeof partnerCreateInput>;

export const partnerUpdateInput = z.object({ id: idInput(), version, ...partnerFields, active: z.boolean() });
export type PartnerUpdateInput = z.infer<typeof partnerUpdateInput>;

export const partnerListInput = z
  .object({ includeInactive: z.boolean().default(false) })
  .default({ includeInactive: false });
