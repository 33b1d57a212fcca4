import { authEnv, beginTotpEnrolment } from "@kelias/auth";
import { z } from "zod";
import { enrolmentProcedure } from "../../../account/enrolment-procedure";
import { recordAllowed } from "../../../audit/record";
import { authorize, deny } from "../../../authorize";

/**
 * A new TOTP secret for the authenticator app: QR code, URI and the secret itself for typing in.
 * Pending until confirmed; starting again replaces a pending secret, never a confirmed one.
 */
export const begin = enrolmentProcedure
  .meta({ action: "account.manage" })
  .input(z.void())
  .mutation(async ({ ctx }) => {
    await authorize(ctx, { kind: "account.manage" });
    const enrolment = await beginTotpEnrolment(ctx.db, ctx.user, authEnv().mfaKey);
    if (!enrolment) return deny(ctx, ctx.action, "CONFLICT", {}, "mfa_already_enrolled");
    await recordAllowed(ctx.db, ctx, "account.mfa.begin", { entityType: "user", entityId: ctx.user.id }, {});
    return enrolment;
  });
