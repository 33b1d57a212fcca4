import { type Executor, type SignInThrottleScope, signInThrottles } from "@kelias/db";
import { and, eq, sql } from "drizzle-orm";

/**
 * Failed attempts before each kind of key is locked, and for how long: one minute at the threshold,
 * doubling with every further failure, at most an hour. An address gets more room than an account,
 * since an office may sign in from behind one address.
 */
export const LOCKOUT = {
  account: { threshold: 5 },
  ip: { threshold: 20 },
  firstDelayMs: 60_000,
  maxDelayMs: 60 * 60_000,
  /** Failures are forgotten after a day without one. */
  memoryMs: 24 * 60 * 60_000,
} as const;

/** How long a key is locked after its `failures`-th failure; 0 below the threshold. */
export function lockDelayMs(scope: SignInThrottleScope, failures: number): number {
  const over = failures - LOCKOUT[scope].threshold;
  if (over < 0) return 0;
  return Math.min(LOCKOUT.firstDelayMs * 2 ** Math.min(over, 30), LOCKOUT.maxDelayMs);
}

/** Until when the key is locked, or null when it may try now. */
export async function lockedUntil(
  db: Executor,
  scope: SignInThrottleScope,
  key: string,
  now: Date,
): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)))
    .limit(1);
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/**
 * Counts one failure. The count and the lock are computed in the database in one statement, so
 * concurrent attempts on several app instances all count.
 */
export async function recordFailure(
  db: Executor,
  scope: SignInThrottleScope,
  key: string,
  now: Date,
): Promise<number> {
  const forgetBefore = new Date(now.getTime() - LOCKOUT.memoryMs);
  const [row] = await db
    .insert(signInThrottles)
    .values({ scope, key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: [signInThrottles.scope, signInThrottles.key],
      set: {
        failures: sql`case when ${signInThrottles.lastFailureAt} < ${forgetBefore.toISOString()}::timestamptz then 1 else ${signInThrottles.failures} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: signInThrottles.failures });
  const failures = row?.failures ?? 1;
  const delay = lockDelayMs(scope, failures);
  if (delay > 0) {
    const until = new Date(now.getTime() + delay).toISOString();
    await db
      .update(signInThrottles)
      .set({
        lockedUntil: sql`greatest(coalesce(${signInThrottles.lockedUntil}, ${until}::timestamptz), ${until}::timestamptz)`,
      })
      .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)));
  }
  return failures;
}

/**
 * Forgets an account's failures and lifts its lock: after a successful sign-in, and when an
 * administrator resets the user's password.
 */
export async function clearLockout(db: Executor, userId: string): Promise<void> {
  await db
    .delete(signInThrottles)
    .where(and(eq(signInThrottles.scope, "account"), eq(signInThrottles.key, userId)));
}
