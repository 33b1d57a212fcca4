import { clearLockout } from "@kelias/auth";
import { appendAudit, type Executor, users } from "@kelias/db";
import {
  can,
  changesAccess,
  removesLastAdmin,
  userConfirmHandoverInput,
  userCreateInput,
  userListInput,
  userResetPasswordInput,
  userUpdateInput,
} from "@kelias/domain";
import { and, arrayContains, asc, eq, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize, deny, refuseStale, STALE } from "../authorize";
import { apiEnv } from "../env";
import { refuseField } from "../field-refusal";
import { sendSetPasswordMail } from "../mail";
import { issueSetPasswordToken, setPasswordPath } from "../set-password";
import { authedProcedure, router } from "../trpc";

const LAST_ADMIN = Symbol("last admin");

/**
 * Whether a set-password link is shown to the administrator who asks for it: only when no mail
 * server is configured. A configured one carries the link alone, even when sending fails (the admin
 * then issues a new one), so an administrator never holds another account's way in.
 */
function linkShownToAdmin(): boolean {
  return apiEnv().smtp === null;
}

/** The columns that mark an account as waiting for a second administrator, or leave it be. */
function handoverFlag(shown: boolean, adminId: string, now: Date) {
  return shown ? { handoverPendingBy: adminId, handoverPendingSince: now } : {};
}

/** Emails the link when a mail server is configured; returns it (to show) only when none is. */
async function deliverLink(
  issued: { id: string; version: number; token: string; expiresAt: Date },
  mail: { to: string; name: string; purpose: "invite" | "reset" },
  shown: boolean,
) {
  const path = setPasswordPath(issued.token);
  const sent = await sendSetPasswordMail(apiEnv(), { ...mail, link: `${apiEnv().appUrl}${path}` });
  return {
    id: issued.id,
    version: issued.version,
    /** The link to pass on; null when it went by email only. */
    path: shown ? path : null,
    expiresAt: issued.expiresAt,
    mail: sent,
    /** The account waits for a second administrator's confirmation before it touches a case. */
    handoverPending: shown,
  };
}

/** Emails are unique whatever their case (the users_email_key index). */
async function emailTaken(db: Executor, email: string): Promise<boolean> {
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return found.length > 0;
}

