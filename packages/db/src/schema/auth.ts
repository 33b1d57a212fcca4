import { SECURITY_SETTING_LIMITS } from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { updated } from "./authored";
import { belongsTo, id, now, oneOf, version, within } from "./columns";
import { users } from "./users";

export const SESSION_END_REASONS = [
  "sign_out",
  "signed_out_by_user",
  "signed_out_by_admin",
  "password_changed",
  "idle",
  "expired",
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export const SIGN_IN_THROTTLE_SCOPES = ["account", "ip"] as const;
export type SignInThrottleScope = (typeof SIGN_IN_THROTTLE_SCOPES)[number];

/**
 * One row per sign-in; its id travels in the session token. Every request checks the row, so a
 * session can be ended from the server (sign out elsewhere, an administrator, a timeout) although
 * the token itself is stateless.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: id(),
    userId: belongsTo(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    /** Updated at most once a minute, so the idle timeout is exact to a minute. */
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    ip: text(),
    userAgent: text(),
    /** Signed in with a second factor. */
    mfa: boolean().notNull().default(false),
    endedAt: timestamp({ withTimezone: true }),
    endReason: text().$type<SessionEndReason>(),
  },
  (t) => [
    index("auth_sessions_user_idx").on(t.userId, t.endedAt),
    check("auth_sessions_end_reason_check", oneOf(t.endReason, SESSION_END_REASONS)),
  ],
);

export type AuthSessionRow = typeof authSessions.$inferSelect;

/**
 * Failed sign-ins, per account (user id) and per client address, kept in the database so that every
 * app instance sees the same count. A successful sign-in deletes the account's row; the address's
 * row only ages out, so one good account cannot unlock guessing at others.
 */
export const signInThrottles = pgTable(
  "sign_in_throttles",
  {
    scope: text().$type<SignInThrottleScope>().notNull(),
    key: text().notNull(),
    failures: integer().notNull(),
    lastFailureAt: timestamp({ withTimezone: true }).notNull(),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.key] }),
    check("sign_in_throttles_scope_check", oneOf(t.scope, SIGN_IN_THROTTLE_SCOPES)),
  ],
);

/**
 * A user's TOTP second factor. The shared secret is encrypted (AES-256-GCM) with a key the
 * database does not hold. Pending until the first code confirms it.
 */
export const mfaTotp = pgTable("mfa_totp", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text().notNull(),
  createdAt: now(),
  confirmedAt: timestamp({ withTimezone: true }),
  /** The time step of the last accepted code: a code is accepted once (no replay within its window). */
  lastUsedStep: bigint({ mode: "number" }),
});

/** One-time codes for when the authenticator is lost; only a SHA-256 of each is kept. */
export const mfaRecoveryCodes = pgTable(
  "mfa_recovery_codes",
  {
    id: id(),
    userId: belongsTo(() => users.id),
    codeHash: text().notNull(),
    createdAt: now(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("mfa_recovery_codes_user_hash_key").on(t.userId, t.codeHash)],
);

/**
 * The office's sign-in settings: a single row (id 1), changed by administrators with the version
 * they read; every change is audited with the values before and after. Absent until first changed:
 * the defaults in @kelias/auth apply.
 */
export const securitySettings = pgTable(
  "security_settings",
  {
    id: integer().primaryKey().default(1),
    idleTimeoutMinutes: integer().notNull(),
    absoluteLifetimeHours: integer().notNull(),
    mfaRequiredForCaseworkers: boolean().notNull(),
    version: version(),
    ...updated({ nullable: true }),
  },
  (t) => [
    check("security_settings_single_row", sql`${t.id} = 1`),
    check(
      "security_settings_idle_check",
      within(t.idleTimeoutMinutes, SECURITY_SETTING_LIMITS.idleTimeoutMinutes),
    ),
    check(
      "security_settings_lifetime_check",
      within(t.absoluteLifetimeHours, SECURITY_SETTING_LIMITS.absoluteLifetimeHours),
    ),
  ],
);

export type SecuritySettingsRow = typeof securitySettings.$inferSelect;
