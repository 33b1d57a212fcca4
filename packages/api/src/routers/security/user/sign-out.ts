import { endOtherSessions } from "@kelias/auth";
import { users } from "@kelias/db";
import { idInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAllowed } from "../../../audit/record";
import { authorize, deny } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/** Ends every session of a user at their next request (a lost laptop, a suspicion). */
export const signOut = authedProcedure
  .meta({ action: "security.manage" })
  .input(z.object({ userId: idInput() }))
  .mutation(async ({ ctx, input }) => {
    const target = { entityType: "user", entityId: input.userId };
    await authorize(ctx, { kind: "security.manage" }, target);
    const [user] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, input.userId))
      .limit(1);
    if (!user) return deny(ctx, ctx.action, "NOT_FOUND", target);
    const ended = await ctx.db.transaction(async (tx) => {
      const count = await endOtherSessions(tx, user.id, null, "signed_out_by_admin");
      await recordAllowed(tx, ctx, "security.user.signOut", target, { ended: count });
      return count;
    });
    return { ended };
  });
