import { randomUUID } from "node:crypto";
import { lockedUntil, recordFailure, resolveSessionUser, verifyPassword } from "@kelias/auth";
import { setPasswordTokens, users, verifyAuditChain } from "@kelias/db";
import type { Role } from "@kelias/domain";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setPasswordWithToken, tokenDigest } from "../src/set-password";
import { errorShape, IP, PERSON, type TestUser, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "labour_migration"]);
const manager = api.user(["manager"], ["counter_trafficking"]);
const admin = api.user(["admin"]);

describe("user.me", () => {
  it.each<[string, Role[]]>([
    ["a caseworker", ["caseworker"]],
    ["a manager", ["manager"]],
    ["an admin", ["admin"]],
    ["a user without roles", []],
  ])("answers %s with who they are now", async (_, roles) => {
    const user = await api.createUser(roles, roles.length ? ["social_assistance"] : []);
    const me = await (await api.as(user)).user.me();
    expect(me).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      roles,
      programmes: roles.length ? ["social_assistance"] : [],
      handoverPending: false,
    });
  });

  it("reads the user fresh from the database on every request", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    await api.db
      .update(users)
      .set({ name: "Renamed", programmes: ["avrr", "social_assistance"] })
      .where(eq(users.id, user.id));
    expect(await (await api.as(user)).user.me()).toMatchObject({
      name: "Renamed",
      programmes: ["avrr", "social_assistance"],
    });
  });
});

describe("user.list", () => {
  it("lists every user to an admin, by name, without password hashes", async () => {
    const list = await (await api.as(admin)).user.list();
    for (const user of [worker, manager, admin]) {
      expect(list).toContainEqual({
        id: user.id,
        name: user.name,
        email: user.email,
        roles: expect.any(Array),
        programmes: expect.any(Array),
        team: null,
        active: true,
        version: 1,
        handoverPendingBy: null,
        handoverPendingSince: null,
        passwordSet: false,
      });
    }
    expect(list.find((u) => u.id === worker.id)).toMatchObject({
      roles: ["caseworker"],
      programmes: ["avrr", "labour_migration"],
    });
    for (const entry of list)
      expect(Object.keys(entry).sort()).toEqual([
        "active",
        "email",
        "handoverPendingBy",
        "handoverPendingSince",
        "id",
        "name",
        "passwordSet",
        "programmes",
        "roles",
        "team",
        "version",
      ]);
    const [count] = await api.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(list).toHaveLength(count?.n ?? -1);
    const names = list.map((u) => u.name);
    const inDatabaseOrder = await api.db.select({ name: users.name }).from(users).orderBy(users.name);
    expect(names).toEqual(inDatabaseOrder.map((u) => u.name));
  });

  it.each([
    ["a caseworker", () => worker],
    ["a manager", () => manager],
  ])("refuses %s with FORBIDDEN, audited", async (_, who) => {
    const user = who();
    const error = await trpcError((await api.as(user)).user.list());
    expect(error.code).toBe("FORBIDDEN");
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "user.list",
      outcome: "denied",
      detail: { code: "FORBIDDEN" },
    });
  });
});

