import { endOtherSessions, removeMfa } from "@kelias/auth";
import { idInput } from "@kelias/domain";
import { z } from "zod";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { authedProcedure } from "../../../trpc";
import { securityTarget } from "../../../user/security-target";

/**
 * Removes a user's second factor (a lost phone, no recovery code left) and ends their sessions:
 * they sign in with their password and enrol again. Never one's own: that would let a stolen
 * administrator session turn the second factor off.
 */
export const resetMfa = authedProcedure
  .meta({ action: "security.manage" })
  .input(z.object({ userId: idInput() }))
  .mutation(async ({ ctx, input }) => {
    const user = await securityTarget(ctx, input.userId);
    if (input.userId === ctx.user.id) return deny(ctx, ctx.action, "FORBIDDEN", user.target, "own_account");
    const removed = await ctx.db.transaction(async (tx) => {
      const had = await removeMfa(tx, user.id);
      const sessionsEnded = await endOtherSessions(tx, user.id, null, "signed_out_by_admin");
      await recordAllowed(tx, ctx, "security.user.resetMfa", user.target, { removed: had, sessionsEnded });
      return had;
    });
    return { removed };
  });
