import { authEnv, confirmTotpEnrolment } from "@kelias/auth";
import { mfaConfirmInput } from "@kelias/domain";
import { enrolmentAccountProcedure } from "../../../account/account-procedure";
import { recordAllowed } from "../../../audit/record";
import { refuseField } from "../../../field-refusal";

/** Confirms the authenticator with a code from it; answers the recovery codes, shown this once. */
export const confirm = enrolmentAccountProcedure(mfaConfirmInput).mutation(async ({ ctx, input }) => {
  const recoveryCodes = await ctx.db.transaction(async (tx) =>
    confirmTotpEnrolment(tx, ctx.user.id, input.code, authEnv().mfaKey, new Date()),
  );
  if (!recoveryCodes) return refuseField(ctx, ctx.action, ctx.account, "code", "wrong_code");
  await recordAllowed(ctx.db, ctx, "account.mfa.confirm", ctx.account, {});
  return { recoveryCodes };
});
