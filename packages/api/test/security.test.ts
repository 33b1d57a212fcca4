import {
  authEnv,
  checkCredentials,
  clearLockout,
  hashPassword,
  LOCKOUT,
  readSecuritySettings,
  resolveRequestSession,
  type SignInResult,
  totpCodeAt,
} from "@kelias/auth";
import { authSessions, signInThrottles, users } from "@kelias/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createCaller } from "../src/server";
import { IP, type TestUser, trpcError, useApiTest } from "./support/api-test";
import type { createUser } from "./support/fixtures";

/**
 * Sign-in security against the database: lockout per account and per address, the second factor at
 * sign-in (TOTP and recovery codes), session records (ended, idle, expired) and the administrators'
 * procedures. The clock is passed in, never waited for.
 */

const api = useApiTest();
const admin = api.user(["admin"]);
const PASSWORD = "a long and unguessable passphrase";
const T0 = new Date("2026-05-04T08:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
let ipCounter = 0;
/** A documentation-range address of its own per test, so address counts never mix. */
const freshIp = () => `198.51.100.${++ipCounter}`;

async function userWithPassword(roles: Parameters<typeof createUser>[1] = ["caseworker"]) {
  const user = await api.createUser(roles, roles.includes("admin") ? [] : ["avrr"]);
  await api.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, user.id));
  return user;
}

function signIn(
  user: { email: string },
  options: { password?: string; code?: string; now?: Date; ip?: string | null } = {},
): Promise<SignInResult> {
  return checkCredentials(
    {
      db: api.db,
      ip: options.ip === undefined ? freshIp() : options.ip,
      userAgent: "vitest",
      demoMode: false,
      mfaKey: authEnv().mfaKey,
      now: options.now ?? T0,
    },
    { email: user.email, password: options.password ?? PASSWORD, code: options.code },
  );
}

async function accountThrottle(userId: string) {
  const [row] = await api.db
    .select()
    .from(signInThrottles)
    .where(and(eq(signInThrottles.scope, "account"), eq(signInThrottles.key, userId)));
  return row;
}

/** Enrols TOTP through the API as the user would; returns the secret and the recovery codes. */
async function enrol(user: TestUser) {
  const caller = await api.as(user);
  const { secret } = await caller.account.mfa.begin();
  const { recoveryCodes } = await caller.account.mfa.confirm({ code: totpCodeAt(secret, new Date()) });
  return { secret, recoveryCodes };
}

