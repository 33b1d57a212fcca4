import { users } from "@kelias/db";
import { eq } from "drizzle-orm";
import { authorize, deny } from "../authorize";
import type { ProcedureContext } from "../trpc";

/**
 * The account an administrator acts on for its sign-in (`security.user.*`): the policy asked, then
 * the account looked up; one that does not exist is refused NOT_FOUND, audited against its id.
 */
export async function securityTarget(ctx: ProcedureContext, userId: string) {
  const target = { entityType: "user", entityId: userId };
  await authorize(ctx, { kind: "security.manage" }, target);
  const [user] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return deny(ctx, ctx.action, "NOT_FOUND", target);
  return { id: user.id, target };
}
