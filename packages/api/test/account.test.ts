import { authEnv, checkCredentials, hashPassword, startSession, totpCodeAt } from "@kelias/auth";
import { authSessions, mfaRecoveryCodes, mfaTotp, users } from "@kelias/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createCaller } from "../src/server";
import { errorShape, IP, type TestUser, trpcError, useApiTest } from "./support/api-test";
import type { createUser } from "./support/fixtures";

/** The signed-in user's own security page: second factor, recovery codes, sessions, password. */

const api = useApiTest();
const PASSWORD = "a long and unguessable passphrase";

async function userWithPassword(roles: Parameters<typeof createUser>[1] = ["caseworker"]) {
  const user = await api.createUser(roles, ["avrr"], "Rūta Kazlauskienė");
  await api.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, user.id));
  return user;
}

/** A caller on a session record of its own, as a browser's request would be. */
async function onSession(user: TestUser) {
  const sessionId = await startSession(api.db, {
    userId: user.id,
    ip: IP,
    userAgent: "vitest",
    mfa: false,
    now: new Date(),
  });
  const caller = await api.as(user);
  const sessionUser = await caller.user.me();
  return {
    sessionId,
    caller: createCaller({ db: api.db, user: { ...sessionUser }, sessionId, ip: IP }),
  };
}

const signIn = (user: TestUser, password: string, code?: string) =>
  checkCredentials(
    { db: api.db, ip: null, demoMode: false, mfaKey: authEnv().mfaKey, now: new Date(Date.now() + 60_000) },
    { email: user.email, password, code },
  );

/** The refusal as the form receives it: code, reason and the field it belongs to. */
async function fieldRefusal(call: Promise<unknown>, path: string) {
  const error = await trpcError(call);
  const shape = errorShape(error, path, "mutation");
  return { code: error.code, reason: error.message, fields: shape.data.fieldErrors?.fieldErrors };
}

describe("enrolling a second factor", () => {
  it("shows a QR code, confirms with a code from the app, and hands out recovery codes once", async () => {
    const user = await userWithPassword();
    const { caller } = await onSession(user);
    expect(await caller.account.mfa.status()).toEqual({
      enrolled: false,
      recoveryCodesLeft: 0,
      required: false,
    });

    const enrolment = await caller.account.mfa.begin();
    expect(enrolment.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    // Pending until confirmed: signing in needs no code yet.
    expect(await signIn(user, PASSWORD)).toMatchObject({ status: "signed_in" });

    const seq = await api.lastAuditSeq();
    const before = await api.fingerprint();
    expect(await fieldRefusal(caller.account.mfa.confirm({ code: "000000" }), "account.mfa.confirm")).toEqual(
      {
        code: "BAD_REQUEST",
        reason: "wrong_code",
        fields: { code: ["wrong_code"] },
      },
    );
    expect(await api.fingerprint()).toEqual(before);
    expect(await api.auditSince(seq)).toEqual([
      expect.objectContaining({ action: "account.mfa.confirm", outcome: "denied" }),
    ]);

    const { recoveryCodes } = await caller.account.mfa.confirm({
      code: totpCodeAt(enrolment.secret, new Date()),
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await caller.account.mfa.status()).toEqual({
      enrolled: true,
      recoveryCodesLeft: 10,
      required: false,
    });
    expect(await signIn(user, PASSWORD)).toEqual({ status: "code_required" });

    // At rest: the secret encrypted, the recovery codes hashed.
    const [stored] = await api.db.select().from(mfaTotp).where(eq(mfaTotp.userId, user.id));
    expect(stored?.secretEncrypted).not.toContain(enrolment.secret);
    const hashes = await api.db.select().from(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, user.id));
    expect(hashes.map((h) => h.codeHash)).not.toContain(recoveryCodes[0]);

    // A confirmed authenticator is not replaced by starting again.
    expect(await trpcError(caller.account.mfa.begin())).toMatchObject({
      code: "CONFLICT",
      message: "mfa_already_enrolled",
    });
  });

  it("gives new recovery codes (the old stop working) and turns MFA off, each after the password", async () => {
    const user = await userWithPassword();
    const { caller } = await onSession(user);
    const { secret } = await caller.account.mfa.begin();
    const { recoveryCodes: first } = await caller.account.mfa.confirm({
      code: totpCodeAt(secret, new Date()),
    });

    expect(
      await fieldRefusal(caller.account.mfa.newRecoveryCodes({ password: "not my password" }), "x"),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { password: ["wrong_password"] } });
    const { recoveryCodes: second } = await caller.account.mfa.newRecoveryCodes({ password: PASSWORD });
    expect(await signIn(user, PASSWORD, first[0])).toEqual({ status: "code_invalid" });
    expect(await signIn(user, PASSWORD, second[0])).toMatchObject({ status: "signed_in" });

    expect(await fieldRefusal(caller.account.mfa.disable({ password: "nope" }), "x")).toMatchObject({
      code: "BAD_REQUEST",
      fields: { password: ["wrong_password"] },
    });
    expect(await caller.account.mfa.disable({ password: PASSWORD })).toEqual({ enrolled: false });
    expect(await signIn(user, PASSWORD)).toMatchObject({ status: "signed_in" });
  });

  it("does not let a manager turn off a second factor they must have", async () => {
    const manager = await userWithPassword(["manager"]);
    const caller = await api.as(manager);
    const { secret } = await caller.account.mfa.begin();
    await caller.account.mfa.confirm({ code: totpCodeAt(secret, new Date()) });
    expect(await caller.account.mfa.status()).toMatchObject({ required: true });
    expect(await trpcError(caller.account.mfa.disable({ password: PASSWORD }))).toMatchObject({
      code: "FORBIDDEN",
      message: "mfa_required",
    });
  });
});

