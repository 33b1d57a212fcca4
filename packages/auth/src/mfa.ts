import { createHash, randomInt } from "node:crypto";
import { type Executor, mfaRecoveryCodes, mfaTotp } from "@kelias/db";
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { seal, unseal } from "./secret-box";
import { newTotpSecret, totpEnrolment, verifyTotp } from "./totp";

export const RECOVERY_CODE_COUNT = 10;
// No look-alike characters (0/o, 1/l/i): the codes are read off paper.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Lower case without separators, as codes are hashed and compared. */
function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, "");
}

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

/** Ten characters (about 50 bits) each, shown as "abcde-fghjk". */
function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

export interface MfaStatus {
  enrolled: boolean;
  recoveryCodesLeft: number;
}

/** Whether the user has a confirmed authenticator (a pending enrolment is not one). */
export async function hasConfirmedMfa(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: mfaTotp.userId })
    .from(mfaTotp)
    .where(and(eq(mfaTotp.userId, userId), isNotNull(mfaTotp.confirmedAt)))
    .limit(1);
  return Boolean(row);
}

export async function mfaStatus(db: Executor, userId: string): Promise<MfaStatus> {
  const enrolled = await hasConfirmedMfa(db, userId);
  const [left] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)));
  return { enrolled, recoveryCodesLeft: left?.n ?? 0 };
}

/**
 * Starts (or restarts) enrolment: a new secret, kept encrypted and pending until a code from the app
 * confirms it. Null when the user already has a confirmed authenticator (remove it first).
 */
export async function beginTotpEnrolment(db: Executor, user: { id: string; email: string }, key: string) {
  const secret = newTotpSecret();
  const secretEncrypted = seal(secret, key, user.id);
  const [row] = await db
    .insert(mfaTotp)
    .values({ userId: user.id, secretEncrypted })
    .onConflictDoUpdate({
      target: mfaTotp.userId,
      set: { secretEncrypted, createdAt: sql`now()`, lastUsedStep: null },
      setWhere: isNull(mfaTotp.confirmedAt),
    })
    .returning({ userId: mfaTotp.userId });
  if (!row) return null;
  return { secret, ...(await totpEnrolment(secret, user.email)) };
}

/** Replaces the user's recovery codes with new ones; the codes are returned once and kept only hashed. */
export async function replaceRecoveryCodes(db: Executor, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  await db
    .insert(mfaRecoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/**
 * Checks a TOTP code against the stored secret (confirmed, or pending when `pending`) and records its
 * time step, atomically: of two requests with the same code only one succeeds.
 */
async function acceptTotp(
  db: Executor,
  userId: string,
  code: string,
  key: string,
  now: Date,
  pending: boolean,
) {
  const [row] = await db
    .select()
    .from(mfaTotp)
    .where(
      and(eq(mfaTotp.userId, userId), pending ? isNull(mfaTotp.confirmedAt) : isNotNull(mfaTotp.confirmedAt)),
    )
    .limit(1);
  if (!row) return false;
  const secret = unseal(row.secretEncrypted, key, userId);
  if (!secret) return false;
  const step = verifyTotp(secret, code, now, row.lastUsedStep);
  if (step === null) return false;
  const [used] = await db
    .update(mfaTotp)
    .set({ lastUsedStep: step, ...(pending ? { confirmedAt: now } : {}) })
    .where(and(eq(mfaTotp.userId, userId), or(isNull(mfaTotp.lastUsedStep), lt(mfaTotp.lastUsedStep, step))))
    .returning({ userId: mfaTotp.userId });
  return Boolean(used);
}

/** Confirms a pending enrolment with a code from the app; returns the new recovery codes, or null. */
export async function confirmTotpEnrolment(
  db: Executor,
  userId: string,
  code: string,
  key: string,
  now: Date,
) {
  if (!(await acceptTotp(db, userId, code.trim(), key, now, true))) return null;
  return replaceRecoveryCodes(db, userId);
}

/**
 * The second step of a sign-in: a current TOTP code, or an unused recovery code (which is used up).
 * Returns how the user proved it, or null.
 */
export async function verifySecondFactor(
  db: Executor,
  userId: string,
  code: string,
  key: string,
  now: Date,
): Promise<"totp" | "recovery_code" | null> {
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed))
    return (await acceptTotp(db, userId, trimmed, key, now, false)) ? "totp" : null;
  const [used] = await db
    .update(mfaRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, userId),
        eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(trimmed)),
        isNull(mfaRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  return used ? "recovery_code" : null;
}

/** Removes the authenticator and the recovery codes (the user turns it off, or an admin resets it). */
export async function removeMfa(db: Executor, userId: string): Promise<boolean> {
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  const removed = await db
    .delete(mfaTotp)
    .where(eq(mfaTotp.userId, userId))
    .returning({ userId: mfaTotp.userId });
  return removed.length > 0;
}
