import type { caseConsents } from "@kelias/db";
import type { ConsentChecklist } from "@kelias/domain";

/** The HTCDS checklist of a stored consent, as the domain's consent rules read it. */
export const checklistOf = (row: typeof caseConsents.$inferSelect): ConsentChecklist => ({
  interview: row.interview,
  purposeExplained: row.purposeExplained,
  usesExplained: row.usesExplained,
  researchUse: row.researchUse,
  rightToAccess: row.rightToAccess,
  storagePeriod: row.storagePeriod,
  howToWithdraw: row.howToWithdraw,
});
