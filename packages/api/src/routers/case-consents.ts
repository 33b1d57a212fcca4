import { caseConsents, caseReferrals, partners } from "@kelias/db";
import {
  type ConsentFacts,
  checkReferralConsent,
  consentRecordInput,
  consentWithdrawInput,
  officeToday,
  referralCreateInput,
  referralStatusInput,
} from "@kelias/domain";
import { and, eq, sql } from "drizzle-orm";
import { deny, refuseStale, STALE } from "../authorize";
import { requireCase } from "../case-access";
import { writeOnce } from "../idempotency";
import { type AuthedContext, authedProcedure } from "../trpc";
import { auditChange, caseTarget, checklistOf } from "./case-record";

const WITHDRAWN = Symbol("consent withdrawn meanwhile");

/** An active partner of the registry, or null. */
async function activePartner(ctx: AuthedContext, partnerId: string) {
  const [partner] = await ctx.db
    .select({ id: partners.id, active: partners.active })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  return partner?.active ? partner : null;
}

/**
 * Consents per purpose with the HTCDS checklist, and referrals to partner organisations, which are
 * refused unless a consent on file covers them (see `checkReferralConsent`).
 */
export const caseConsentProcedures = {
  recordConsent: authedProcedure
    .meta({ action: "case.update" })
    .input(consentRecordInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      if (input.partnerId !== null && !(await activePartner(ctx, input.partnerId))) {
        return deny(ctx, "case.consent.record", "BAD_REQUEST", caseTarget(row.id), "partner_unavailable");
      }
      return writeOnce(ctx, { procedure: "case.recordConsent", input }, async (tx) => {
        const [consent] = await tx
          .insert(caseConsents)
          .values({
            caseId: row.id,
            purpose: input.purpose,
            partnerId: input.partnerId,
            givenOn: input.givenOn,
            ...input.checklist,
            note: input.note,
            recordedBy: ctx.user.id,
          })
          .returning({ id: caseConsents.id, version: caseConsents.version });
        if (!consent) throw new Error("consent insert returned nothing");
        await auditChange(tx, ctx, row.id, "case.consent.record", {
          consentId: consent.id,
          purpose: input.purpose,
          partnerId: input.partnerId,
        });
        return consent;
      });
    }),

  withdrawConsent: authedProcedure
    .meta({ action: "case.update" })
    .input(consentWithdrawInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = caseTarget(row.id);
      const [current] = await ctx.db
        .select({ id: caseConsents.id, purpose: caseConsents.purpose, withdrawnOn: caseConsents.withdrawnOn })
        .from(caseConsents)
        .where(and(eq(caseConsents.id, input.consentId), eq(caseConsents.caseId, row.id)))
        .limit(1);
      if (!current) return deny(ctx, "case.consent.withdraw", "NOT_FOUND", target);
      if (current.withdrawnOn !== null) {
        return deny(ctx, "case.consent.withdraw", "BAD_REQUEST", target, "already_withdrawn");
      }
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(caseConsents)
          .set({
            withdrawnOn: input.withdrawnOn,
            withdrawnBy: ctx.user.id,
            withdrawnAt: new Date(),
            withdrawalNote: input.note,
            version: sql`${caseConsents.version} + 1`,
          })
          .where(and(eq(caseConsents.id, current.id), eq(caseConsents.version, input.version)))
          .returning({ id: caseConsents.id, version: caseConsents.version });
        if (!updated) return STALE;
        await auditChange(tx, ctx, row.id, "case.consent.withdraw", {
          consentId: current.id,
          purpose: current.purpose,
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "case.consent.withdraw", target);
      return result;
    }),

  /** Refers the person to a partner organisation; refused (`consent_missing`) without a covering consent. */
  refer: authedProcedure
    .meta({ action: "case.update" })
    .input(referralCreateInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = caseTarget(row.id);
      if (!(await activePartner(ctx, input.partnerId))) {
        return deny(ctx, "case.referral.create", "BAD_REQUEST", target, "partner_unavailable");
      }
      const consents: ConsentFacts[] = (
        await ctx.db.select().from(caseConsents).where(eq(caseConsents.caseId, row.id))
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
      if (!check.allowed) return deny(ctx, "case.referral.create", "BAD_REQUEST", target, check.reason);
      const result = await writeOnce(ctx, { procedure: "case.refer", input }, async (tx) => {
        // The consent must still be unwithdrawn when the referral is written.
        const [still] = await tx
          .select({ id: caseConsents.id })
          .from(caseConsents)
          .where(and(eq(caseConsents.id, check.consentId), sql`${caseConsents.withdrawnOn} is null`))
          .for("update");
        if (!still) return WITHDRAWN;
        const [referral] = await tx
          .insert(caseReferrals)
          .values({
            caseId: row.id,
            partnerId: input.partnerId,
            consentId: check.consentId,
            serviceType: input.serviceType,
            reason: input.reason,
            referredBy: ctx.user.id,
            updatedBy: ctx.user.id,
          })
          .returning({ id: caseReferrals.id, version: caseReferrals.version });
        if (!referral) throw new Error("referral insert returned nothing");
        await auditChange(tx, ctx, row.id, "case.referral.create", {
          referralId: referral.id,
          partnerId: input.partnerId,
          consentId: check.consentId,
        });
        return referral;
      });
      if (result === WITHDRAWN) {
        return deny(ctx, "case.referral.create", "BAD_REQUEST", target, "consent_missing");
      }
      return result;
    }),

  setReferralStatus: authedProcedure
    .meta({ action: "case.update" })
    .input(referralStatusInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.update");
      const target = caseTarget(row.id);
      const [current] = await ctx.db
        .select({ id: caseReferrals.id, status: caseReferrals.status })
        .from(caseReferrals)
        .where(and(eq(caseReferrals.id, input.referralId), eq(caseReferrals.caseId, row.id)))
        .limit(1);
      if (!current) return deny(ctx, "case.referral.status", "NOT_FOUND", target);
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(caseReferrals)
          .set({
            status: input.status,
            updatedBy: ctx.user.id,
            updatedAt: new Date(),
            version: sql`${caseReferrals.version} + 1`,
          })
          .where(and(eq(caseReferrals.id, current.id), eq(caseReferrals.version, input.version)))
          .returning({ id: caseReferrals.id, version: caseReferrals.version, status: caseReferrals.status });
        if (!updated) return STALE;
        await auditChange(tx, ctx, row.id, "case.referral.status", {
          referralId: current.id,
          from: current.status,
          status: input.status,
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "case.referral.status", target);
      return result;
    }),
};
