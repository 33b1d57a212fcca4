import { z } from "zod";
import { withIdempotencyKey } from "./idempotency";
import { idInput, requiredTextInput, textInput, versionInput } from "./input-schemas";
import { duplicateCheckInput } from "./person";
import { type Actor, type CaseFacts, can } from "./policy";

/**
 * Access requests. A caseworker whose duplicate check finds a possible match outside their cases
 * asks for access instead of registering the person twice. The request names what they typed (the
 * server runs the duplicate check again on it, so the requester never learns more than the check
 * showed), and becomes one decision per case of the matched people that they may not read, asked
 * of that case's deciders (`access.decide`). A grant gives the requester read access to that one
 * case (`CaseFacts.readerIds`); a refusal, a withdrawal or no decision gives nothing.
 */

/** The state of one decision (one case of a request). */
export const ACCESS_DECISION_STATES = ["pending", "granted", "refused", "withdrawn"] as const;
export type AccessDecisionState = (typeof ACCESS_DECISION_STATES)[number];

/** The longest reason a requester gives, and the longest note a decider leaves. */
export const ACCESS_REASON_MAX = 1000;

export const accessRequestCreateInput = z.object({
  /** What the registration form holds, as the duplicate check was asked. */
  candidate: duplicateCheckInput,
  /** Why the requester needs the case: read by the decider. */
  reason: requiredTextInput(ACCESS_REASON_MAX),
  ...withIdempotencyKey,
});
export type AccessRequestCreateInput = z.input<typeof accessRequestCreateInput>;

export const accessRequestDecideInput = z.object({
  decisionId: idInput(),
  /** The version of the decision the decider was shown: a stale one is refused. */
  version: versionInput,
  grant: z.boolean(),
  /** For the requester: why, or what to do next. Optional. */
  note: textInput(ACCESS_REASON_MAX).default(""),
});
export type AccessRequestDecideInput = z.input<typeof accessRequestDecideInput>;

export const accessRequestWithdrawInput = z.object({
  requestId: idInput(),
  version: versionInput,
});
export type AccessRequestWithdrawInput = z.input<typeof accessRequestWithdrawInput>;

/** A case a duplicate check matched, with what the policy needs to decide on it. */
export interface MatchedCase {
  id: string;
  facts: CaseFacts;
}

/**
 * The cases a request asks for: those of the matched people the requester may not read (a case
 * they can open needs no request). Restricted cases are included: refusing them would tell the
 * requester that the match is a restricted (counter-trafficking) case; their decision belongs to
 * the programme's managers only (`access.decide`).
 */
export function accessRequestTargets(actor: Actor, matched: readonly MatchedCase[]): string[] {
  if (!can(actor, { kind: "access.request" })) return [];
  return matched.filter((c) => !can(actor, { kind: "case.read", case: c.facts })).map((c) => c.id);
}

/** Only a pending decision is made, and only once: a decision shown before another one is stale. */
export function isDecidable(state: AccessDecisionState): boolean {
  return state === "pending";
}

/**
 * A request as its requester sees it, from the states of its decisions (never how many cases it
 * names, which would tell more than the duplicate check did): pending while any decision is,
 * withdrawn when the requester withdrew it before any grant, granted when at least one case was
 * granted, refused otherwise.
 */
export type AccessRequestState = "pending" | "granted" | "refused" | "withdrawn";

export function accessRequestState(decisions: readonly AccessDecisionState[]): AccessRequestState {
  if (decisions.includes("pending")) return "pending";
  if (decisions.includes("granted")) return "granted";
  if (decisions.length > 0 && decisions.every((d) => d === "withdrawn")) return "withdrawn";
  if (decisions.includes("refused")) return "refused";
  return "withdrawn";
}

/** A request can be withdrawn while a decision on it is still waiting. */
export function isWithdrawable(decisions: readonly AccessDecisionState[]): boolean {
  return decisions.includes("pending");
}
