import { z } from "zod";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { renewFeedToken } from "../../../my-day/calendar-feed";
import { authedProcedure } from "../../../trpc";

/**
 * Makes the actor a new calendar feed token, replacing the one before (whose address stops working
 * at once). The token is answered this once; only its hash is kept.
 */
export const renew = authedProcedure
  .meta({ action: "calendar.read" })
  .input(z.void())
  .mutation(async ({ ctx }) => {
    await authorize(ctx, { kind: "calendar.read" });
    return ctx.db.transaction(async (tx) => {
      const token = await renewFeedToken(tx, ctx.user.id);
      await recordAllowed(tx, ctx, "calendar.feed.renew", { entityType: "user", entityId: ctx.user.id }, {});
      return { token };
    });
  });
