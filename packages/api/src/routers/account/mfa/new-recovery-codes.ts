import { mfaStatus, replaceRecoveryCodes } from "@kelias/auth";
import { passwordConfirmInput } from "@kelias/domain";
import { requirePassword } from "../../../account/password-check";
import { recordAllowed } from "../../../audit/record";
import { authorize, deny } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/** New recovery codes in place of the old ones (all of which stop working). Asks for the password. */
export const newRecoveryCodes = authedProcedure
  .meta({ action: "account.manage" })
  .input(passwordConfirmInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "account.manage" });
    if (!(await mfaStatus(ctx.db, ctx.user.id)).enrolled) {
      return deny(ctx, ctx.action, "CONFLICT", {}, "mfa_not_enrolled");
    }
    await requirePassword(ctx, input.password);
    const target = { entityType: "user", entityId: ctx.user.id };
    const recoveryCodes = await ctx.db.transaction(async (tx) => {
      const codes = await replaceRecoveryCodes(tx, ctx.user.id);
      await recordAllowed(tx, ctx, "account.mfa.newRecoveryCodes", target, {});
      return codes;
    });
    return { recoveryCodes };
  });
