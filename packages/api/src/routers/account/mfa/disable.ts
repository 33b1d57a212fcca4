import { mfaRequiredFor, readSecuritySettings, removeMfa } from "@kelias/auth";
import { passwordConfirmInput } from "@kelias/domain";
import { accountProcedure } from "../../../account/account-procedure";
import { requirePassword } from "../../../account/password-check";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";

/** Removes the second factor; refused to those who must have one. Asks for the password. */
export const disable = accountProcedure(passwordConfirmInput).mutation(async ({ ctx, input }) => {
  if (mfaRequiredFor(ctx.user, await readSecuritySettings(ctx.db))) {
    return deny(ctx, ctx.action, "FORBIDDEN", ctx.account, "mfa_required");
  }
  await requirePassword(ctx, input.password);
  await ctx.db.transaction(async (tx) => {
    await removeMfa(tx, ctx.user.id);
    await recordAllowed(tx, ctx, "account.mfa.disable", ctx.account, {});
  });
  return { enrolled: false };
});
