import { reflectionPeriodLengthChanges, reflectionPeriodLengths } from "@kelias/db";
import { reflectionPeriodRemoveInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { claimVersion } from "../../concurrency";
import { staleAgainst } from "../../stale-target";
import { authedProcedure } from "../../trpc";

/** Removes a country's length (the version read): the default applies to it again. */
export const remove = authedProcedure
  .meta({ action: "reference.manage" })
  .input(reflectionPeriodRemoveInput)
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "reflection_period", entityId: input.countryCode };
    await authorize(ctx, { kind: "reference.manage" }, target);
    const now = new Date();
    return staleAgainst(target, () =>
      ctx.db.transaction(async (tx) => {
        // Claiming the version read holds the row, so a change made since is not deleted unseen.
        await claimVersion(tx, reflectionPeriodLengths, input.countryCode, input.version);
        await tx
          .delete(reflectionPeriodLengths)
          .where(eq(reflectionPeriodLengths.countryCode, input.countryCode));
        await tx
          .insert(reflectionPeriodLengthChanges)
          .values({ countryCode: input.countryCode, days: null, changedBy: ctx.user.id, changedAt: now });
        await recordAllowed(tx, ctx, "reflectionPeriod.remove", target, {});
        return { countryCode: input.countryCode };
      }),
    );
  });
