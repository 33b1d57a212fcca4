import { recordFailure, verifyPassword } from "@kelias/auth";
import { users } from "@kelias/db";
import { eq } from "drizzle-orm";
import type { AuthedContext } from "../context";
import { refuseField } from "../field-refusal";
import { ownAccount } from "./account-procedure";

/** Whether `given` is the signed-in user's password. */
export async function isOwnPassword(ctx: AuthedContext, given: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, ctx.user.id))
    .limit(1);
  return Boolean(row?.passwordHash && (await verifyPassword(row.passwordHash, given)));
}

/**
 * Refuses a wrong password with a field error on `field`, audited under the procedure. A wrong one
 * counts toward the account's lockout, like a failed sign-in.
 */
export async function refuseWrongPassword(
  ctx: AuthedContext & { action: string },
  field: string,
): Promise<never> {
  await recordFailure(ctx.db, "account", ctx.user.id, new Date());
  return refuseField(ctx, ctx.action, ownAccount(ctx.user), field, "wrong_password");
}

/** Sensitive changes ask for the password again (a session left open is not enough). */
export async function requirePassword(ctx: AuthedContext & { action: string }, given: string): Promise<void> {
  if (!(await isOwnPassword(ctx, given))) await refuseWrongPassword(ctx, "password");
}
