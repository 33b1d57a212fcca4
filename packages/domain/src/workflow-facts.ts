import { z } from "zod";
import { isIsoDate, todayIso } from "./age";
import { COUNTRY_CODES, type CountryCode } from "./countries";
import { idInput, storableString, textInput, versionInput } from "./input-schemas";
import type { Programme } from "./programmes";
import type { TravelFacts } from "./travel";
import {
  type CaseWorkflowFacts,
  CONTRACT_RED_FLAGS,
  type ContractRedFlag,
  DURABLE_SOLUTION_KINDS,
  type DurableSolutionKind,
  ELIGIBILITY_CRITERIA,
  type EligibilityCriterion,
  VULNERABILITY_CATEGORIES,
  type VulnerabilityCategory,
} from "./workflows";

/**
 * What a caseworker records about a case for its workflow, as stored (one row per case). The guards
 * read them through `workflowFacts`, together with reference data such as the unsafe-destinations
 * list; vulnerability categories are recorded for priority and support, and no guard reads them.
 */
export interface RecordedWorkflowFacts {
  eligibilityCriterion: EligibilityCriterion | null;
  voluntaryDecisionRecorded: boolean;
  destinationCountry: CountryCode | null;
  /** ISO date. */
  arrivalDate: string | null;
  vulnerabilityCategories: VulnerabilityCategory[];
  durableSolutionKind: DurableSolutionKind | null;
  contractRedFlags: ContractRedFlag[];
}

export type WorkflowFactField = keyof RecordedWorkflowFacts;

/** Nothing recorded yet. */
export const EMPTY_WORKFLOW_FACTS: RecordedWorkflowFacts = {
  eligibilityCriterion: null,
  voluntaryDecisionRecorded: false,
  destinationCountry: null,
  arrivalDate: null,
  vulnerabilityCategories: [],
  durableSolutionKind: null,
  contractRedFlags: [],
};

/** The facts each programme records, in the order a form shows them. */
export const WORKFLOW_FACT_FIELDS: { readonly [P in Programme]: readonly WorkflowFactField[] } = {
  avrr: [
    "eligibilityCriterion",
    "voluntaryDecisionRecorded",
    "destinationCountry",
    "vulnerabilityCategories",
    "arrivalDate",
  ],
  counter_trafficking: ["durableSolutionKind"],
  social_assistance: [],
  labour_migration: ["contractRedFlags"],
};

/**
 * What the guards read: the recorded facts plus the unsafe-destinations list in force (`null` when the
 * list is unavailable, which fails every guard that needs it) and, for AVRR, the travel record (the
 * travel documents and ticket are no longer facts of their own: the travel-ready checklist reads them).
 */
export function workflowFacts(
  recorded: RecordedWorkflowFacts,
  unsafeDestinations: readonly string[] | null,
  travel: TravelFacts | null = null,
): CaseWorkflowFacts {
  return { ...recorded, unsafeDestinations, travel };
}

/** The latest calendar date anywhere on Earth (UTC+14): "today" for someone, so never "in the future". */
function latestToday(now: Date): string {
  return todayIso(new Date(now.getTime() + 14 * 60 * 60 * 1000));
}

const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .max(values.length, "too_many")
    .refine((list) => new Set(list).size === list.length, { message: "duplicate" });

const factFieldSchemas = {
  eligibilityCriterion: z.enum(ELIGIBILITY_CRITERIA).nullable(),
  voluntaryDecisionRecorded: z.boolean(),
  destinationCountry: z.enum(COUNTRY_CODES).nullable(),
  arrivalDate: storableString().refine(isIsoDate, { message: "invalid_date" }).nullable(),
  vulnerabilityCategories: uniqueList(VULNERABILITY_CATEGORIES),
  durableSolutionKind: z.enum(DURABLE_SOLUTION_KINDS).nullable(),
  contractRedFlags: uniqueList(CONTRACT_RED_FLAGS),
};

function arrivalNotInFuture(value: { arrivalDate?: string | null | undefined }, ctx: z.RefinementCtx) {
  const arrival = value.arrivalDate;
  if (typeof arrival === "string" && isIsoDate(arrival) && arrival > latestToday(new Date())) {
    ctx.addIssue({ code: "custom", path: ["arrivalDate"], message: "in_future" });
  }
}

