import { reflectionPeriodLengths } from "@kelias/db";
import { reflectionPeriodRemoveInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { claimVersion } from "../../concurrency";
import { changeLength } from "../../reflection-period/length-change";
import { authedProcedure } from "../../trpc";

/** Removes a country's length (the version read): the default applies to it again. */
export const remove = authedProcedure
  .meta({ action: "reference.manage" })
  .input(reflectionPeriodRemoveInput)
  .mutation(async ({ ctx, input }) =>
    changeLength(ctx, input.countryCode, null, async (tx, _now, target) => {
      // Claiming the version read holds the row, so a change made since is not deleted unseen.
      await claimVersion(tx, reflectionPeriodLengths, input.countryCode, input.version);
      await tx
        .delete(reflectionPeriodLengths)
        .where(eq(reflectionPeriodLengths.countryCode, input.countryCode));
      await recordAllowed(tx, ctx, "reflectionPeriod.remove", target, {});
      return { countryCode: input.countryCode };
    }),
  );
