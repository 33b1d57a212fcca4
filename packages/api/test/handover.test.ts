import { randomUUID } from "node:crypto";
import { users, verifyAuditChain } from "@kelias/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exportCases } from "../src/reports/case-export";
import { setPasswordWithToken } from "../src/set-password";
import { IP, type TestUser, trpcError, useApiTest } from "./support/api-test";

/**
 * Separation of duties per person, not per account: an administrator who was shown an account's
 * set-password link (no mail server here) could be the one signed in to it, so the account touches
 * no case until a second administrator confirms it reached its person.
 */

const api = useApiTest();
const admin = api.user(["admin"]);
const secondAdmin = api.user(["admin"]);
const caseworker = api.user(["caseworker"], ["avrr", "counter_trafficking"]);

const PASSWORD = "amber-violin-harbour-42";
const tokenOf = (path: string | null) => new URLSearchParams((path ?? "").split("?")[1]).get("token") ?? "";

/** A manager account an admin opened; its person chose a password through the shown link. */
async function handedOverManager(by: TestUser = admin) {
  const name = `Handed Over ${randomUUID().slice(0, 6)}`;
  const created = await (await api.as(by)).user.create({
    name,
    email: `${randomUUID()}@test.example.org`,
    roles: ["manager"],
    programmes: ["avrr", "counter_trafficking"],
    team: "",
  });
  expect(
    await setPasswordWithToken(api.db, { token: tokenOf(created.path), password: PASSWORD }, { ip: IP }),
  ).toMatchObject({ ok: true });
  const user = await api.signInAgain({
    id: created.id,
    name,
    email: "",
    claims: { userId: created.id, sessionVersion: 0 },
  });
  return { created, user };
}

const versionOf = async (id: string) =>
  (await api.db.select({ version: users.version }).from(users).where(eq(users.id, id)))[0]?.version ?? 0;

