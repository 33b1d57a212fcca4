import { mfaRequiredFor, mfaStatus, readSecuritySettings } from "@kelias/auth";
import { z } from "zod";
import { enrolmentProcedure } from "../../../account/enrolment-procedure";
import { authorize } from "../../../authorize";

/** Whether the user has a second factor, must have one, and how many recovery codes are left. */
export const status = enrolmentProcedure
  .meta({ action: "account.manage" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "account.manage" });
    const settings = await readSecuritySettings(ctx.db);
    return { ...(await mfaStatus(ctx.db, ctx.user.id)), required: mfaRequiredFor(ctx.user, settings) };
  });
