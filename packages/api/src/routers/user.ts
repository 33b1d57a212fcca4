import { appendAudit, users } from "@kelias/db";
import { can, changesAccess, removesLastAdmin, userUpdateInput } from "@kelias/domain";
import { and, arrayContains, asc, eq, or, sql } from "drizzle-orm";
import { authorize, deny } from "../authorize";
import { authedProcedure, router } from "../trpc";

const STALE = Symbol("stale version");
const LAST_ADMIN = Symbol("last admin");

export const userRouter = router({
  /** The signed-in user, as the server sees them now. */
  me: authedProcedure.meta({ action: "session.read" }).query(({ ctx }) => ({
    id: ctx.user.id,
    name: ctx.user.name,
    email: ctx.user.email,
    roles: ctx.user.roles,
    programmes: ctx.user.programmes,
  })),

  list: authedProcedure.meta({ action: "user.list" }).query(async ({ ctx }) => {
    await authorize(ctx, { kind: "user.list" });
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
      })
      .from(users)
      .orderBy(asc(users.name));
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
              roles: before.roles,
              programmes: before.programmes,
              active: before.active,
            },
            after: { name: input.name ?? before.name, ...after },
          },
        });
        return updated[0];
      });
      if (result === STALE) return deny(ctx, "user.update", "CONFLICT", target, "stale_version");
      if (result === LAST_ADMIN) return deny(ctx, "user.update", "FORBIDDEN", target, "last_admin");
      return result;
    }),
});
