import { users } from "@kelias/db";
import { userCreateInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { refuseField } from "../../field-refusal";
import { issueSetPasswordToken } from "../../set-password";
import { authedProcedure } from "../../trpc";
import { emailTaken } from "../../user/email-taken";
import { handoverFlag } from "../../user/handover-flag";
import { deliverLink, linkShownToAdmin } from "../../user/set-password-link";

/**
 * Opens an account. The user chooses their password through a one-time link: emailed, and never
 * shown, when an SMTP server is configured; otherwise shown to the admin to pass on, and the
 * account then waits for a second administrator to confirm its handover before it touches a case.
 */
export const create = authedProcedure
  .meta({ action: "user.create" })
  .input(userCreateInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "user.create" }, { entityType: "user" });
    if (await emailTaken(ctx.db, input.email)) {
      return refuseField(ctx, ctx.action, { entityType: "user" }, "email", "email_taken");
    }
    const now = new Date();
    const shown = linkShownToAdmin();
    const created = await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email,
          roles: input.roles,
          programmes: input.programmes,
          team: input.team === "" ? null : input.team,
          ...handoverFlag(shown, ctx.user.id, now),
        })
        .returning({ id: users.id, version: users.version });
      if (!user) throw new Error("user insert returned nothing");
      const link = await issueSetPasswordToken(tx, {
        userId: user.id,
        purpose: "invite",
        createdBy: ctx.user.id,
        now,
      });
      await recordAllowed(
        tx,
        ctx,
        "user.create",
        { entityType: "user", entityId: user.id },
        { roles: input.roles, programmes: input.programmes, link: shown ? "shown" : "emailed" },
      );
      return { ...user, ...link };
    });
    return deliverLink(created, { to: input.email, name: input.name, purpose: "invite" }, shown);
  });
