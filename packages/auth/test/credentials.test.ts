import { auditLog, type DatabaseHandle, openDatabase, users } from "@kelias/db";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp } from "../src/client-ip";
import { checkCredentials } from "../src/options";
import { hashPassword, verifyPassword } from "../src/passwords";
import { resolveSessionUser } from "../src/users";

let handle: DatabaseHandle;
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  handle = await openDatabase({ kind: "embedded", dataDir: undefined });
  await handle.migrate();
  const passwordHash = await hashPassword(PASSWORD);
  await handle.db.insert(users).values([
    {
      email: "Worker@Example.org",
      name: "Worker",
      passwordHash,
      roles: ["caseworker"],
      programmes: ["avrr"],
    },
    { email: "demo@example.org", name: "Demo", passwordHash, roles: ["caseworker"], isDemo: true },
    { email: "gone@example.org", name: "Gone", passwordHash, roles: ["caseworker"], active: false },
  ]);
});

afterAll(() => handle.close());

const ctx = (demoMode = false) => ({ db: handle.db, ip: "192.0.2.10", demoMode, mfaKey: "k".repeat(32) });

async function lastAudit() {
  const [row] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row;
}

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("s3cret-passphrase");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "s3cret-passphrase")).toBe(true);
    expect(await verifyPassword(hash, "s3cret-passphrasE")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});

describe("checkCredentials", () => {
  it("signs in with the right password, whatever the email's case, and audits it", async () => {
    const result = await checkCredentials(ctx(), { email: " worker@example.ORG ", password: PASSWORD });
    expect(result).toMatchObject({
      status: "signed_in",
      user: { name: "Worker", roles: ["caseworker"], sessionVersion: 1, mfaDue: false },
    });
    expect(await lastAudit()).toMatchObject({ action: "auth.sign_in", outcome: "allowed", ip: "192.0.2.10" });
  });

  it.each([
    ["a wrong password", { email: "worker@example.org", password: "wrong" }, "wrong_password"],
    ["an unknown email", { email: "nobody@example.org", password: PASSWORD }, "unknown_email"],
    ["a deactivated user", { email: "gone@example.org", password: PASSWORD }, "inactive"],
    ["a demo account outside demo mode", { email: "demo@example.org", password: PASSWORD }, "demo_mode_off"],
    ["malformed input", { email: "", password: 42 }, "malformed"],
    ["an email with U+0000", { email: "worker@example.org\u0000", password: PASSWORD }, "malformed"],
    [
      "an email with a lone surrogate",
      { email: "worker@example.org\ud800", password: PASSWORD },
      "malformed",
    ],
    ["a password with U+0000", { email: "worker@example.org", password: `${PASSWORD}\u0000` }, "malformed"],
  ])("refuses %s and records why", async (_, input, reason) => {
    expect(await checkCredentials(ctx(), input)).toEqual({ status: "refused" });
    expect(await lastAudit()).toMatchObject({
      action: "auth.sign_in",
      outcome: "denied",
      detail: { reason },
    });
  });

  it("lets a demo account in while demo mode is on", async () => {
    expect(
      await checkCredentials(ctx(true), { email: "demo@example.org", password: PASSWORD }),
    ).toMatchObject({
      status: "signed_in",
    });
  });
});

describe("resolveSessionUser", () => {
  it("returns the user while active and the session version matches, and nobody after a change", async () => {
    const [row] = await handle.db.select().from(users).where(eq(users.email, "Worker@Example.org"));
    if (!row) throw new Error("seed user missing");
    const claims = { userId: row.id, sessionVersion: row.sessionVersion };
    expect(await resolveSessionUser(handle.db, claims)).toMatchObject({
      id: row.id,
      programmes: ["avrr"],
      handoverPending: false,
    });

    await handle.db
      .update(users)
      .set({ sessionVersion: row.sessionVersion + 1 })
      .where(eq(users.id, row.id));
    expect(await resolveSessionUser(handle.db, claims)).toBeNull();

    await handle.db.update(users).set({ active: false }).where(eq(users.id, row.id));
    expect(
      await resolveSessionUser(handle.db, { ...claims, sessionVersion: row.sessionVersion + 1 }),
    ).toBeNull();
    expect(await resolveSessionUser(handle.db, null)).toBeNull();
  });
});

describe("resolveSessionUser: handovers", () => {
  it("loads an account whose set-password link an administrator saw as handover pending, until confirmed", async () => {
    const [admin] = await handle.db
      .insert(users)
      .values({ email: "admin@example.org", name: "Admin", roles: ["admin"] })
      .returning();
    const [manager] = await handle.db
      .insert(users)
      .values({
        email: "handed@example.org",
        name: "Handed Over",
        roles: ["manager"],
        programmes: ["avrr"],
        handoverPendingBy: admin?.id,
        handoverPendingSince: new Date(),
      })
      .returning();
    if (!admin || !manager) throw new Error("insert returned nothing");
    const claims = { userId: manager.id, sessionVersion: manager.sessionVersion };
    expect(await resolveSessionUser(handle.db, claims)).toMatchObject({
      id: manager.id,
      handoverPending: true,
    });
    await handle.db
      .update(users)
      .set({ handoverPendingBy: null, handoverPendingSince: null })
      .where(eq(users.id, manager.id));
    expect(await resolveSessionUser(handle.db, claims)).toMatchObject({ handoverPending: false });
  });
});

describe("clientIp", () => {
  it("takes the hop the reverse proxy appended, not what the client sent", () => {
    expect(clientIp("203.0.113.9, 198.51.100.7")).toBe("198.51.100.7");
    expect(clientIp("198.51.100.7")).toBe("198.51.100.7");
  });

  it("is null without the header (no proxy), whatever else the request carries", () => {
    expect(clientIp(undefined)).toBeNull();
    expect(clientIp(null)).toBeNull();
    expect(clientIp("")).toBeNull();
    expect(clientIp(" , ")).toBeNull();
  });
});
