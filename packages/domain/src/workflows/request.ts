import { z } from "zod";
import { idInput, requiredTextInput, textInput, versionInput } from "../input-schemas";

/**
 * A request to move a case. `to` is checked against the case's programme by `checkTransition`, once
 * the case is loaded; `version` is the case version the user saw (a stale one is refused). The reason
 * is kept with the transition; blank means none, and `checkTransition` says when one is required.
 */
export const caseTransitionInput = z.object({
  caseId: idInput(),
  version: versionInput,
  to: requiredTextInput(64),
  reason: textInput(2000).default(""),
});
export type CaseTransitionInput = z.infer<typeof caseTransitionInput>;
