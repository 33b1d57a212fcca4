import { createHash, randomBytes } from "node:crypto";
import { checkNewPassword, clearLockout, hashPassword, type PasswordRefusal } from "@kelias/auth";
import {
  appendAudit,
  type Database,
  type Executor,
  type SetPasswordPurpose,
  setPasswordTokens,
  users,
} from "@kelias/db";
import { SET_PASSWORD_LINK_HOURS, type SetPasswordInput, setPasswordInput } from "@kelias/domain";
import { and, eq, gt, isNull, sql } from "drizzle-orm";

/** Only this digest of a link's token is stored: a copy of the database opens no account. */
export function tokenDigest(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a one-time set-password link for a user, in the transaction of the change that asks for
 * it (account created, password reset). Any earlier link of the user stops working. The token is
 * returned once, to be shown to the admin (and emailed): it is not stored.
 */
export async function issueSetPasswordToken(
  tx: Executor,
  input: { userId: string; purpose: SetPasswordPurpose; createdBy: string; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + SET_PASSWORD_LINK_HOURS * 3_600_000);
  await tx
    .update(setPasswordTokens)
    .set({ usedAt: input.now })
    .where(and(eq(setPasswordTokens.userId, input.userId), isNull(setPasswordTokens.usedAt)));
  await tx.insert(setPasswordTokens).values({
    userId: input.userId,
    tokenHash: tokenDigest(token),
    purpose: input.purpose,
    createdBy: input.createdBy,
    createdAt: input.now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** The path of the page that redeems a token; the admin screen and the email prefix the app's address. */
export function setPasswordPath(token: string): string {
  return `/set-password?token=${encodeURIComponent(token)}`;
}

export type SetPasswordRefusal = "link_invalid" | "link_used" | "link_expired" | PasswordRefusal | "invalid";

export type SetPasswordResult =
  | { ok: true; email: string }
  | { ok: false; reason: SetPasswordRefusal; field: "token" | "password" };

interface Options {
  ip: string | null;
  /** The clock; tests move it past the link's expiry. */
  now?: Date;
}

/**
 * Sets a password through a one-time link: the link must be known, unused, unexpired and of an
 * active account, and the password must pass the password policy. A refused password leaves the
 * link usable, so the user can try another; a set password uses it up and ends every session of
 * the account. Every attempt is audited (the token never is).
 */
export async function setPasswordWithToken(
  db: Database,
  raw: SetPasswordInput,
  options: Options,
): Promise<SetPasswordResult> {
  const now = options.now ?? new Date();
  const parsed = setPasswordInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid", field: "password" };
  const input = parsed.data;
  const digest = tokenDigest(input.token);

  const [found] = await db
    .select({
      tokenId: setPasswordTokens.id,
      usedAt: setPasswordTokens.usedAt,
      expiresAt: setPasswordTokens.expiresAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
    })
    .from(setPasswordTokens)
    .innerJoin(users, eq(users.id, setPasswordTokens.userId))
    .where(eq(setPasswordTokens.tokenHash, digest))
    .limit(1);

  const refuse = async (reason: SetPasswordRefusal, field: "token" | "password") => {
    await appendAudit(db, {
      actorId: found?.userId ?? null,
      action: "user.setPassword",
      outcome: "denied",
      entityType: found ? "user" : null,
      entityId: found?.userId ?? null,
      ip: options.ip,
      detail: { reason },
    });
    return { ok: false as const, reason, field };
  };

  if (!found?.active) return refuse("link_invalid", "token");
  if (found.usedAt) return refuse("link_used", "token");
  if (found.expiresAt.getTime() <= now.getTime()) return refuse("link_expired", "token");
  const check = checkNewPassword(input.password, { email: found.email, name: found.name });
  if (!check.ok) return refuse(check.reason, "password");

  const passwordHash = await hashPassword(input.password);
  const result = await db.transaction(async (tx) => {
    // Claiming the link and setting the password commit together, so two uses of one link race
    // for the same row and only one of them wins.
    const claimed = await tx
      .update(setPasswordTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(setPasswordTokens.id, found.tokenId),
          isNull(setPasswordTokens.usedAt),
          gt(setPasswordTokens.expiresAt, now),
        ),
      )
      .returning({ id: setPasswordTokens.id });
    if (claimed.length !== 1) return "link_used" as const;
    await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        version: sql`${users.version} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, found.userId));
    // A user locked out after failed attempts starts afresh with the password they just chose.
    await clearLockout(tx, found.userId);
    await appendAudit(tx, {
      actorId: found.userId,
      action: "user.setPassword",
      outcome: "allowed",
      entityType: "user",
      entityId: found.userId,
      ip: options.ip,
      detail: {},
    });
    return "ok" as const;
  });
  if (result !== "ok") return refuse(result, "token");
  return { ok: true, email: found.email };
}
