import { TRPCClientError } from "@trpc/client";

/** Reasons the API gives for refusing a change; each has a message in the "errors.reason" catalog. */
const REASONS = [
  "stale_version",
  "assignee_not_eligible",
  "already_assigned",
  "already_owner",
  "owner_cannot_be_removed",
  "not_assigned",
  "always_restricted",
  "own_access",
  "last_admin",
  "identity_documents_withheld",
  "approval_pending",
  "approval_not_pending",
  "own_request",
  "not_own_request",
  "facts_not_for_programme",
  "consent_missing",
  "partner_unavailable",
  "already_withdrawn",
  "partner_name_taken",
  "not_counter_trafficking",
  "screening_missing",
  "proposal_pending",
  "proposal_not_pending",
  "own_proposal",
  "already_counter_trafficking",
  "idempotency_key_reused",
  "own_handover",
  "own_account",
  "no_handover_pending",
  "password_not_set",
  "assignee_not_on_case",
  "attendee_not_on_case",
  "appointment_cancelled",
  "mfa_required",
  "mfa_already_enrolled",
  "mfa_not_enrolled",
  "consent_withdrawn",
  "consent_incomplete",
  "consent_wrong_purpose",
  "consent_after_handover",
  "handover_programme",
  "handover_in_future",
  "document_unknown",
  "document_duplicate",
  "document_withheld",
  "signing_key_missing",
] as const;
export type RefusalReason = (typeof REASONS)[number] | "generic";

export function refusalReason(error: unknown): RefusalReason {
  if (error instanceof TRPCClientError) {
    const found = REASONS.find((r) => r === error.message);
    if (found) return found;
  }
  return "generic";
}