describe("sessions end when access changes", () => {
  it("signs a user out when their session version is bumped", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    expect(await (await api.callerFor(user)).user.me()).toMatchObject({ id: user.id });

    await api.db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    expect(await resolveSessionUser(api.db, user.claims)).toBeNull();
    const stale = await api.callerFor(user);
    expect((await trpcError(stale.user.me())).code).toBe("UNAUTHORIZED");
    expect((await trpcError(stale.case.list())).code).toBe("UNAUTHORIZED");
    expect((await trpcError(stale.person.create(PERSON))).code).toBe("UNAUTHORIZED");

    // A new sign-in carries the new version and works again.
    const fresh = { ...user, claims: { ...user.claims, sessionVersion: user.claims.sessionVersion + 1 } };
    expect(await (await api.callerFor(fresh)).user.me()).toMatchObject({ id: user.id });
  });

  it("signs a user out when they are deactivated, whatever their session carries", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    expect(await (await api.callerFor(user)).user.me()).toMatchObject({ id: user.id });
    await api.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(api.db, user.claims)).toBeNull();
    expect((await trpcError((await api.callerFor(user)).user.me())).code).toBe("UNAUTHORIZED");
    expect((await trpcError((await api.callerFor(user)).case.list())).code).toBe("UNAUTHORIZED");
  });

  it("applies a role change at once: the old session is refused, the new one has the new roles", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    expect(await (await api.callerFor(user)).person.create(PERSON)).toMatchObject({
      id: expect.any(String),
    });

    await api.db
      .update(users)
      .set({ roles: ["manager"], sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    expect((await trpcError((await api.callerFor(user)).person.create(PERSON))).code).toBe("UNAUTHORIZED");

    const fresh = { ...user, claims: { ...user.claims, sessionVersion: user.claims.sessionVersion + 1 } };
    expect((await trpcError((await api.callerFor(fresh)).person.create(PERSON))).code).toBe("FORBIDDEN");
  });

  it("knows no user for a session naming a user that does not exist", async () => {
    const ghost = { ...worker, id: randomUUID(), claims: { userId: randomUUID(), sessionVersion: 1 } };
    expect((await trpcError((await api.callerFor(ghost)).user.me())).code).toBe("UNAUTHORIZED");
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});

describe("user.list search", () => {
  it("narrows by name or email (accents and case ignored), role, programme and status", async () => {
    const tag = randomUUID().slice(0, 6);
    const ona = await api.createUser(["caseworker"], ["avrr"], `Onutė Šimkutė ${tag}`);
    const boss = await api.createUser(["manager"], ["labour_migration"], `Boss ${tag}`);
    await api.db.update(users).set({ active: false }).where(eq(users.id, boss.id));
    const caller = await api.as(admin);
    const ids = async (input: Parameters<typeof caller.user.list>[0]) =>
      (await caller.user.list(input)).map((u) => u.id);

    expect(await ids({ query: `onute simkute ${tag}` })).toEqual([ona.id]);
    expect(await ids({ query: ona.email.slice(0, 12).toUpperCase() })).toEqual([ona.id]);
    expect(await ids({ query: tag, role: "manager" })).toEqual([boss.id]);
    expect(await ids({ query: tag, programme: "avrr" })).toEqual([ona.id]);
    expect(await ids({ query: tag, active: false })).toEqual([boss.id]);
    expect(await ids({ query: tag, active: true })).toEqual([ona.id]);
    // The user's text is matched literally: a wildcard finds nothing.
    expect(await ids({ query: "%" })).toEqual([]);
  });
});

describe("user.create", () => {
  const NEW = () => ({
    name: "Rūta Naujokė",
    email: `Ruta.${randomUUID().slice(0, 8)}@Example.org`,
    roles: ["caseworker" as const],
    programmes: ["avrr" as const, "social_assistance" as const],
    team: "Vilnius",
  });

  it("opens the account without a password and gives a one-time link, stored only as a digest", async () => {
    const input = NEW();
    const before = Date.now();
    const created = await (await api.as(admin)).user.create(input);
    const token = new URLSearchParams((created.path ?? "").split("?")[1]).get("token") ?? "";
    expect(created.path).toMatch(/^\/set-password\?token=[\w-]{43}$/);
    expect(created.mail).toBe("not_configured");
    const hours = (created.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48.01);

    const [row] = await api.db.select().from(users).where(eq(users.id, created.id));
    expect(row).toMatchObject({
      name: input.name,
      email: input.email.toLowerCase(),
      roles: ["caseworker"],
      programmes: ["avrr", "social_assistance"],
      team: "Vilnius",
      passwordHash: null,
      active: true,
    });
    const tokens = await api.db
      .select()
      .from(setPasswordTokens)
      .where(eq(setPasswordTokens.userId, created.id));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.tokenHash).toBe(tokenDigest(token));
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "user.create",
      outcome: "allowed",
      entityId: created.id,
      detail: { roles: ["caseworker"], programmes: ["avrr", "social_assistance"] },
    });
    expect(JSON.stringify(await api.lastAuditOf(admin.id))).not.toContain(token);
  });

  it("refuses an email already in use (whatever its case) next to the field, changing nothing", async () => {
    const input = NEW();
    const caller = await api.as(admin);
    await caller.user.create(input);
    const before = await api.fingerprint();
    const error = await trpcError(caller.user.create({ ...input, email: input.email.toUpperCase() }));
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "email_taken"]);
    expect(errorShape(error, "user.create", "mutation").data.fieldErrors?.fieldErrors).toEqual({
      email: ["email_taken"],
    });
    expect(await api.fingerprint()).toEqual(before);
    expect(await api.lastAuditOf(admin.id)).toMatchObject({ action: "user.create", outcome: "denied" });
  });

  it("refuses bad input with field errors", async () => {
    const caller = await api.as(admin);
    const error = await trpcError(caller.user.create({ ...NEW(), email: "not an email", roles: [] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(
      Object.keys(errorShape(error, "user.create", "mutation").data.fieldErrors?.fieldErrors ?? {}).sort(),
    ).toEqual(["email", "roles"]);
  });
});

describe("set-password links", () => {
  const PASSWORD = "amber-violin-harbour-42";

  async function invited() {
    const caller = await api.as(admin);
    const name = `Invited ${randomUUID().slice(0, 6)}`;
    const created = await caller.user.create({
      name,
      email: `${randomUUID()}@test.example.org`,
      roles: ["caseworker"],
      programmes: ["avrr"],
      team: "",
    });
    const token = new URLSearchParams((created.path ?? "").split("?")[1]).get("token") ?? "";
    return { ...created, token, name };
  }

  const passwordHashOf = async (id: string) =>
    (await api.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)))[0]?.h ?? null;

  it("sets the password once; the link then works no more", async () => {
    const user = await invited();
    expect(
      await setPasswordWithToken(api.db, { token: user.token, password: PASSWORD }, { ip: IP }),
    ).toMatchObject({ ok: true });
    const hash = await passwordHashOf(user.id);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash ?? "", PASSWORD)).toBe(true);
    expect(
      await setPasswordWithToken(api.db, { token: user.token, password: `${PASSWORD}-again` }, { ip: IP }),
    ).toEqual({
      ok: false,
      reason: "link_used",
      field: "token",
    });
    expect(await verifyPassword((await passwordHashOf(user.id)) ?? "", PASSWORD)).toBe(true);
    const audit = await api.auditOf(user.id);
    expect(audit.map((e) => [e.action, e.outcome])).toEqual([
      ["user.setPassword", "allowed"],
      ["user.setPassword", "denied"],
    ]);
    expect(JSON.stringify(audit)).not.toContain(user.token);
  });

  it("refuses a password the policy refuses, and keeps the link usable", async () => {
    const user = await invited();
    for (const [password, reason] of [
      ["short", "too_short"],
      ["password1234", "common"],
      [`${user.name.split(" ")[1]}-rides-a-bicycle`, "contains_identity"],
    ] as const) {
      expect(await setPasswordWithToken(api.db, { token: user.token, password }, { ip: IP })).toEqual({
        ok: false,
        reason,
        field: "password",
      });
    }
    expect(await passwordHashOf(user.id)).toBeNull();
    expect(
      await setPasswordWithToken(api.db, { token: user.token, password: PASSWORD }, { ip: IP }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses a link after 48 hours (clock moved on)", async () => {
    const user = await invited();
    const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    expect(
      await setPasswordWithToken(
        api.db,
        { token: user.token, password: PASSWORD },
        { ip: IP, now: later(48.1) },
      ),
    ).toEqual({ ok: false, reason: "link_expired", field: "token" });
    expect(await passwordHashOf(user.id)).toBeNull();
    expect(
      await setPasswordWithToken(
        api.db,
        { token: user.token, password: PASSWORD },
        { ip: IP, now: later(47.9) },
      ),
    ).toMatchObject({ ok: true });
  });

  it("refuses an unknown link, and the link of a deactivated account", async () => {
    expect(
      await setPasswordWithToken(api.db, { token: "x".repeat(43), password: PASSWORD }, { ip: IP }),
    ).toEqual({
      ok: false,
      reason: "link_invalid",
      field: "token",
    });
    const user = await invited();
    await (await api.as(admin)).user.update({ id: user.id, version: user.version, active: false });
    expect(await setPasswordWithToken(api.db, { token: user.token, password: PASSWORD }, { ip: IP })).toEqual(
      {
        ok: false,
        reason: "link_invalid",
        field: "token",
      },
    );
  });
});

