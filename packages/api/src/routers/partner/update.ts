import { partners } from "@kelias/db";
import { partnerUpdateInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { claimVersion, StaleVersion } from "../../concurrency";
import { recordPartnerVersion } from "../../partner/history";
import { partnerNameTaken } from "../../partner/registry";
import { authedProcedure } from "../../trpc";

/**
 * Changes a partner against the version that was read, keeping each version in the history; an
 * inactive partner is offered for no new consent or referral.
 */
export const update = authedProcedure
  .meta({ action: "partner.manage" })
  .input(partnerUpdateInput)
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "partner", entityId: input.id };
    await authorize(ctx, { kind: "partner.manage" }, target);
    const [current] = await ctx.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.id, input.id))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    if (await partnerNameTaken(ctx.db, input.name, input.id)) {
      return deny(ctx, ctx.action, "BAD_REQUEST", target, "partner_name_taken");
    }
    const { id, version: read, ...fields } = input;
    try {
      return await ctx.db.transaction(async (tx) => {
        const now = new Date();
        const version = await claimVersion(tx, partners, id, read, {
          ...fields,
          updatedBy: ctx.user.id,
          updatedAt: now,
        });
        await recordPartnerVersion(tx, id, ctx.user.id, now);
        await recordAllowed(tx, ctx, "partner.update", target, {
          name: input.name,
          kind: input.kind,
          active: input.active,
          version,
        });
        return { id, version };
      });
    } catch (error) {
      // The refusal names the partner, as every other refusal of this procedure does.
      if (error instanceof StaleVersion) error.target = target;
      throw error;
    }
  });
