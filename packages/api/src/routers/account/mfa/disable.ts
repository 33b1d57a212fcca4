import { mfaRequiredFor, readSecuritySettings, removeMfa } from "@kelias/auth";
import { passwordConfirmInput } from "@kelias/domain";
import { requirePassword } from "../../../account/password-check";
import { recordAllowed } from "../../../audit/record";
import { authorize, deny } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/** Removes the second factor; refused to those who must have one. Asks for the password. */
export const disable = authedProcedure
  .meta({ action: "account.manage" })
  .input(passwordConfirmInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "account.manage" });
    const target = { entityType: "user", entityId: ctx.user.id };
    if (mfaRequiredFor(ctx.user, await readSecuritySettings(ctx.db))) {
      return deny(ctx, ctx.action, "FORBIDDEN", target, "mfa_required");
    }
    await requirePassword(ctx, input.password);
    await ctx.db.transaction(async (tx) => {
      await removeMfa(tx, ctx.user.id);
      await recordAllowed(tx, ctx, "account.mfa.disable", target, {});
    });
    return { enrolled: false };
  });
