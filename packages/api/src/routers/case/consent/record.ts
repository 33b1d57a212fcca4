import { caseConsents } from "@kelias/db";
import { consentRecordInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { writeOnce } from "../../../idempotency";
import { activePartner } from "../../../partner/registry";

/**
 * Records the person's consent for one purpose with the HTCDS checklist; a referral consent may be
 * limited to one partner, which must be active in the registry (`partner_unavailable`).
 */
export const record = caseProcedure("case.update", consentRecordInput).mutation(async ({ ctx, input }) => {
  const caseRow = ctx.case.row;
  if (input.partnerId !== null && !(await activePartner(ctx.db, input.partnerId))) {
    return deny(ctx, ctx.action, "BAD_REQUEST", caseTarget(caseRow.id), "partner_unavailable");
  }
  return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const [consent] = await tx
      .insert(caseConsents)
      .values({
        caseId: caseRow.id,
        purpose: input.purpose,
        partnerId: input.partnerId,
        givenOn: input.givenOn,
        ...input.checklist,
        note: input.note,
        recordedBy: ctx.user.id,
      })
      .returning({ id: caseConsents.id, version: caseConsents.version });
    if (!consent) throw new Error("consent insert returned nothing");
    await recordAllowed(tx, ctx, "case.consent.record", caseTarget(caseRow.id), {
      consentId: consent.id,
      purpose: input.purpose,
      partnerId: input.partnerId,
    });
    return consent;
  });
});