export const userRouter = router({
  /** The signed-in user, as the server sees them now. */
  me: authedProcedure
    .meta({ action: "session.read" })
    .input(z.void())
    .query(({ ctx }) => ({
      id: ctx.user.id,
      name: ctx.user.name,
      email: ctx.user.email,
      roles: ctx.user.roles,
      programmes: ctx.user.programmes,
      /** Handed over by an administrator, not yet confirmed by a second one: no case opens until then. */
      handoverPending: ctx.user.handoverPending,
    })),

  /** Every account, by name; the search narrows by name or email, role, programme and status. */
  list: authedProcedure
    .meta({ action: "user.list" })
    .input(userListInput)
    .query(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "user.list" });
      const filters: SQL[] = [];
      const query = input.query.trim();
      if (query !== "") {
        // Accent- and case-insensitive, and the user's text is matched literally (no wildcards).
        const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        filters.push(
          or(
            sql`public.unaccent(lower(${users.name})) like public.unaccent(lower(${pattern}))`,
            sql`lower(${users.email}) like lower(${pattern})`,
          ) as SQL,
        );
      }
      if (input.role) filters.push(arrayContains(users.roles, [input.role]));
      if (input.programme) filters.push(arrayContains(users.programmes, [input.programme]));
      if (input.active !== null) filters.push(eq(users.active, input.active));
      return ctx.db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          roles: users.roles,
          programmes: users.programmes,
          team: users.team,
          active: users.active,
          version: users.version,
          /** Who was shown the account's set-password link, while a second administrator's confirmation waits. */
          handoverPendingBy: users.handoverPendingBy,
          handoverPendingSince: users.handoverPendingSince,
          /** Whether the account has a password (a handover is confirmed only once it has chosen one). */
          passwordSet: sql<boolean>`${users.passwordHash} is not null`,
        })
        .from(users)
        .where(and(...filters))
        .orderBy(asc(users.name), asc(users.id));
    }),

  /**
   * Opens an account. The user chooses their password through a one-time link: emailed, and never
   * shown, when an SMTP server is configured; otherwise shown to the admin to pass on, and the
   * account then waits for a second administrator to confirm its handover before it touches a case.
   */
  create: authedProcedure
    .meta({ action: "user.create" })
    .input(userCreateInput)
    .mutation(async ({ ctx, input }) => {
      await authorize(ctx, { kind: "user.create" }, { entityType: "user" });
      if (await emailTaken(ctx.db, input.email)) {
        return refuseField(ctx, "user.create", { entityType: "user" }, "email", "email_taken");
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
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "user.create",
          outcome: "allowed",
          entityType: "user",
          entityId: user.id,
          ip: ctx.ip,
          detail: { roles: input.roles, programmes: input.programmes, link: shown ? "shown" : "emailed" },
        });
        return { ...user, ...link };
      });
      return deliverLink(created, { to: input.email, name: input.name, purpose: "invite" }, shown);
    }),

  /**
   * Resets a password: the old one stops working, every session of the user ends, the lockout is
   * lifted, and a new one-time link lets the user choose a new password. Not for one's own account.
   */
  resetPassword: authedProcedure
    .meta({ action: "user.update" })
    .input(userResetPasswordInput)
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "user", entityId: input.id };
      if (!can(ctx.user, { kind: "user.update", change: { targetId: input.id, changesAccess: true } })) {
        const own = ctx.user.roles.includes("admin") && input.id === ctx.user.id;
        return deny(ctx, "user.resetPassword", "FORBIDDEN", target, own ? "own_access" : undefined);
      }
      const [before] = await ctx.db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, input.id))
        .limit(1);
      if (!before) return deny(ctx, "user.resetPassword", "NOT_FOUND", target);
      const now = new Date();
      const shown = linkShownToAdmin();
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(users)
          .set({
            passwordHash: null,
            version: sql`${users.version} + 1`,
            sessionVersion: sql`${users.sessionVersion} + 1`,
            updatedAt: now,
            // An emailed link leaves a pending handover as it was; a shown one makes this admin its witness.
            ...(shown ? handoverFlag(true, ctx.user.id, now) : {}),
          })
          .where(and(eq(users.id, before.id), eq(users.version, input.version)))
          .returning({ id: users.id, version: users.version });
        if (!updated) return STALE;
        await clearLockout(tx, before.id);
        const link = await issueSetPasswordToken(tx, {
          userId: before.id,
          purpose: "reset",
          createdBy: ctx.user.id,
          now,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "user.resetPassword",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { version: updated.version, link: shown ? "shown" : "emailed" },
        });
        return { ...updated, ...link };
      });
      if (result === STALE) return refuseStale(ctx, "user.resetPassword", target);
      return deliverLink(result, { to: before.email, name: before.name, purpose: "reset" }, shown);
    }),

  /**
   * A second administrator confirms that an account whose set-password link an administrator saw
   * reached its person (who has chosen a password): from then on the account works as its roles
   * say. Never the administrator who saw the link, nor the account itself; audited.
   */
  confirmHandover: authedProcedure
    .meta({ action: "user.confirmHandover" })
    .input(userConfirmHandoverInput)
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "user", entityId: input.id };
      const [before] = await ctx.db
        .select({
          id: users.id,
          version: users.version,
          handoverPendingBy: users.handoverPendingBy,
          handoverPendingSince: users.handoverPendingSince,
          passwordSet: sql<boolean>`${users.passwordHash} is not null`,
        })
        .from(users)
        .where(eq(users.id, input.id))
        .limit(1);
      const handover = { targetId: input.id, linkShownTo: before?.handoverPendingBy ?? "" };
      if (!can(ctx.user, { kind: "user.confirmHandover", handover })) {
        const reason = !can(ctx.user, { kind: "user.list" })
          ? undefined
          : input.id === ctx.user.id
            ? "own_account"
            : "own_handover";
        return deny(ctx, "user.confirmHandover", "FORBIDDEN", target, reason);
      }
      if (!before) return deny(ctx, "user.confirmHandover", "NOT_FOUND", target);
      if (!before.handoverPendingBy) {
        return deny(ctx, "user.confirmHandover", "BAD_REQUEST", target, "no_handover_pending");
      }
      if (!before.passwordSet) {
        return deny(ctx, "user.confirmHandover", "BAD_REQUEST", target, "password_not_set");
      }
      const result = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(users)
          .set({
            handoverPendingBy: null,
            handoverPendingSince: null,
            version: sql`${users.version} + 1`,
            updatedAt: new Date(),
          })
          // The witness checked above is the one cleared: a new shown link meanwhile makes this stale.
          .where(
            and(
              eq(users.id, before.id),
              eq(users.version, input.version),
              eq(users.handoverPendingBy, before.handoverPendingBy as string),
            ),
          )
          .returning({ id: users.id, version: users.version });
        if (!updated) return STALE;
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "user.confirmHandover",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: {
            version: updated.version,
            linkShownTo: before.handoverPendingBy,
            pendingSince: before.handoverPendingSince?.toISOString() ?? null,
          },
        });
        return updated;
      });
      if (result === STALE) return refuseStale(ctx, "user.confirmHandover", target);
      return result;
    }),

  /**
   * Changes an account. A change of roles, programmes or status ends the user's sessions at their
   * next request (session version bumped). Nobody changes their own access; the last active
   * administrator stays.
   */
  update: authedProcedure
    .meta({ action: "user.update" })
    .input(userUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const target = { entityType: "user", entityId: input.id };
      const [before] = await ctx.db.select().from(users).where(eq(users.id, input.id)).limit(1);
      const after = {
        roles: input.roles ?? before?.roles ?? [],
        programmes: input.programmes ?? before?.programmes ?? [],
        active: input.active ?? before?.active ?? false,
      };
      const access = before ? changesAccess(before, after) : true;
      if (!can(ctx.user, { kind: "user.update", change: { targetId: input.id, changesAccess: access } })) {
        const own = ctx.user.roles.includes("admin") && input.id === ctx.user.id;
        return deny(ctx, "user.update", "FORBIDDEN", target, own ? "own_access" : undefined);
      }
      if (!before) return deny(ctx, "user.update", "NOT_FOUND", target);

      const result = await ctx.db.transaction(async (tx) => {
        // Locks the active admins and the target in one statement, always in id order: two admins
        // demoting each other at the same moment then queue up (instead of deadlocking), and the
        // second one sees the rows as the first left them.
        const locked = await tx
          .select({
            id: users.id,
            roles: users.roles,
            programmes: users.programmes,
            active: users.active,
            version: users.version,
          })
          .from(users)
          .where(
            or(eq(users.id, before.id), and(eq(users.active, true), arrayContains(users.roles, ["admin"]))),
          )
          .orderBy(asc(users.id))
          .for("update");
        const current = locked.find((u) => u.id === before.id);
        if (!current || current.version !== input.version) return STALE;
        const others = locked.filter((u) => u.id !== before.id && u.active && u.roles.includes("admin"));
        if (removesLastAdmin(current, after, others.length)) return LAST_ADMIN;
        const updated = await tx
          .update(users)
          .set({
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(input.team !== undefined ? { team: input.team === "" ? null : input.team } : {}),
            roles: after.roles,
            programmes: after.programmes,
            active: after.active,
            version: sql`${users.version} + 1`,
            sessionVersion: access ? sql`${users.sessionVersion} + 1` : users.sessionVersion,
            updatedAt: new Date(),
          })
          .where(and(eq(users.id, before.id), eq(users.version, input.version)))
          .returning({ id: users.id, version: users.version });
        if (updated.length === 0) return STALE;
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "user.update",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: {
            before: {
              name: before.name,
              team: before.team,
              roles: before.roles,
              programmes: before.programmes,
              active: before.active,
            },
            after: { name: input.name ?? before.name, team: input.team ?? before.team, ...after },
          },
        });
        return updated[0];
      });
      if (result === STALE) return refuseStale(ctx, "user.update", target);
      if (result === LAST_ADMIN) return deny(ctx, "user.update", "FORBIDDEN", target, "last_admin");
      return result;
    }),
});
