import { activeSessions } from "@kelias/auth";
import { z } from "zod";
import { accountProcedure } from "../../../account/account-procedure";

/** The user's sessions that are still valid, this one marked. */
export const list = accountProcedure(z.void()).query(async ({ ctx }) => {
  const sessions = await activeSessions(ctx.db, ctx.user.id, new Date());
  return sessions.map((s) => ({ ...s, current: s.id === ctx.sessionId }));
});
