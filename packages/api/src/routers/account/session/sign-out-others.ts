import { endOtherSessions } from "@kelias/auth";
import { z } from "zod";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/** Ends every other session of the user (a device left signed in, a suspicion). */
export const signOutOthers = authedProcedure
  .meta({ action: "account.manage" })
  .input(z.void())
  .mutation(async ({ ctx }) => {
    await authorize(ctx, { kind: "account.manage" });
    const target = { entityType: "user", entityId: ctx.user.id };
    const ended = await ctx.db.transaction(async (tx) => {
      const count = await endOtherSessions(tx, ctx.user.id, ctx.sessionId ?? null, "signed_out_by_user");
      await recordAllowed(tx, ctx, "account.session.signOutOthers", target, { ended: count });
      return count;
    });
    return { ended };
  });