describe("lockout", () => {
  it("locks an account after 5 failures, with one answer for every refusal, and growing delays", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < LOCKOUT.account.threshold; i++) {
      expect(await signIn(user, { password: "wrong password", now: minutes(0) })).toEqual({
        status: "refused",
      });
    }
    expect(await accountThrottle(user.id)).toMatchObject({ failures: 5, lockedUntil: minutes(1) });
    // Locked: even the right password is refused, with the same answer as an unknown email.
    expect(await signIn(user, { now: minutes(0.5) })).toEqual({ status: "refused" });
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "auth.sign_in",
      outcome: "denied",
      detail: { reason: "account_locked" },
    });
    expect(await signIn({ email: "nobody@test.example.org" })).toEqual({ status: "refused" });
    // Attempts while locked do not count; the next failure after the lock doubles the delay.
    expect(await accountThrottle(user.id)).toMatchObject({ failures: 5 });
    expect(await signIn(user, { password: "wrong again", now: minutes(2) })).toEqual({ status: "refused" });
    expect(await accountThrottle(user.id)).toMatchObject({ failures: 6, lockedUntil: minutes(4) });
    expect(await signIn(user, { now: minutes(3) })).toEqual({ status: "refused" });

    // After the lock, the right password signs in and forgets the failures.
    expect(await signIn(user, { now: minutes(4) })).toMatchObject({ status: "signed_in" });
    expect(await accountThrottle(user.id)).toBeUndefined();
  });

  it("forgets failures after a day without one", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < 4; i++) await signIn(user, { password: "wrong password", now: minutes(0) });
    await signIn(user, { password: "wrong password", now: minutes(25 * 60) });
    expect(await accountThrottle(user.id)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("is lifted by clearLockout (an administrator's password reset)", async () => {
    const user = await userWithPassword();
    for (let i = 0; i < 5; i++) await signIn(user, { password: "wrong password", now: minutes(0) });
    expect(await signIn(user, { now: minutes(0.5) })).toEqual({ status: "refused" });
    await clearLockout(api.db, user.id);
    expect(await signIn(user, { now: minutes(0.5) })).toMatchObject({ status: "signed_in" });
  });

  it("limits an address across accounts, unknown emails included, and a success does not reset it", async () => {
    const ip = freshIp();
    const victim = await userWithPassword();
    const own = await userWithPassword();
    for (let i = 0; i < LOCKOUT.ip.threshold - 1; i++) {
      await signIn({ email: `guess-${i}@test.example.org` }, { ip, now: minutes(0) });
    }
    expect(await signIn(own, { ip, now: minutes(0) })).toMatchObject({ status: "signed_in" });
    expect(await signIn(victim, { ip, password: "one more guess", now: minutes(0) })).toEqual({
      status: "refused",
    });
    // The address is locked now, for the right password too; another address is not.
    expect(await signIn(own, { ip, now: minutes(0.5) })).toEqual({ status: "refused" });
    expect(await api.lastAuditOf(own.id)).toMatchObject({ outcome: "allowed" });
    expect(await signIn(own, { now: minutes(0.5) })).toMatchObject({ status: "signed_in" });
    expect(await signIn(own, { ip, now: minutes(1) })).toMatchObject({ status: "signed_in" });
  });
});

describe("second factor at sign-in", () => {
  it("asks for the code after the right password, accepts a current code once", async () => {
    const user = await userWithPassword();
    const { secret } = await enrol(user);

    expect(await signIn(user, { password: "wrong password" })).toEqual({ status: "refused" });
    expect(await signIn(user)).toEqual({ status: "code_required" });
    const later = new Date(Date.now() + 60_000);
    const code = totpCodeAt(secret, later);
    const result = await signIn(user, { code, now: later });
    expect(result).toMatchObject({ status: "signed_in", user: { id: user.id, mfaDue: false } });
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      outcome: "allowed",
      detail: { secondFactor: "totp" },
    });
    // The same code a second time (a replay) is refused.
    expect(await signIn(user, { code, now: later })).toEqual({ status: "code_invalid" });
  });

  it("counts wrong codes toward the lockout", async () => {
    const user = await userWithPassword();
    const { secret } = await enrol(user);
    const later = new Date(Date.now() + 120_000);
    for (let i = 0; i < LOCKOUT.account.threshold; i++) {
      expect(await signIn(user, { code: "000000", now: later })).toEqual({ status: "code_invalid" });
    }
    expect(await signIn(user, { code: totpCodeAt(secret, later), now: later })).toEqual({
      status: "refused",
    });
  });

  it("accepts each recovery code once, instead of the authenticator's code", async () => {
    const user = await userWithPassword();
    const { recoveryCodes } = await enrol(user);
    expect(recoveryCodes).toHaveLength(10);
    const [first = "", second = ""] = recoveryCodes;
    expect(await signIn(user, { code: first.toUpperCase().replace("-", " ") })).toMatchObject({
      status: "signed_in",
    });
    expect(await api.lastAuditOf(user.id)).toMatchObject({ detail: { secondFactor: "recovery_code" } });
    expect(await signIn(user, { code: first })).toEqual({ status: "code_invalid" });
    expect(await signIn(user, { code: second })).toMatchObject({ status: "signed_in" });
    expect((await (await api.as(user)).account.mfa.status()).recoveryCodesLeft).toBe(8);
  });

  it("sends a manager or an admin without a second factor to enrol first", async () => {
    const manager = await userWithPassword(["manager"]);
    const result = await signIn(manager);
    expect(result).toMatchObject({ status: "signed_in", user: { mfaDue: true } });
    if (result.status !== "signed_in") throw new Error("not signed in");
    const claims = { userId: manager.id, sessionVersion: 1, sessionId: result.user.sessionId };
    const pending = await resolveRequestSession(api.db, claims, { now: T0, demoMode: false });
    expect(pending).toMatchObject({ user: null, pendingEnrolment: { id: manager.id } });

    // Only enrolment is open to them.
    const caller = createCaller({
      db: api.db,
      user: null,
      pendingEnrolment: pending.pendingEnrolment,
      ip: IP,
    });
    expect((await trpcError(caller.user.me())).code).toBe("UNAUTHORIZED");
    expect((await trpcError(caller.account.session.list())).code).toBe("UNAUTHORIZED");
    const { secret } = await caller.account.mfa.begin();
    await caller.account.mfa.confirm({ code: totpCodeAt(secret, new Date()) });

    const after = await resolveRequestSession(api.db, claims, { now: T0, demoMode: false });
    expect(after).toMatchObject({ user: { id: manager.id }, pendingEnrolment: null });
  });
});

