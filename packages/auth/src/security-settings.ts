import { type Executor, securitySettings } from "@kelias/db";
import { type Actor, can } from "@kelias/domain";
import { eq } from "drizzle-orm";

export interface SecuritySettings {
  /** A session unused for this long ends. */
  idleTimeoutMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  absoluteLifetimeHours: number;
  /** Caseworkers must also sign in with a second factor (admins and managers always must). */
  mfaRequiredForCaseworkers: boolean;
  /** 0 while the defaults apply (no row yet). */
  version: number;
}

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  idleTimeoutMinutes: 30,
  absoluteLifetimeHours: 12,
  mfaRequiredForCaseworkers: false,
  version: 0,
};

/**
 * The settings in force, read on every request (one primary-key row). Not cached in the process:
 * Next bundles this module more than once (pages, route handlers), so a cache cleared by the save
 * in one bundle went on serving the old settings in another, and a session was judged under both.
 */
export async function readSecuritySettings(db: Executor): Promise<SecuritySettings> {
  const [row] = await db.select().from(securitySettings).where(eq(securitySettings.id, 1)).limit(1);
  if (!row) return DEFAULT_SECURITY_SETTINGS;
  return {
    idleTimeoutMinutes: row.idleTimeoutMinutes,
    absoluteLifetimeHours: row.absoluteLifetimeHours,
    mfaRequiredForCaseworkers: row.mfaRequiredForCaseworkers,
    version: row.version,
  };
}

/** Whether this user must sign in with a second factor: the policy's `account.mfa.optional`, under these settings. */
export function mfaRequiredFor(actor: Actor, settings: SecuritySettings): boolean {
  const { mfaRequiredForCaseworkers } = settings;
  return !can(actor, { kind: "account.mfa.optional", mfaRequiredForCaseworkers });
}
