import { z } from "zod";
import { COUNTRY_CODES } from "../countries";
import { withIdempotencyKey } from "../idempotency";
import { idInput, textInput, versionInput } from "../input-schemas";
import { identificationFactsSchema } from "./facts";
import { traffickingProfileSchema } from "./profile";
import { MAXIMUM_REFLECTION_PERIOD_DAYS, MINIMUM_REFLECTION_PERIOD_DAYS } from "./reflection-period";
import { DECIDING_ORGANISATIONS, TRAFFICKING_STATUSES } from "./vocabulary";

const reason = textInput(2000);

export const screeningGetInput = z.object({ caseId: idInput() });

/** Saves the screening; `version` is null for the first save, else the version read. */
export const screeningSaveInput = z.object({
  caseId: idInput(),
  version: versionInput.nullable(),
  facts: identificationFactsSchema,
  profile: traffickingProfileSchema,
});
export type ScreeningSaveInput = z.input<typeof screeningSaveInput>;

/** A caseworker proposes a status, on the screening version they saw. */
export const identificationProposeInput = z.object({
  caseId: idInput(),
  screeningVersion: versionInput,
  status: z.enum(TRAFFICKING_STATUSES),
  reason: reason.default(""),
});
export type IdentificationProposeInput = z.input<typeof identificationProposeInput>;

/**
 * A manager of the counter-trafficking programme confirms or overrules the pending proposal, always
 * with a written reason; overruling names the status decided instead.
 */
export const identificationDecideInput = z
  .object({
    proposalId: idInput(),
    outcome: z.enum(["confirm", "overrule"]),
    /** Required to overrule: the status decided instead of the proposed one. */
    status: z.enum(TRAFFICKING_STATUSES).nullable().default(null),
    decidingOrganisation: z.enum(DECIDING_ORGANISATIONS),
    reason: reason.min(1, "required"),
    /** Whose law sets the reflection period length (default: the office's country). */
    reflectionCountry: z.enum(COUNTRY_CODES).nullable().default(null),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === "overrule" && !d.status) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "required" });
    }
  });
export type IdentificationDecideInput = z.input<typeof identificationDecideInput>;

export const identificationHistoryInput = z.object({ caseId: idInput() });

/** Opens a linked, restricted counter-trafficking case for the person of a case of another programme. */
export const screenForTraffickingInput = z.object({ sourceCaseId: idInput(), ...withIdempotencyKey });

export const reflectionPeriodSetInput = z.object({
  countryCode: z.enum(COUNTRY_CODES),
  days: z
    .number()
    .int()
    .min(MINIMUM_REFLECTION_PERIOD_DAYS, "below_minimum")
    .max(MAXIMUM_REFLECTION_PERIOD_DAYS, "too_long"),
  /** Null to add a country, else the version read. */
  version: versionInput.nullable(),
});
export type ReflectionPeriodSetInput = z.input<typeof reflectionPeriodSetInput>;

export const reflectionPeriodRemoveInput = z.object({
  countryCode: z.enum(COUNTRY_CODES),
  version: versionInput,
});

/** Stable codes of refusals specific to identification; the interface translates them. */
export const IDENTIFICATION_REFUSAL_REASONS = [
  "not_counter_trafficking",
  "screening_missing",
  "proposal_pending",
  "proposal_not_pending",
  "own_proposal",
  "already_counter_trafficking",
] as const;
export type IdentificationRefusalReason = (typeof IDENTIFICATION_REFUSAL_REASONS)[number];