describe("session records", () => {
  async function session(user: TestUser, now = T0) {
    const result = await signIn(user, { now });
    if (result.status !== "signed_in") throw new Error(`sign-in refused: ${result.status}`);
    return { userId: user.id, sessionVersion: 1, sessionId: result.user.sessionId };
  }
  const resolve = (claims: Awaited<ReturnType<typeof session>>, now: Date) =>
    resolveRequestSession(api.db, claims, { now, demoMode: false });

  it("ends after the idle timeout, counted from the last request", async () => {
    const { idleTimeoutMinutes } = await readSecuritySettings(api.db);
    const claims = await session(await userWithPassword());
    expect((await resolve(claims, minutes(idleTimeoutMinutes - 1))).user).not.toBeNull();
    // That request moved last-seen on, so the same span again is still within the timeout.
    expect((await resolve(claims, minutes(2 * idleTimeoutMinutes - 2))).user).not.toBeNull();
    expect((await resolve(claims, minutes(3 * idleTimeoutMinutes))).user).toBeNull();
    const [row] = await api.db.select().from(authSessions).where(eq(authSessions.id, claims.sessionId));
    expect(row).toMatchObject({ endReason: "idle" });
    // Once ended, it stays ended.
    expect((await resolve(claims, minutes(3 * idleTimeoutMinutes))).user).toBeNull();
  });

  it("ends at its absolute lifetime, however busy", async () => {
    const { idleTimeoutMinutes, absoluteLifetimeHours } = await readSecuritySettings(api.db);
    const claims = await session(await userWithPassword());
    let now = 0;
    while (now + idleTimeoutMinutes - 1 < absoluteLifetimeHours * 60) {
      now += idleTimeoutMinutes - 1;
      expect((await resolve(claims, minutes(now))).user, `at ${now} min`).not.toBeNull();
    }
    expect((await resolve(claims, minutes(absoluteLifetimeHours * 60))).user).toBeNull();
  });

  it("refuses a token without a record, or with another user's record", async () => {
    const user = await userWithPassword();
    const claims = await session(user);
    const other = await userWithPassword();
    expect((await resolve({ ...claims, userId: other.id }, T0)).user).toBeNull();
    expect(
      (await resolveRequestSession(api.db, { ...claims, sessionId: "" }, { now: T0, demoMode: false })).user,
    ).toBeNull();
  });

  it("lets a user end their other sessions, and an admin end all of a user's sessions", async () => {
    // On the real clock: the procedures read it.
    const now = new Date();
    const user = await userWithPassword();
    const here = await session(user, now);
    const elsewhere = await session(user, now);
    const third = await session(user, now);
    const sessionUser = (await resolve(here, now)).user;
    const own = createCaller({ db: api.db, user: sessionUser, sessionId: here.sessionId, ip: IP });
    const listed = await own.account.session.list();
    expect(listed.map((s) => s.id).sort()).toEqual([here, elsewhere, third].map((c) => c.sessionId).sort());
    expect(listed.find((s) => s.current)?.id).toBe(here.sessionId);
    expect(listed[0]).toMatchObject({ userAgent: "vitest" });

    expect(await own.account.session.signOutOthers()).toEqual({ ended: 2 });
    expect((await resolve(elsewhere, now)).user).toBeNull();
    expect((await resolve(third, now)).user).toBeNull();
    expect((await resolve(here, now)).user).not.toBeNull();
    expect((await own.account.session.list()).map((s) => s.id)).toEqual([here.sessionId]);

    const adminCaller = await api.as(admin);
    expect(await adminCaller.security.user.signOut({ userId: user.id })).toEqual({ ended: 1 });
    expect((await resolve(here, now)).user).toBeNull();
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "security.user.signOut",
      outcome: "allowed",
      entityId: user.id,
      detail: { ended: 1 },
    });
  });
});

