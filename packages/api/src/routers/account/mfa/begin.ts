import { authEnv, beginTotpEnrolment } from "@kelias/auth";
import { z } from "zod";
import { enrolmentAccountProcedure } from "../../../account/account-procedure";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";

/**
 * A new TOTP secret for the authenticator app: QR code, URI and the secret itself for typing in.
 * Pending until confirmed; starting again replaces a pending secret, never a confirmed one.
 */
export const begin = enrolmentAccountProcedure(z.void()).mutation(async ({ ctx }) => {
  const enrolment = await beginTotpEnrolment(ctx.db, ctx.user, authEnv().mfaKey);
  if (!enrolment) return deny(ctx, ctx.action, "CONFLICT", {}, "mfa_already_enrolled");
  await recordAllowed(ctx.db, ctx, "account.mfa.begin", ctx.account, {});
  return enrolment;
});
