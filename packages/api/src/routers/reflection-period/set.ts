import { reflectionPeriodLengths } from "@kelias/db";
import { reflectionPeriodSetInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { claimVersion, StaleVersion } from "../../concurrency";
import { changeLength } from "../../reflection-period/length-change";
import { authedProcedure } from "../../trpc";

/** Adds a country's length (version null) or changes it (the version read); each change is kept. */
export const set = authedProcedure
  .meta({ action: "reference.manage" })
  .input(reflectionPeriodSetInput)
  .mutation(async ({ ctx, input }) =>
    changeLength(ctx, input.countryCode, input.days, async (tx, now, target) => {
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
      await recordAllowed(tx, ctx, "reflectionPeriod.set", target, { days: input.days, version });
      return { countryCode: input.countryCode, days: input.days, version };
    }),
  );