describe("security settings", () => {
  it("are changed by an admin with the version read, audited, and apply to sessions at once", async () => {
    const caller = await api.as(admin);
    const before = await caller.security.settings.get();
    const changed = await caller.security.settings.update({
      ...before,
      idleTimeoutMinutes: 10,
      mfaRequiredForCaseworkers: true,
    });
    expect(changed).toMatchObject({ idleTimeoutMinutes: 10, version: before.version + 1 });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "security.settings.update",
      detail: {
        before: { idleTimeoutMinutes: before.idleTimeoutMinutes },
        after: { idleTimeoutMinutes: 10 },
      },
    });
    // A caseworker without a second factor must now enrol first.
    expect(await signIn(await userWithPassword())).toMatchObject({ user: { mfaDue: true } });
    const result = await signIn(await userWithPassword(), { now: T0 });
    if (result.status !== "signed_in") throw new Error("not signed in");
    const claims = { userId: result.user.id, sessionVersion: 1, sessionId: result.user.sessionId };
    // The shorter idle timeout applies to sessions already open.
    expect(await resolveRequestSession(api.db, claims, { now: minutes(11), demoMode: false })).toEqual({
      user: null,
      pendingEnrolment: null,
      sessionId: null,
    });
    const [row] = await api.db.select().from(authSessions).where(eq(authSessions.id, claims.sessionId));
    expect(row).toMatchObject({ endReason: "idle" });

    // A save from a stale read is refused; nothing changes.
    const stale = await trpcError(caller.security.settings.update({ ...before, idleTimeoutMinutes: 60 }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "security.settings.update",
      outcome: "denied",
      entityType: "security_settings",
      entityId: "1",
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
    expect(await caller.security.settings.get()).toMatchObject({ idleTimeoutMinutes: 10 });
    const bad = await trpcError(caller.security.settings.update({ ...changed, idleTimeoutMinutes: 2 }));
    expect(bad.code).toBe("BAD_REQUEST");

    await caller.security.settings.update({ ...before, version: changed.version });
    expect(await caller.security.settings.get()).toMatchObject({ ...before, version: changed.version + 1 });
  });

  it("let an admin reset another user's second factor, never their own", async () => {
    const user = await userWithPassword();
    await enrol(user);
    const caller = await api.as(admin);
    expect(await caller.security.user.resetMfa({ userId: user.id })).toEqual({ removed: true });
    expect(await signIn(user)).toMatchObject({ status: "signed_in" });
    const own = await trpcError(caller.security.user.resetMfa({ userId: admin.id }));
    expect(own).toMatchObject({ code: "FORBIDDEN", message: "own_account" });
  });
});
