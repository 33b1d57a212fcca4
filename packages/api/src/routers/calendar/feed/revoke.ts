import { z } from "zod";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { revokeFeedToken } from "../../../my-day/calendar-feed";
import { authedProcedure } from "../../../trpc";

/** Ends the actor's calendar feed: its address answers nothing from now on. */
export const revoke = authedProcedure
  .meta({ action: "calendar.read" })
  .input(z.void())
  .mutation(async ({ ctx }) => {
    await authorize(ctx, { kind: "calendar.read" });
    return ctx.db.transaction(async (tx) => {
      const revoked = await revokeFeedToken(tx, ctx.user.id);
      await recordAllowed(
        tx,
        ctx,
        "calendar.feed.revoke",
        { entityType: "user", entityId: ctx.user.id },
        { revoked },
      );
      return { revoked };
    });
  });
