import { randomUUID } from "node:crypto";
import { users, verifyAuditChain } from "@kelias/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useApiTest } from "./support/api-test";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

/**
 * With a mail server configured, a set-password link goes by email only: the administrator never
 * holds it, so the account needs no second administrator. (The environment is read once per test
 * file, which runs in its own module registry.)
 */

const api = useApiTest();
let sink: SmtpSink;
const admin = api.user(["admin"]);

beforeAll(async () => {
  sink = await startSmtpSink();
  vi.stubEnv("SMTP_URL", sink.url);
  vi.stubEnv("SMTP_FROM", "Kelias <no-reply@example.org>");
  vi.stubEnv("NEXTAUTH_URL", "https://kelias.example.org");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await sink?.close();
});

describe("set-password links with a mail server", () => {
  it("go by email only when an account is opened: not shown, the account not flagged", async () => {
    const email = `${randomUUID()}@test.example.org`;
    const created = await (await api.as(admin)).user.create({
      name: "Emailed Manager",
      email,
      roles: ["manager"],
      programmes: ["avrr"],
      team: "",
    });
    expect(created).toMatchObject({ path: null, mail: "sent", handoverPending: false });
    const message = sink.messages.find((m) => m.includes(email));
    expect(message).toMatch(/https:\/\/kelias\.example\.org\/set-password\?token=/);
    const [row] = await api.db.select().from(users).where(eq(users.id, created.id));
    expect(row?.handoverPendingBy).toBeNull();
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "user.create",
      detail: { link: "emailed" },
    });
  });

  it("go by email only on a reset too, and a failed send shows nothing either", async () => {
    const target = await api.createUser(["manager"], ["avrr"]);
    const caller = await api.as(admin);
    const reset = await caller.user.resetPassword({ id: target.id, version: 1 });
    expect(reset).toMatchObject({ path: null, mail: "sent", handoverPending: false });
    expect(sink.messages.some((m) => m.includes(target.email))).toBe(true);

    // The server goes away: the admin is told, and still holds no link.
    await sink.close();
    const failed = await caller.user.resetPassword({ id: target.id, version: 2 });
    expect(failed).toMatchObject({ path: null, mail: "failed", handoverPending: false });
    const [row] = await api.db.select().from(users).where(eq(users.id, target.id));
    expect(row?.handoverPendingBy).toBeNull();
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
