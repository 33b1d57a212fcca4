import { endOtherSessions } from "@kelias/auth";
import { z } from "zod";
import { accountProcedure } from "../../../account/account-procedure";
import { recordAllowed } from "../../../audit/record";

/** Ends every other session of the user (a device left signed in, a suspicion). */
export const signOutOthers = accountProcedure(z.void()).mutation(async ({ ctx }) => {
  const ended = await ctx.db.transaction(async (tx) => {
    const count = await endOtherSessions(tx, ctx.user.id, ctx.sessionId ?? null, "signed_out_by_user");
    await recordAllowed(tx, ctx, "account.session.signOutOthers", ctx.account, { ended: count });
    return count;
  });
  return { ended };
});
