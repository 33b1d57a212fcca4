import { activeSessions } from "@kelias/auth";
import { z } from "zod";
import { authorize } from "../../../authorize";
import { authedProcedure } from "../../../trpc";

/** The user's sessions that are still valid, this one marked. */
export const list = authedProcedure
  .meta({ action: "account.manage" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "account.manage" });
    const sessions = await activeSessions(ctx.db, ctx.user.id, new Date());
    return sessions.map((s) => ({ ...s, current: s.id === ctx.sessionId }));
  });
