import { caseApprovals, users } from "@kelias/db";
import { alias } from "drizzle-orm/pg-core";

/** The user who asked for an approval: join it on `caseApprovals.requestedBy`. */
export const requester = alias(users, "requester");

/** What a manager decides an approval from: the move asked for, why, and who asked it when. */
export const approvalRequest = {
  fromState: caseApprovals.fromState,
  toState: caseApprovals.toState,
  kind: caseApprovals.kind,
  reason: caseApprovals.reason,
  requestedById: caseApprovals.requestedBy,
  requestedByName: requester.name,
  requestedAt: caseApprovals.requestedAt,
};
