import { endOtherSessions, removeMfa } from "@kelias/auth";
import { users } from "@kelias/db";
import { idInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAllowed } from "../../../audit/record";
import { authorize, deny } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/**
 * Removes a user's second factor (a lost phone, no recovery code left) and ends their sessions:
 * they sign in with their password and enrol again. Never one's own: that would let a stolen
 * administrator session turn the second factor off.
 */
export const resetMfa = authedProcedure
  .meta({ action: "security.manage" })
  .input(z.object({ userId: idInput() }))
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "user", entityId: input.userId };
    await authorize(ctx, { kind: "security.manage" }, target);
    if (input.userId === ctx.user.id) return deny(ctx, ctx.action, "FORBIDDEN", target, "own_account");
    const [user] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, input.userId))
      .limit(1);
    if (!user) return deny(ctx, ctx.action, "NOT_FOUND", target);
    const removed = await ctx.db.transaction(async (tx) => {
      const had = await removeMfa(tx, user.id);
      const sessionsEnded = await endOtherSessions(tx, user.id, null, "signed_out_by_admin");
      await recordAllowed(tx, ctx, "security.user.resetMfa", target, { removed: had, sessionsEnded });
      return had;
    });
    return { removed };
  });
