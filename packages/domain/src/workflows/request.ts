import { z } from "zod";

/**
 * A request to move a case. `to` is checked against the case's programme by `checkTransition`, once
 * the case is loaded; `version` is the case version the user saw (a stale one is refused). The reason
 * is kept with the transition; blank means none, and `checkTransition` says when one is required.
 */
export const caseTransitionInput = z.object({
  caseId: z.uuid(),
  version: z.number().int().min(1),
  to: z.string().trim().min(1, "required").max(64, "too_long"),
  reason: z.string().trim().max(2000, "too_long").default(""),
});
export type CaseTransitionInput = z.infer<typeof caseTransitionInput>;
