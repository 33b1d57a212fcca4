import { partners } from "@kelias/db";
import { partnerCreateInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { writeOnce } from "../../idempotency";
import { recordPartnerVersion } from "../../partner/history";
import { partnerNameTaken } from "../../partner/registry";
import { authedProcedure } from "../../trpc";

const NAME_TAKEN = Symbol("partner name taken");

/** Adds a partner organisation to the registry, under a name no other partner has. */
export const create = authedProcedure
  .meta({ action: "partner.manage" })
  .input(partnerCreateInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "partner.manage" });
    const { idempotencyKey: _, ...fields } = input;
    const result = await writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
      // Checked in the write: a retry of a create that went through replays it instead.
      if (await partnerNameTaken(tx, input.name)) return NAME_TAKEN;
      const [partner] = await tx
        .insert(partners)
        .values({ ...fields, createdBy: ctx.user.id, updatedBy: ctx.user.id })
        .returning({ id: partners.id, version: partners.version });
      if (!partner) throw new Error("partner insert returned nothing");
      await recordPartnerVersion(tx, partner.id, ctx.user.id, new Date());
      await recordAllowed(
        tx,
        ctx,
        "partner.create",
        { entityType: "partner", entityId: partner.id },
        { name: input.name, kind: input.kind },
      );
      return partner;
    });
    if (result === NAME_TAKEN) {
      return deny(ctx, ctx.action, "BAD_REQUEST", { entityType: "partner" }, "partner_name_taken");
    }
    return result;
  });
