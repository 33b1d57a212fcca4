import { authEnv, confirmTotpEnrolment } from "@kelias/auth";
import { mfaConfirmInput } from "@kelias/domain";
import { enrolmentProcedure } from "../../../account/enrolment-procedure";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { refuseField } from "../../../field-refusal";

/** Confirms the authenticator with a code from it; answers the recovery codes, shown this once. */
export const confirm = enrolmentProcedure
  .meta({ action: "account.manage" })
  .input(mfaConfirmInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "account.manage" });
    const target = { entityType: "user", entityId: ctx.user.id };
    const recoveryCodes = await ctx.db.transaction(async (tx) =>
      confirmTotpEnrolment(tx, ctx.user.id, input.code, authEnv().mfaKey, new Date()),
    );
    if (!recoveryCodes) return refuseField(ctx, ctx.action, target, "code", "wrong_code");
    await recordAllowed(ctx.db, ctx, "account.mfa.confirm", target, {});
    return { recoveryCodes };
  });
