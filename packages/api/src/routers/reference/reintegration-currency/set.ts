import { reintegrationSettings } from "@kelias/db";
import { reintegrationCurrencySetInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { claimVersion } from "../../../concurrency";
import { staleAgainst } from "../../../stale-target";
import { authedProcedure } from "../../../trpc";

/** Sets the deployment's reintegration currency (there is no office entity yet): administrators. */
export const set = authedProcedure
  .meta({ action: "reference.manage" })
  .input(reintegrationCurrencySetInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "reference.manage" });
    const target = { entityType: "reference", entityId: "reintegration_currency" };
    return staleAgainst(target, () =>
      ctx.db.transaction(async (tx) => {
        const version = await claimVersion(tx, reintegrationSettings, "office", input.version, {
          currency: input.currency,
          updatedBy: ctx.user.id,
        });
        await recordAllowed(tx, ctx, "reference.reintegrationCurrency.set", target, {
          currency: input.currency,
          version,
        });
        return { currency: input.currency, version };
      }),
    );
  });
