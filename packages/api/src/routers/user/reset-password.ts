import { clearLockout } from "@kelias/auth";
import { users } from "@kelias/db";
import { type Action, can, policyRefusalReason, userResetPasswordInput } from "@kelias/domain";
import { eq, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { claimVersion } from "../../concurrency";
import { issueSetPasswordToken } from "../../set-password";
import { handoverFlag } from "../../user/handover-flag";
import { deliverLink, linkShownToAdmin } from "../../user/set-password-link";
import { userProcedure } from "../../user/user-procedure";

/**
 * Resets a password: the old one stops working, every session of the user ends, the lockout is
 * lifted, and a new one-time link lets the user choose a new password. Not for one's own account.
 */
export const resetPassword = userProcedure("user.update", userResetPasswordInput).mutation(
  async ({ ctx, input }) => {
    const target = { entityType: "user", entityId: input.id };
    // A new password is a change of access: whoever holds the link signs in as the account.
    const action: Action = { kind: "user.update", change: { targetId: input.id, changesAccess: true } };
    if (!can(ctx.user, action)) {
      return deny(ctx, ctx.action, "FORBIDDEN", target, policyRefusalReason(ctx.user, action));
    }
    const [before] = await ctx.db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, input.id))
      .limit(1);
    if (!before) return deny(ctx, ctx.action, "NOT_FOUND", target);
    const now = new Date();
    const shown = linkShownToAdmin();
    const result = await ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, users, before.id, input.version, {
        passwordHash: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now,
        // An emailed link leaves a pending handover as it was; a shown one makes this admin its witness.
        ...(shown ? handoverFlag(true, ctx.user.id, now) : {}),
      });
      await clearLockout(tx, before.id);
      const link = await issueSetPasswordToken(tx, {
        userId: before.id,
        purpose: "reset",
        createdBy: ctx.user.id,
        now,
      });
      await recordAllowed(tx, ctx, "user.resetPassword", target, {
        version,
        link: shown ? "shown" : "emailed",
      });
      return { id: before.id, version, ...link };
    });
    return deliverLink(result, { to: before.email, name: before.name, purpose: "reset" }, shown);
  },
);
