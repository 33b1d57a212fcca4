import { users } from "@kelias/db";
import {
  type Action,
  can,
  changesAccess,
  policyRefusalReason,
  removesLastAdmin,
  userUpdateInput,
} from "@kelias/domain";
import { and, arrayContains, asc, eq, or, sql } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { claimVersion, requireVersion, StaleVersion } from "../../concurrency";
import { userProcedure } from "../../user/user-procedure";

const LAST_ADMIN = Symbol("last admin");

/**
 * Changes an account. A change of roles, programmes or status ends the user's sessions at their
 * next request (session version bumped). Nobody changes their own access; the last active
 * administrator stays.
 */
export const update = userProcedure("user.update", userUpdateInput).mutation(async ({ ctx, input }) => {
  const target = { entityType: "user", entityId: input.id };
  const [before] = await ctx.db.select().from(users).where(eq(users.id, input.id)).limit(1);
  const after = {
    roles: input.roles ?? before?.roles ?? [],
    programmes: input.programmes ?? before?.programmes ?? [],
    active: input.active ?? before?.active ?? false,
  };
  const access = before ? changesAccess(before, after) : true;
  const action: Action = { kind: "user.update", change: { targetId: input.id, changesAccess: access } };
  if (!can(ctx.user, action)) {
    return deny(ctx, ctx.action, "FORBIDDEN", target, policyRefusalReason(ctx.user, action));
  }
  if (!before) return deny(ctx, ctx.action, "NOT_FOUND", target);

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
      .where(or(eq(users.id, before.id), and(eq(users.active, true), arrayContains(users.roles, ["admin"]))))
      .orderBy(asc(users.id))
      .for("update");
    const current = locked.find((u) => u.id === before.id);
    if (!current) throw new StaleVersion();
    requireVersion(current.version, input.version);
    // The rows the rule counts, not the actor: whether another active administrator stays.
    const others = locked.filter((u) => u.id !== before.id && u.active && u.roles.includes("admin"));
    if (removesLastAdmin(current, after, others.length)) return LAST_ADMIN;
    const version = await claimVersion(tx, users, before.id, input.version, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.team !== undefined ? { team: input.team === "" ? null : input.team } : {}),
      roles: after.roles,
      programmes: after.programmes,
      active: after.active,
      sessionVersion: access ? sql`${users.sessionVersion} + 1` : users.sessionVersion,
    });
    await recordAllowed(tx, ctx, "user.update", target, {
      before: {
        name: before.name,
        team: before.team,
        roles: before.roles,
        programmes: before.programmes,
        active: before.active,
      },
      after: { name: input.name ?? before.name, team: input.team ?? before.team, ...after },
    });
    return { id: before.id, version };
  });
  if (result === LAST_ADMIN) return deny(ctx, ctx.action, "FORBIDDEN", target, "last_admin");
  return result;
});
