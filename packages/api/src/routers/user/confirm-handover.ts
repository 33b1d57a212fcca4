import { users } from "@kelias/db";
import { type Action, can, policyRefusalReason, userConfirmHandoverInput } from "@kelias/domain";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { claimVersionWhere } from "../../concurrency";
import { userProcedure } from "../../user/user-procedure";

/**
 * A second administrator confirms that an account whose set-password link an administrator saw
 * reached its person (who has chosen a password): from then on the account works as its roles
 * say. Never the administrator who saw the link, nor the account itself; audited.
 */
export const confirmHandover = userProcedure("user.confirmHandover", userConfirmHandoverInput).mutation(
  async ({ ctx, input }) => {
    const target = { entityType: "user", entityId: input.id };
    const [before] = await ctx.db
      .select({
        id: users.id,
        version: users.version,
        handoverPendingBy: users.handoverPendingBy,
        handoverPendingSince: users.handoverPendingSince,
        passwordSet: sql<boolean>`${users.passwordHash} is not null`,
      })
      .from(users)
      .where(eq(users.id, input.id))
      .limit(1);
    const action: Action = {
      kind: "user.confirmHandover",
      handover: { targetId: input.id, linkShownTo: before?.handoverPendingBy ?? "" },
    };
    if (!can(ctx.user, action)) {
      return deny(ctx, ctx.action, "FORBIDDEN", target, policyRefusalReason(ctx.user, action));
    }
    if (!before) return deny(ctx, ctx.action, "NOT_FOUND", target);
    const witness = before.handoverPendingBy;
    if (!witness) return deny(ctx, ctx.action, "BAD_REQUEST", target, "no_handover_pending");
    if (!before.passwordSet) return deny(ctx, ctx.action, "BAD_REQUEST", target, "password_not_set");
    return ctx.db.transaction(async (tx) => {
      // The witness checked above is the one cleared: a new shown link meanwhile makes this stale.
      const version = await claimVersionWhere(
        tx,
        users,
        and(eq(users.id, before.id), eq(users.handoverPendingBy, witness)) as SQL,
        input.version,
        { handoverPendingBy: null, handoverPendingSince: null },
      );
      await recordAllowed(tx, ctx, "user.confirmHandover", target, {
        version,
        linkShownTo: witness,
        pendingSince: before.handoverPendingSince?.toISOString() ?? null,
      });
      return { id: before.id, version };
    });
  },
);