describe("user.resetPassword", () => {
  it("ends the old password and every session, and gives a new link that replaces the old one", async () => {
    const caller = await api.as(admin);
    const created = await caller.user.create({
      name: "Reset Me",
      email: `${randomUUID()}@test.example.org`,
      roles: ["caseworker"],
      programmes: ["avrr"],
      team: "",
    });
    const first = new URLSearchParams((created.path ?? "").split("?")[1]).get("token") ?? "";
    await setPasswordWithToken(api.db, { token: first, password: "amber-violin-harbour-42" }, { ip: IP });
    const user: TestUser = await api.signInAgain({
      id: created.id,
      name: "Reset Me",
      email: "",
      claims: { userId: created.id, sessionVersion: 0 },
    });
    expect(await (await api.callerFor(user)).user.me()).toMatchObject({ id: created.id });
    const [{ version } = { version: 0 }] = await api.db
      .select({ version: users.version })
      .from(users)
      .where(eq(users.id, created.id));

    const reset = await caller.user.resetPassword({ id: created.id, version });
    expect(reset.version).toBe(version + 1);
    expect((await api.db.select().from(users).where(eq(users.id, created.id)))[0]?.passwordHash).toBeNull();
    expect((await trpcError((await api.callerFor(user)).user.me())).code).toBe("UNAUTHORIZED");
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "user.resetPassword",
      outcome: "allowed",
      entityId: created.id,
    });

    const second = new URLSearchParams((reset.path ?? "").split("?")[1]).get("token") ?? "";
    const replaced = await invitedLinkState(first);
    expect(replaced).toBe("link_used");
    expect(
      await setPasswordWithToken(api.db, { token: second, password: "new-harbour-violin-43" }, { ip: IP }),
    ).toMatchObject({ ok: true });

    // Against a stale version: refused, nothing changed.
    const before = await api.fingerprint();
    const stale = await trpcError(caller.user.resetPassword({ id: created.id, version }));
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.fingerprint()).toEqual(before);
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "user.resetPassword",
      outcome: "denied",
      entityType: "user",
      entityId: created.id,
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
  });

  it("lifts the user's lockout", async () => {
    const locked = await api.createUser(["caseworker"], ["avrr"]);
    const now = new Date();
    for (let i = 0; i < 6; i += 1) await recordFailure(api.db, "account", locked.id, now);
    expect(await lockedUntil(api.db, "account", locked.id, now)).not.toBeNull();
    await (await api.as(admin)).user.resetPassword({ id: locked.id, version: 1 });
    expect(await lockedUntil(api.db, "account", locked.id, now)).toBeNull();
  });

  async function invitedLinkState(token: string) {
    const result = await setPasswordWithToken(
      api.db,
      { token, password: "amber-violin-harbour-99" },
      { ip: IP },
    );
    return result.ok ? "ok" : result.reason;
  }

  it("is refused for one's own account (own_access) and to non-admins", async () => {
    const own = await trpcError((await api.as(admin)).user.resetPassword({ id: admin.id, version: 1 }));
    expect([own.code, own.message]).toEqual(["FORBIDDEN", "own_access"]);
    const target = await api.createUser(["caseworker"], ["avrr"]);
    for (const who of [worker, manager]) {
      const error = await trpcError((await api.as(who)).user.resetPassword({ id: target.id, version: 1 }));
      expect(error.code).toBe("FORBIDDEN");
    }
  });
});

