import {
  activeSessions,
  authEnv,
  beginTotpEnrolment,
  checkNewPassword,
  confirmTotpEnrolment,
  endOtherSessions,
  hashPassword,
  mfaRequiredFor,
  mfaStatus,
  PASSWORD_MAX_LENGTH,
  readSecuritySettings,
  recordFailure,
  removeMfa,
  replaceRecoveryCodes,
  verifyPassword,
} from "@kelias/auth";
import { appendAudit, users } from "@kelias/db";
import { storableString } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { authorize, deny } from "../authorize";
import type { Context } from "../context";
import { refuseField } from "../field-refusal";
import { type AuthedContext, authedProcedure, publicProcedure, router } from "../trpc";

/**
 * The enrolment procedures also serve a user who must enrol a second factor before anything else
 * (signed in with a password, `ctx.user` still null): for them this is the only open door.
 */
const enrolmentProcedure = publicProcedure.use(async ({ ctx, path, next }) => {
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
  return next({ ctx: { ...ctx, user } });
});

const password = storableString()
  .min(1)
  .max(PASSWORD_MAX_LENGTH * 4);
const totpCode = storableString()
  .trim()
  .regex(/^\d{6}$/, "code_format");

async function passwordHashOf(ctx: Context, userId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row?.passwordHash ?? null;
}

/**
 * Sensitive changes ask for the password again (a session left open is not enough). A wrong one
 * counts toward the account's lockout, like a failed sign-in.
 */
async function requirePassword(ctx: AuthedContext, action: string, given: string): Promise<void> {
  const hash = await passwordHashOf(ctx, ctx.user.id);
  if (hash && (await verifyPassword(hash, given))) return;
  await recordFailure(ctx.db, "account", ctx.user.id, new Date());
  return refuseField(
    ctx,
    action,
    { entityType: "user", entityId: ctx.user.id },
    "password",
    "wrong_password",
  );
}

function audited(ctx: AuthedContext, action: string, detail: Record<string, unknown> = {}) {
  return appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action,
    outcome: "allowed",
    entityType: "user",
    entityId: ctx.user.id,
    ip: ctx.ip,
    detail,
  });
}