describe("an account whose set-password link an administrator saw", () => {
  it("is flagged when created with a shown link, and says so to the admin and to itself", async () => {
    const { created, user } = await handedOverManager();
    expect(created).toMatchObject({ mail: "not_configured", handoverPending: true });
    expect(created.path).toMatch(/^\/set-password\?token=/);
    const [row] = await api.db.select().from(users).where(eq(users.id, created.id));
    expect(row).toMatchObject({ handoverPendingBy: admin.id, handoverPendingSince: expect.any(Date) });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "user.create",
      detail: { link: "shown" },
    });
    expect(await (await api.as(user)).user.me()).toMatchObject({ handoverPending: true });
    const listed = await (await api.as(secondAdmin)).user.list({ query: user.name });
    expect(listed).toEqual([
      expect.objectContaining({ id: user.id, handoverPendingBy: admin.id, passwordSet: true }),
    ]);
  });

  it("reads, lists, exports and changes no case, and sees no figure, until the handover is confirmed", async () => {
    const { user } = await handedOverManager();
    const avrr = await api.openCase(caseworker, "avrr");
    const ct = await api.openCase(caseworker, "counter_trafficking");
    const caller = await api.as(user);
    const before = await api.fingerprint();
    // Single cases answer NOT_FOUND, as any case out of scope: nothing to probe.
    for (const call of [
      () => caller.case.get({ id: avrr.id }),
      () => caller.case.timeline({ caseId: avrr.id }),
      () => caller.case.findByReference({ reference: avrr.reference }),
      () => caller.case.restriction.set({ caseId: avrr.id, version: 1, restricted: true }),
      () => caller.identification.get({ caseId: ct.id }),
    ]) {
      expect((await trpcError(call())).code).toBe("NOT_FOUND");
    }
    // Lists, figures, queues and exports are refused outright.
    for (const call of [
      () => caller.case.list({ view: "all" }),
      () => caller.case.task.mine(),
      () => caller.person.list({}),
      () => caller.search.find({ query: avrr.reference }),
      () => caller.person.get({ id: avrr.personId }),
      () => caller.dashboard.figures({}),
      () => caller.approvals.queue(),
      () => caller.identification.pending(),
      () => caller.export.ctdcSummary(),
      () => caller.staff.caseworkers({ programme: "avrr" }),
      async () =>
        exportCases(
          { db: api.db, user: await me(user), ip: IP },
          { format: "csv", columns: ["reference"] },
          LABELS,
        ),
    ]) {
      expect((await trpcError(call())).code).toBe("FORBIDDEN");
    }
    expect(await api.fingerprint()).toEqual(before);
    // Its own sign-in security stays open to it: it must be able to enrol a second factor.
    expect(await caller.account.session.list()).toEqual(expect.any(Array));

    // A second administrator confirms: the same account now works as a manager.
    await (await api.as(secondAdmin)).user.confirmHandover({
      id: user.id,
      version: await versionOf(user.id),
    });
    // The account is read afresh on every request, as the next request would.
    const confirmed = await api.as(user);
    expect((await confirmed.case.get({ id: avrr.id })).id).toBe(avrr.id);
    expect((await confirmed.case.list({ view: "all" })).total).toBeGreaterThan(0);
    expect(await confirmed.user.me()).toMatchObject({ handoverPending: false });
    expect(await api.lastAuditOf(secondAdmin.id)).toMatchObject({
      action: "user.confirmHandover",
      outcome: "allowed",
      entityId: user.id,
      detail: { linkShownTo: admin.id },
    });
  });

  it("is confirmed neither by the admin who saw the link nor by itself, and only once it chose a password", async () => {
    const { user } = await handedOverManager();
    const version = await versionOf(user.id);
    const before = await api.fingerprint();
    const own = await trpcError((await api.as(admin)).user.confirmHandover({ id: user.id, version }));
    expect([own.code, own.message]).toEqual(["FORBIDDEN", "own_handover"]);
    const itself = await trpcError((await api.as(user)).user.confirmHandover({ id: user.id, version }));
    expect(itself.code).toBe("FORBIDDEN");
    expect(await api.fingerprint()).toEqual(before);

    // Invited, the link not used yet: nothing to vouch for.
    const waiting = await (await api.as(admin)).user.create({
      name: "Not Yet",
      email: `${randomUUID()}@test.example.org`,
      roles: ["caseworker"],
      programmes: ["avrr"],
      team: "",
    });
    const early = await trpcError(
      (await api.as(secondAdmin)).user.confirmHandover({ id: waiting.id, version: waiting.version }),
    );
    expect([early.code, early.message]).toEqual(["BAD_REQUEST", "password_not_set"]);
  });

  it("refuses a confirmation against a stale version, of an account with nothing pending, and of no account", async () => {
    const { user } = await handedOverManager();
    const caller = await api.as(secondAdmin);
    const stale = await trpcError(
      caller.user.confirmHandover({ id: user.id, version: (await versionOf(user.id)) - 1 }),
    );
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await api.lastAuditOf(secondAdmin.id)).toMatchObject({
      action: "user.confirmHandover",
      outcome: "denied",
      entityType: "user",
      entityId: user.id,
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
    const nothing = await trpcError(caller.user.confirmHandover({ id: caseworker.id, version: 1 }));
    expect([nothing.code, nothing.message]).toEqual(["BAD_REQUEST", "no_handover_pending"]);
    const missing = await trpcError(caller.user.confirmHandover({ id: randomUUID(), version: 1 }));
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("is flagged again when an admin resets its password with a shown link, that admin as the witness", async () => {
    const { user } = await handedOverManager();
    await (await api.as(secondAdmin)).user.confirmHandover({
      id: user.id,
      version: await versionOf(user.id),
    });
    const reset = await (await api.as(secondAdmin)).user.resetPassword({
      id: user.id,
      version: await versionOf(user.id),
    });
    expect(reset).toMatchObject({ handoverPending: true, path: expect.stringMatching(/^\/set-password/) });
    const [row] = await api.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.handoverPendingBy).toBe(secondAdmin.id);
    // Now the first admin may confirm, the second (who saw this link) may not.
    await setPasswordWithToken(api.db, { token: tokenOf(reset.path), password: PASSWORD }, { ip: IP });
    const version = await versionOf(user.id);
    const own = await trpcError((await api.as(secondAdmin)).user.confirmHandover({ id: user.id, version }));
    expect(own.message).toBe("own_handover");
    await (await api.as(admin)).user.confirmHandover({ id: user.id, version });
  });

  it("cannot vouch for another account, nor open or reset accounts, while its own handover waits", async () => {
    // An admin opens a second admin account (seeing its link), then uses it to reset a manager and
    // vouch for that reset: each step is refused, so one person never holds two administrators.
    const created = await (await api.as(admin)).user.create({
      name: "Puppet Admin",
      email: `${randomUUID()}@test.example.org`,
      roles: ["admin"],
      programmes: [],
      team: "",
    });
    await setPasswordWithToken(api.db, { token: tokenOf(created.path), password: PASSWORD }, { ip: IP });
    const puppet = await api.signInAgain({
      id: created.id,
      name: "Puppet Admin",
      email: "",
      claims: { userId: created.id, sessionVersion: 0 },
    });
    const { user: manager } = await handedOverManager(secondAdmin);
    const caller = await api.as(puppet);
    const before = await api.fingerprint();
    for (const call of [
      async () => caller.user.confirmHandover({ id: manager.id, version: await versionOf(manager.id) }),
      async () => caller.user.resetPassword({ id: manager.id, version: await versionOf(manager.id) }),
      () =>
        caller.user.create({
          name: "Another",
          email: `${randomUUID()}@test.example.org`,
          roles: ["manager"],
          programmes: ["avrr"],
          team: "",
        }),
      () => caller.user.list({}),
      () => caller.security.user.resetMfa({ userId: manager.id }),
    ]) {
      expect((await trpcError(call())).code).toBe("FORBIDDEN");
    }
    expect(await api.fingerprint()).toEqual(before);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});

const LABELS = {
  column: (c: string) => c,
  programme: (p: string) => p,
  state: (s: string) => s,
  withheld: "(withheld)",
  yes: "yes",
  no: "no",
};

async function me(user: TestUser) {
  const resolved = await api.callerFor(user);
  const { id, name, email, roles, programmes, handoverPending } = await resolved.user.me();
  return { id, name, email, roles, programmes, handoverPending };
}
