import { serviceTypes } from "@kelias/db";
import { serviceTypeUpdateInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { claimVersion, StaleVersion } from "../../concurrency";
import { refuseField } from "../../field-refusal";
import { loadServiceType } from "../../service-type/columns";
import { recordServiceTypeVersion } from "../../service-type/history";
import { authedProcedure } from "../../trpc";

/** The empty name of a built-in type is stored as null: its names come from the catalogs. */
const storedName = (name: string) => (name === "" ? null : name);

/**
 * Changes a service type's names, programmes, default cost or whether it is offered, against the
 * version that was read; its code never changes, as services name it.
 */
export const update = authedProcedure
  .meta({ action: "reference.manage" })
  .input(serviceTypeUpdateInput)
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "service_type", entityId: input.id };
    await authorize(ctx, { kind: "reference.manage" }, target);
    const current = await loadServiceType(ctx.db, input.id);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    // A type an administrator added has no catalog names to fall back on.
    if (!current.builtIn && input.nameEn === "") {
      return refuseField(ctx, ctx.action, target, "nameEn", "required");
    }
    try {
      return await ctx.db.transaction(async (tx) => {
        const now = new Date();
        const version = await claimVersion(tx, serviceTypes, current.id, input.version, {
          nameEn: storedName(input.nameEn),
          nameLt: storedName(input.nameLt),
          programmes: input.programmes,
          defaultUnitCost: input.defaultUnitCost,
          currency: input.currency,
          active: input.active,
          updatedBy: ctx.user.id,
          updatedAt: now,
        });
        await recordServiceTypeVersion(tx, current.id, ctx.user.id, now);
        await recordAllowed(tx, ctx, "serviceType.update", target, {
          code: current.code,
          active: input.active,
          version,
        });
        return { id: current.id, version };
      });
    } catch (error) {
      // The refusal names the service type, as every other refusal of this procedure does.
      if (error instanceof StaleVersion) error.target = target;
      throw error;
    }
  });
