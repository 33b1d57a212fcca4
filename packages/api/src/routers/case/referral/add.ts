import { caseConsents, caseReferrals } from "@kelias/db";
import { type ConsentFacts, checkReferralConsent, officeToday, referralCreateInput } from "@kelias/domain";
import { and, eq, isNull } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { checklistOf } from "../../../case-record/consent-checklist";
import { writeOnce } from "../../../idempotency";
import { activePartner } from "../../../partner/registry";

const WITHDRAWN = Symbol("consent withdrawn meanwhile");

/**
 * Refers the person to an active partner organisation, naming the consent that covers it; refused
 * (`consent_missing`) unless a consent on file does (see `checkReferralConsent`).
 */
export const add = caseProcedure("case.update", referralCreateInput).mutation(async ({ ctx, input }) => {
  const caseRow = ctx.case.row;
  const target = caseTarget(caseRow.id);
  if (!(await activePartner(ctx.db, input.partnerId))) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "partner_unavailable");
  }
  const consents: ConsentFacts[] = (
    await ctx.db.select().from(caseConsents).where(eq(caseConsents.caseId, caseRow.id))
  ).map((c) => ({
    id: c.id,
    purpose: c.purpose,
    partnerId: c.partnerId,
    givenOn: c.givenOn,
    withdrawnOn: c.withdrawnOn,
    checklist: checklistOf(c),
  }));
  const check = checkReferralConsent(consents, {
    partnerId: input.partnerId,
    on: officeToday(new Date()),
  });
  if (!check.allowed) return deny(ctx, ctx.action, "BAD_REQUEST", target, check.reason);
  const result = await writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    // The consent must still be unwithdrawn when the referral is written.
    const [still] = await tx
      .select({ id: caseConsents.id })
      .from(caseConsents)
      .where(and(eq(caseConsents.id, check.consentId), isNull(caseConsents.withdrawnOn)))
      .for("update");
    if (!still) return WITHDRAWN;
    const [referral] = await tx
      .insert(caseReferrals)
      .values({
        caseId: caseRow.id,
        partnerId: input.partnerId,
        consentId: check.consentId,
        serviceType: input.serviceType,
        reason: input.reason,
        referredBy: ctx.user.id,
        updatedBy: ctx.user.id,
      })
      .returning({ id: caseReferrals.id, version: caseReferrals.version });
    if (!referral) throw new Error("referral insert returned nothing");
    await recordAllowed(tx, ctx, "case.referral.add", target, {
      referralId: referral.id,
      partnerId: input.partnerId,
      consentId: check.consentId,
    });
    return referral;
  });
  if (result === WITHDRAWN) return deny(ctx, ctx.action, "BAD_REQUEST", target, "consent_missing");
  return result;
});
