/**
 * The recorded facts the workflows reason about, as closed vocabularies of stable codes. The interface
 * translates the codes; the database stores them as they are.
 */

/** AVRR eligibility (domain brief §4): the one ground on which a person qualifies. */
export const ELIGIBILITY_CRITERIA = [
  /** Expired visa or residence permit. */
  "expired_permit",
  /** Stayed past the visa-free period. */
  "visa_free_overstay",
  /** Asylum seeker without a final negative decision who chooses to withdraw the application. */
  "asylum_withdrawn",
  /** Holds international protection in the host country. */
  "protection_holder",
  /** Vulnerable, staying irregularly, choosing voluntary return to meet an obligation to leave. */
  "irregular_vulnerable",
] as const;
export type EligibilityCriterion = (typeof ELIGIBILITY_CRITERIA)[number];

/**
 * AVRR vulnerable categories (priority and extra support). Informational: no workflow guard reads
 * them, so being vulnerable never blocks nor bypasses a step.
 */
export const VULNERABILITY_CATEGORIES = [
  "disability",
  "severe_illness",
  "elderly",
  "pregnant",
  "single_parent_two_plus_children",
  "large_family",
  "trafficking_victim",
  "torture_victim",
  "unaccompanied_minor",
] as const;
export type VulnerabilityCategory = (typeof VULNERABILITY_CATEGORIES)[number];

/** How a counter-trafficking case ends well: staying, going home through AVRR, or something else. */
export const DURABLE_SOLUTION_KINDS = ["integration", "return_via_avrr", "other"] as const;
export type DurableSolutionKind = (typeof DURABLE_SOLUTION_KINDS)[number];

/** Signs of abusive recruitment found in a labour contract check (ILO indicators of forced labour). */
export const CONTRACT_RED_FLAGS = [
  "fees_charged_to_worker",
  "withheld_documents",
  "deceptive_terms",
] as const;
export type ContractRedFlag = (typeof CONTRACT_RED_FLAGS)[number];

export function isOneOf<T extends string>(vocabulary: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (vocabulary as readonly string[]).includes(value);
}
