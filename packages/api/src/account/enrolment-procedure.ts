import { refuseSignedOut } from "../sign-in-required";
import { publicProcedure } from "../trpc";

/**
 * The enrolment procedures also serve a user who must enrol a second factor before anything else
 * (signed in with a password, `ctx.user` still null): for them this is the only open door.
 */
export const enrolmentProcedure = publicProcedure.use(async ({ ctx, path, next }) => {
  const user = ctx.user ?? ctx.pendingEnrolment ?? null;
  if (!user) return refuseSignedOut(ctx, path);
  return next({ ctx: { ...ctx, user, action: path } });
});
