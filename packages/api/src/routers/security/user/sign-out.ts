import { endOtherSessions } from "@kelias/auth";
import { idInput } from "@kelias/domain";
import { z } from "zod";
import { recordAllowed } from "../../../audit/record";
import { authedProcedure } from "../../../trpc";
import { securityTarget } from "../../../user/security-target";

/** Ends every session of a user at their next request (a lost laptop, a suspicion). */
export const signOut = authedProcedure
  .meta({ action: "security.manage" })
  .input(z.object({ userId: idInput() }))
  .mutation(async ({ ctx, input }) => {
    const user = await securityTarget(ctx, input.userId);
    const ended = await ctx.db.transaction(async (tx) => {
      const count = await endOtherSessions(tx, user.id, null, "signed_out_by_admin");
      await recordAllowed(tx, ctx, "security.user.signOut", user.target, { ended: count });
      return count;
    });
    return { ended };
  });