/**
 * A change to the recorded facts: each field given is replaced (null or an empty list clears it),
 * fields left out stay as they are. Only the fields of the case's programme may be given; the API
 * refuses the others (`facts_not_for_programme`) rather than dropping them silently.
 */
export const workflowFactsPatch = z
  .object(factFieldSchemas)
  .partial()
  .strict()
  .superRefine(arrivalNotInFuture);
export type WorkflowFactsPatch = z.infer<typeof workflowFactsPatch>;

/**
 * A request to record facts: the case, the case version the user saw (facts share the case's
 * version, so a transition never runs on facts nobody saw), and the facts, side by side so that
 * each field's error comes back under its own name.
 */
export const caseWorkflowFactsInput = z
  .object({
    caseId: idInput(),
    version: versionInput,
    ...z.object(factFieldSchemas).partial().shape,
  })
  .strict()
  .superRefine(arrivalNotInFuture);
export type CaseWorkflowFactsInput = z.infer<typeof caseWorkflowFactsInput>;

/** The facts of a request, without the case and version. */
export function factsOf(input: CaseWorkflowFactsInput): WorkflowFactsPatch {
  const { caseId: _caseId, version: _version, ...facts } = input;
  return facts;
}

/** The fields of a patch that do not belong to the programme (empty when it is fine). */
export function foreignFactFields(programme: Programme, patch: WorkflowFactsPatch): WorkflowFactField[] {
  const own: readonly string[] = WORKFLOW_FACT_FIELDS[programme];
  return (Object.keys(patch) as WorkflowFactField[]).filter(
    (field) => patch[field] !== undefined && !own.includes(field),
  );
}

export const caseWorkflowInput = z.object({ caseId: idInput() });

/**
 * A manager's decision on a transition waiting for approval. A rejection needs a reason: the
 * caseworker (and later a reviewer) will ask why.
 */
export const caseDecideApprovalInput = z
  .object({
    approvalId: idInput(),
    version: versionInput,
    approve: z.boolean(),
    reason: textInput(2000).default(""),
  })
  .superRefine((value, ctx) => {
    if (!value.approve && value.reason === "") {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
    }
  });
export type CaseDecideApprovalInput = z.infer<typeof caseDecideApprovalInput>;

/**
 * The person who asked for a move withdraws the request while it waits (the case stays where it
 * is), against the case version they were shown; a reason is optional.
 */
export const caseWithdrawApprovalInput = z.object({
  approvalId: idInput(),
  version: versionInput,
  reason: textInput(2000).default(""),
});
export type CaseWithdrawApprovalInput = z.infer<typeof caseWithdrawApprovalInput>;

/** What an approval request is now. */
export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "cancelled"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/**
 * The office's unsafe-destinations list, replaced as a whole by an administrator. `version` is the
 * version of the list that was read; an empty list is a valid list (no destination is unsafe).
 */
export const unsafeDestinationsSetInput = z.object({
  version: versionInput,
  countries: z
    .array(z.enum(COUNTRY_CODES))
    .max(COUNTRY_CODES.length, "too_many")
    .refine((list) => new Set(list).size === list.length, { message: "duplicate" }),
});
export type UnsafeDestinationsSetInput = z.infer<typeof unsafeDestinationsSetInput>;

/**
 * Reasons the workflow procedures give for refusing a request (besides the workflow's own guard
 * codes, `WORKFLOW_MESSAGE_CODES`): the interface translates them.
 */
export const WORKFLOW_REFUSAL_REASONS = [
  /** A transition is already waiting for a manager's approval on this case. */
  "approval_pending",
  /** The approval was decided (or cancelled) meanwhile. */
  "approval_not_pending",
  /** The person who asked for an approval cannot give it: a second pair of eyes. */
  "own_request",
  /** Only the person who asked for a move may withdraw the request. */
  "not_own_request",
  /** Facts given that the case's programme does not record. */
  "facts_not_for_programme",
] as const;
export type WorkflowRefusalReason = (typeof WORKFLOW_REFUSAL_REASONS)[number];