describe("user.update: deactivate, reactivate, roles, programmes, team", () => {
  it("refuses a change against a stale version: CONFLICT, audited against the user, nothing changed", async () => {
    const caller = await api.as(admin);
    const user = await api.createUser(["caseworker"], ["avrr"]);
    await caller.user.update({ id: user.id, version: 1, team: "Vilnius" });
    const before = await api.fingerprint();
    const stale = await trpcError(caller.user.update({ id: user.id, version: 1, active: false }));
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.fingerprint()).toEqual(before);
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "user.update",
      outcome: "denied",
      entityType: "user",
      entityId: user.id,
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
  });

  it("deactivates (sessions end at once) and reactivates; each change audited with before and after", async () => {
    const caller = await api.as(admin);
    const user = await api.createUser(["caseworker"], ["avrr"]);
    const off = await caller.user.update({ id: user.id, version: 1, active: false });
    expect((await trpcError((await api.callerFor(user)).user.me())).code).toBe("UNAUTHORIZED");
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "user.update",
      detail: { before: { active: true }, after: { active: false } },
    });
    const on = await caller.user.update({ id: user.id, version: off?.version ?? 0, active: true });
    // Reactivated: a new sign-in works; the old session stays ended.
    expect((await trpcError((await api.callerFor(user)).user.me())).code).toBe("UNAUTHORIZED");
    expect(await (await api.callerFor(await api.signInAgain(user))).user.me()).toMatchObject({
      id: user.id,
    });
    const changed = await caller.user.update({
      id: user.id,
      version: on?.version ?? 0,
      roles: ["caseworker", "manager"],
      programmes: ["labour_migration"],
      team: "Kaunas",
    });
    expect((await api.db.select().from(users).where(eq(users.id, user.id)))[0]).toMatchObject({
      roles: ["caseworker", "manager"],
      programmes: ["labour_migration"],
      team: "Kaunas",
      version: changed?.version,
    });
  });

  it("refuses an admin's own deactivation (own_access) and lets them change their own team", async () => {
    const me = await api.createUser(["admin"]);
    const caller = await api.as(me);
    const error = await trpcError(caller.user.update({ id: me.id, version: 1, active: false }));
    expect([error.code, error.message]).toEqual(["FORBIDDEN", "own_access"]);
    expect(await caller.user.update({ id: me.id, version: 1, team: "Office" })).toMatchObject({ version: 2 });
  });
});

it("leaves the audit chain intact after the admin tests", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
