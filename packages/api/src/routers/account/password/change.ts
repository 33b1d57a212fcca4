import { checkNewPassword, endOtherSessions, hashPassword } from "@kelias/auth";
import { users } from "@kelias/db";
import { passwordChangeInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { accountProcedure } from "../../../account/account-procedure";
import { isOwnPassword, refuseWrongPassword } from "../../../account/password-check";
import { recordAllowed } from "../../../audit/record";
import { refuseField } from "../../../field-refusal";

/** Changes the user's own password: the current one first; every other session then ends. */
export const change = accountProcedure(passwordChangeInput).mutation(async ({ ctx, input }) => {
  if (!(await isOwnPassword(ctx, input.currentPassword))) {
    return refuseWrongPassword(ctx, "currentPassword");
  }
  const check = checkNewPassword(input.newPassword, { email: ctx.user.email, name: ctx.user.name });
  if (!check.ok) return refuseField(ctx, ctx.action, ctx.account, "newPassword", `password_${check.reason}`);
  const newHash = await hashPassword(input.newPassword);
  const sessionsEnded = await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: newHash, updatedAt: new Date() })
      .where(eq(users.id, ctx.user.id));
    const count = await endOtherSessions(tx, ctx.user.id, ctx.sessionId ?? null, "password_changed");
    await recordAllowed(tx, ctx, "account.password.change", ctx.account, { sessionsEnded: count });
    return count;
  });
  return { sessionsEnded };
});
