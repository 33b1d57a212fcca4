import { reflectionPeriodLengthChanges, reflectionPeriodLengths } from "@kelias/db";
import { reflectionPeriodSetInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { claimVersion, StaleVersion } from "../../concurrency";
import { staleAgainst } from "../../stale-target";
import { authedProcedure } from "../../trpc";

/** Adds a country's length (version null) or changes it (the version read); each change is kept. */
export const set = authedProcedure
  .meta({ action: "reference.manage" })
  .input(reflectionPeriodSetInput)
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "reflection_period", entityId: input.countryCode };
    await authorize(ctx, { kind: "reference.manage" }, target);
    const now = new Date();
    return staleAgainst(target, () =>
      ctx.db.transaction(async (tx) => {
        const values = { days: input.days, updatedBy: ctx.user.id, updatedAt: now };
        const version =
          input.version === null
            ? (
                await tx
                  .insert(reflectionPeriodLengths)
                  .values({ countryCode: input.countryCode, ...values })
                  .onConflictDoNothing()
                  .returning({ version: reflectionPeriodLengths.version })
              )[0]?.version
            : await claimVersion(tx, reflectionPeriodLengths, input.countryCode, input.version, values);
        // Added as new, but someone gave the country a length since the list was read.
        if (version === undefined) throw new StaleVersion();
        await tx.insert(reflectionPeriodLengthChanges).values({
          countryCode: input.countryCode,
          days: input.days,
          changedBy: ctx.user.id,
          changedAt: now,
        });
        await recordAllowed(tx, ctx, "reflectionPeriod.set", target, { days: input.days, version });
        return { countryCode: input.countryCode, days: input.days, version };
      }),
    );
  });