describe("changing one's password", () => {
  it("needs the current password and a new one that meets the rules", async () => {
    const user = await userWithPassword();
    const { caller } = await onSession(user);
    const change = (currentPassword: string, newPassword: string) =>
      fieldRefusal(
        caller.account.password.change({ currentPassword, newPassword }),
        "account.password.change",
      );

    expect(await change("wrong", "another long passphrase")).toMatchObject({
      fields: { currentPassword: ["wrong_password"] },
    });
    expect(await change(PASSWORD, "short")).toMatchObject({
      fields: { newPassword: ["password_too_short"] },
    });
    expect(await change(PASSWORD, "qwerty123456")).toMatchObject({
      fields: { newPassword: ["password_common"] },
    });
    expect(await change(PASSWORD, "kazlauskiene forever")).toMatchObject({
      fields: { newPassword: ["password_contains_identity"] },
    });
    expect(await change(PASSWORD, "x".repeat(200))).toMatchObject({
      fields: { newPassword: ["password_too_long"] },
    });
    expect(await signIn(user, PASSWORD)).toMatchObject({ status: "signed_in" });
  });

  it("changes it and ends every other session", async () => {
    const user = await userWithPassword();
    const { caller, sessionId } = await onSession(user);
    const other = await onSession(user);
    expect(
      await caller.account.password.change({
        currentPassword: PASSWORD,
        newPassword: "river stones and quiet maps",
      }),
    ).toEqual({ sessionsEnded: 1 });
    const rows = await api.db.select().from(authSessions).where(eq(authSessions.userId, user.id));
    expect(rows.find((r) => r.id === other.sessionId)).toMatchObject({ endReason: "password_changed" });
    expect(rows.find((r) => r.id === sessionId)).toMatchObject({ endedAt: null });
    expect(await signIn(user, PASSWORD)).toEqual({ status: "refused" });
    expect(await signIn(user, "river stones and quiet maps")).toMatchObject({ status: "signed_in" });
  });
});
