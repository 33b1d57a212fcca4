import { randomUUID } from "node:crypto";
import { resolveSessionUser } from "@kelias/auth";
import { users, verifyAuditChain } from "@kelias/db";
import type { Role } from "@kelias/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "./support/db";
import {
  callerFor,
  createUser,
  lastAuditOf,
  PERSON,
  signedIn,
  type TestUser,
  trpcError,
} from "./support/fixtures";

let t: TestDatabase;
let worker: TestUser;
let manager: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await openTestDatabase();
  worker = await createUser(t.db, ["caseworker"], ["avrr", "labour_migration"]);
  manager = await createUser(t.db, ["manager"], ["counter_trafficking"]);
  admin = await createUser(t.db, ["admin"]);
});

afterAll(() => t?.close());

describe("user.me", () => {
  it.each<[string, Role[]]>([
    ["a caseworker", ["caseworker"]],
    ["a manager", ["manager"]],
    ["an admin", ["admin"]],
    ["a user without roles", []],
  ])("answers %s with who they are now", async (_, roles) => {
    const user = await createUser(t.db, roles, roles.length ? ["social_assistance"] : []);
    const me = await (await signedIn(t.db, user)).user.me();
    expect(me).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      roles,
      programmes: roles.length ? ["social_assistance"] : [],
    });
  });

  it("reads the user fresh from the database on every request", async () => {
    const user = await createUser(t.db, ["caseworker"], ["avrr"]);
    await t.db
      .update(users)
      .set({ name: "Renamed", programmes: ["avrr", "social_assistance"] })
      .where(eq(users.id, user.id));
    expect(await (await signedIn(t.db, user)).user.me()).toMatchObject({
      name: "Renamed",
      programmes: ["avrr", "social_assistance"],
    });
  });
});

describe("user.list", () => {
  it("lists every user to an admin, by name, without password hashes", async () => {
    const list = await (await signedIn(t.db, admin)).user.list();
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
        "id",
        "name",
        "programmes",
        "roles",
        "team",
        "version",
      ]);
    const [count] = await t.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(list).toHaveLength(count?.n ?? -1);
    const names = list.map((u) => u.name);
    const inDatabaseOrder = await t.db.select({ name: users.name }).from(users).orderBy(users.name);
    expect(names).toEqual(inDatabaseOrder.map((u) => u.name));
  });

  it.each([
    ["a caseworker", () => worker],
    ["a manager", () => manager],
  ])("refuses %s with FORBIDDEN, audited", async (_, who) => {
    const user = who();
    const error = await trpcError((await signedIn(t.db, user)).user.list());
    expect(error.code).toBe("FORBIDDEN");
    expect(await lastAuditOf(t.db, user.id)).toMatchObject({
      action: "user.list",
      outcome: "denied",
      detail: { code: "FORBIDDEN" },
    });
  });
});

describe("sessions end when access changes", () => {
  it("signs a user out when their session version is bumped", async () => {
    const user = await createUser(t.db, ["caseworker"], ["avrr"]);
    expect(await (await callerFor(t.db, user)).user.me()).toMatchObject({ id: user.id });

    await t.db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    expect(await resolveSessionUser(t.db, user.claims)).toBeNull();
    const stale = await callerFor(t.db, user);
    expect((await trpcError(stale.user.me())).code).toBe("UNAUTHORIZED");
    expect((await trpcError(stale.case.list())).code).toBe("UNAUTHORIZED");
    expect((await trpcError(stale.person.create(PERSON))).code).toBe("UNAUTHORIZED");

    // A new sign-in carries the new version and works again.
    const fresh = { ...user, claims: { ...user.claims, sessionVersion: user.claims.sessionVersion + 1 } };
    expect(await (await callerFor(t.db, fresh)).user.me()).toMatchObject({ id: user.id });
  });

  it("signs a user out when they are deactivated, whatever their session carries", async () => {
    const user = await createUser(t.db, ["caseworker"], ["avrr"]);
    expect(await (await callerFor(t.db, user)).user.me()).toMatchObject({ id: user.id });
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await resolveSessionUser(t.db, user.claims)).toBeNull();
    expect((await trpcError((await callerFor(t.db, user)).user.me())).code).toBe("UNAUTHORIZED");
    expect((await trpcError((await callerFor(t.db, user)).case.list())).code).toBe("UNAUTHORIZED");
  });

  it("applies a role change at once: the old session is refused, the new one has the new roles", async () => {
    const user = await createUser(t.db, ["caseworker"], ["avrr"]);
    expect(await (await callerFor(t.db, user)).person.create(PERSON)).toMatchObject({
      id: expect.any(String),
    });

    await t.db
      .update(users)
      .set({ roles: ["manager"], sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    expect((await trpcError((await callerFor(t.db, user)).person.create(PERSON))).code).toBe("UNAUTHORIZED");

    const fresh = { ...user, claims: { ...user.claims, sessionVersion: user.claims.sessionVersion + 1 } };
    expect((await trpcError((await callerFor(t.db, fresh)).person.create(PERSON))).code).toBe("FORBIDDEN");
  });

  it("knows no user for a session naming a user that does not exist", async () => {
    const ghost = { ...worker, id: randomUUID(), claims: { userId: randomUUID(), sessionVersion: 1 } };
    expect((await trpcError((await callerFor(t.db, ghost)).user.me())).code).toBe("UNAUTHORIZED");
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
});
