import { endOtherSessions, readSecuritySettings, removeMfa, SECURITY_SETTING_LIMITS } from "@kelias/auth";
import { appendAudit, securitySettings, users } from "@kelias/db";
import { idInput, intInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authorize, deny, refuseStale, STALE } from "../authorize";
import { authedProcedure, router } from "../trpc";

const { idleTimeoutMinutes: idle, absoluteLifetimeHours: lifetime } = SECURITY_SETTING_LIMITS;

const settingsInput = z.object({
  idleTimeoutMinutes: z.int().min(idle.min).max(idle.max),
  absoluteLifetimeHours: z.int().min(lifetime.min).max(lifetime.max),
  mfaRequiredForCaseworkers: z.boolean(),
  /** The version read; 0 while the defaults apply. */
  version: intInput(0),
});

/** Administrators: the office's sign-in settings, and ending another user's sessions or second factor. */
export const securityRouter = router({
  settings: authedProcedure
    .meta({ action: "security.manage" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "security.manage" });
      return readSecuritySettings(ctx.db);
    }),

  /** Changes the settings with the version read; audited with the values before and after. */
  updateSettings: authedProcedure
    .meta({ action: "security.manage" })
    .input(settingsInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "security.manage" }, { entityType: "security_settings" });
      const { version, ...values } = input;
      const result = await ctx.db.transaction(async (tx) => {
        // Locks the row (when there is one) so that two administrators saving at once queue up.
        const [locked] = await tx
          .select({ version: securitySettings.version })
          .from(securitySettings)
          .where(eq(securitySettings.id, 1))
          .for("update");
        const before = await readSecuritySettings(tx);
        if ((locked?.version ?? 0) !== version) return STALE;
        const now = new Date();
        const [saved] = await tx
          .insert(securitySettings)
          .values({ id: 1, ...values, version: 1, updatedBy: ctx.user.id, updatedAt: now })
          .onConflictDoUpdate({
            target: securitySettings.id,
            set: { ...values, version: version + 1, updatedBy: ctx.user.id, updatedAt: now },
            setWhere: eq(securitySettings.version, version),
          })
          .returning({ version: securitySettings.version });
        // A row created by a concurrent first save makes the insert conflict without updating.
        if (!saved) return STALE;
        const { version: _before, ...beforeValues } = before;
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "security.settings.update",
          outcome: "allowed",
          entityType: "security_settings",
          entityId: "1",
          ip: ctx.ip,
          detail: { before: beforeValues, after: values, version: saved.version },
        });
        return { ...values, version: saved.version };
      });
      if (result === STALE) {
        return refuseStale(ctx, "security.settings.update", { entityType: "security_settings" });
      }
      return result;
    }),

  /** Ends every session of a user at their next request (a lost laptop, a suspicion). */
  signOutUser: authedProcedure
    .meta({ action: "security.manage" })
    .input(z.object({ userId: idInput() }))
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "user", entityId: input.userId };
      await authorize(ctx, { kind: "security.manage" }, target);
      const [user] = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.id, input.userId))
        .limit(1);
      if (!user) return deny(ctx, "security.signOutUser", "NOT_FOUND", target);
      const ended = await ctx.db.transaction(async (tx) => {
        const count = await endOtherSessions(tx, user.id, null, "signed_out_by_admin");
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "security.signOutUser",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { ended: count },
        });
        return count;
      });
      return { ended };
    }),

  /**
   * Removes a user's second factor (a lost phone, no recovery code left) and ends their sessions:
   * they sign in with their password and enrol again. Never one's own: that would let a stolen
   * administrator session turn the second factor off.
   */
  resetMfa: authedProcedure
    .meta({ action: "security.manage" })
    .input(z.object({ userId: idInput() }))
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "user", entityId: input.userId };
      await authorize(ctx, { kind: "security.manage" }, target);
      if (input.userId === ctx.user.id)
        return deny(ctx, "security.resetMfa", "FORBIDDEN", target, "own_account");
      const [user] = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.id, input.userId))
        .limit(1);
      if (!user) return deny(ctx, "security.resetMfa", "NOT_FOUND", target);
      const removed = await ctx.db.transaction(async (tx) => {
        const had = await removeMfa(tx, user.id);
        const ended = await endOtherSessions(tx, user.id, null, "signed_out_by_admin");
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "security.resetMfa",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { removed: had, sessionsEnded: ended },
        });
        return had;
      });
      return { removed };
    }),
});