/** The signed-in user's own sign-in security: second factor, sessions, password. */
export const accountRouter = router({
  /** Whether the user has a second factor, must have one, and how many recovery codes are left. */
  mfaStatus: enrolmentProcedure
    .meta({ action: "account.manage" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "account.manage" });
      const settings = await readSecuritySettings(ctx.db);
      return {
        ...(await mfaStatus(ctx.db, ctx.user.id)),
        required: mfaRequiredFor(ctx.user.roles, settings),
      };
    }),

  /**
   * A new TOTP secret for the authenticator app: QR code, URI and the secret itself for typing in.
   * Pending until confirmed; starting again replaces a pending secret.
   */
  beginMfa: enrolmentProcedure
    .meta({ action: "account.manage" })
    .input(z.void())
    .mutation(async ({ ctx }) => {
      await authorize(ctx, { kind: "account.manage" });
      const enrolment = await beginTotpEnrolment(ctx.db, ctx.user, authEnv().mfaKey);
      if (!enrolment) return deny(ctx, "account.mfa.begin", "CONFLICT", {}, "mfa_already_enrolled");
      await audited(ctx, "account.mfa.begin");
      return enrolment;
    }),

  /** Confirms the authenticator with a code from it; answers the recovery codes, shown this once. */
  confirmMfa: enrolmentProcedure
    .meta({ action: "account.manage" })
    .input(z.object({ code: totpCode }))
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "account.manage" });
      const recoveryCodes = await ctx.db.transaction(async (tx) =>
        confirmTotpEnrolment(tx, ctx.user.id, input.code, authEnv().mfaKey, new Date()),
      );
      if (!recoveryCodes) {
        return refuseField(
          ctx,
          "account.mfa.confirm",
          { entityType: "user", entityId: ctx.user.id },
          "code",
          "wrong_code",
        );
      }
      await audited(ctx, "account.mfa.confirm");
      return { recoveryCodes };
    }),

  /** Removes the second factor; refused to those who must have one. Asks for the password. */
  disableMfa: authedProcedure
    .meta({ action: "account.manage" })
    .input(z.object({ password }))
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "account.manage" });
      const settings = await readSecuritySettings(ctx.db);
      if (mfaRequiredFor(ctx.user.roles, settings)) {
        return deny(
          ctx,
          "account.mfa.disable",
          "FORBIDDEN",
          { entityType: "user", entityId: ctx.user.id },
          "mfa_required",
        );
      }
      await requirePassword(ctx, "account.mfa.disable", input.password);
      await ctx.db.transaction(async (tx) => removeMfa(tx, ctx.user.id));
      await audited(ctx, "account.mfa.disable");
      return { enrolled: false };
    }),

  /** New recovery codes in place of the old ones (all of which stop working). Asks for the password. */
  newRecoveryCodes: authedProcedure
    .meta({ action: "account.manage" })
    .input(z.object({ password }))
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "account.manage" });
      if (!(await mfaStatus(ctx.db, ctx.user.id)).enrolled) {
        return deny(ctx, "account.mfa.recoveryCodes", "CONFLICT", {}, "mfa_not_enrolled");
      }
      await requirePassword(ctx, "account.mfa.recoveryCodes", input.password);
      const recoveryCodes = await ctx.db.transaction(async (tx) => replaceRecoveryCodes(tx, ctx.user.id));
      await audited(ctx, "account.mfa.recoveryCodes");
      return { recoveryCodes };
    }),

  /** The user's sessions that are still valid, this one marked. */
  sessions: authedProcedure
    .meta({ action: "account.manage" })
    .input(z.void())
    .query(async ({ ctx }) => {
      await authorize(ctx, { kind: "account.manage" });
      const sessions = await activeSessions(ctx.db, ctx.user.id, new Date());
      return sessions.map((s) => ({ ...s, current: s.id === ctx.sessionId }));
    }),

  /** Ends every other session of the user (a device left signed in, a suspicion). */
  signOutOthers: authedProcedure
    .meta({ action: "account.manage" })
    .input(z.void())
    .mutation(async ({ ctx }) => {
      await authorize(ctx, { kind: "account.manage" });
      const ended = await endOtherSessions(ctx.db, ctx.user.id, ctx.sessionId ?? null, "signed_out_by_user");
      await audited(ctx, "account.sessions.signOutOthers", { ended });
      return { ended };
    }),

  /** Changes the user's own password: the current one first; every other session then ends. */
  changePassword: authedProcedure
    .meta({ action: "account.manage" })
    .input(
      z.object({ currentPassword: password, newPassword: storableString().max(PASSWORD_MAX_LENGTH * 4) }),
    )
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "account.manage" });
      const target = { entityType: "user", entityId: ctx.user.id };
      const hash = await passwordHashOf(ctx, ctx.user.id);
      if (!hash || !(await verifyPassword(hash, input.currentPassword))) {
        await recordFailure(ctx.db, "account", ctx.user.id, new Date());
        return refuseField(ctx, "account.password.change", target, "currentPassword", "wrong_password");
      }
      const check = checkNewPassword(input.newPassword, { email: ctx.user.email, name: ctx.user.name });
      if (!check.ok) {
        return refuseField(ctx, "account.password.change", target, "newPassword", `password_${check.reason}`);
      }
      const newHash = await hashPassword(input.newPassword);
      const ended = await ctx.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash: newHash, updatedAt: new Date() })
          .where(eq(users.id, ctx.user.id));
        const count = await endOtherSessions(tx, ctx.user.id, ctx.sessionId ?? null, "password_changed");
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "account.password.change",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { sessionsEnded: count },
        });
        return count;
      });
      return { sessionsEnded: ended };
    }),
});
