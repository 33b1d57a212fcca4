import { mfaRequiredFor, mfaStatus, readSecuritySettings } from "@kelias/auth";
import { z } from "zod";
import { enrolmentAccountProcedure } from "../../../account/account-procedure";

/** Whether the user has a second factor, must have one, and how many recovery codes are left. */
export const status = enrolmentAccountProcedure(z.void()).query(async ({ ctx }) => {
  const settings = await readSecuritySettings(ctx.db);
  return { ...(await mfaStatus(ctx.db, ctx.user.id)), required: mfaRequiredFor(ctx.user, settings) };
});
