import { appendAudit } from "@kelias/db";
import { TRPCError } from "@trpc/server";
import { publicProcedure } from "../trpc";

/**
 * The enrolment procedures also serve a user who must enrol a second factor before anything else
 * (signed in with a password, `ctx.user` still null): for them this is the only open door.
 */
export const enrolmentProcedure = publicProcedure.use(async ({ ctx, path, next }) => {
  const user = ctx.user ?? ctx.pendingEnrolment ?? null;
  if (!user) {
    await appendAudit(ctx.db, {
      actorId: null,
      action: path,
      outcome: "denied",
      ip: ctx.ip,
      detail: { code: "UNAUTHORIZED" },
    });
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  }
  return next({ ctx: { ...ctx, user, action: path } });
});
