import { mfaStatus, replaceRecoveryCodes } from "@kelias/auth";
import { passwordConfirmInput } from "@kelias/domain";
import { accountProcedure } from "../../../account/account-procedure";
import { requirePassword } from "../../../account/password-check";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";

/** New recovery codes in place of the old ones (all of which stop working). Asks for the password. */
export const newRecoveryCodes = accountProcedure(passwordConfirmInput).mutation(async ({ ctx, input }) => {
  if (!(await mfaStatus(ctx.db, ctx.user.id)).enrolled) {
    return deny(ctx, ctx.action, "CONFLICT", {}, "mfa_not_enrolled");
  }
  await requirePassword(ctx, input.password);
  const recoveryCodes = await ctx.db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, ctx.user.id);
    await recordAllowed(tx, ctx, "account.mfa.newRecoveryCodes", ctx.account, {});
    return codes;
  });
  return { recoveryCodes };
});
