import { randomUUID } from "node:crypto";
import { resolveSessionUser } from "@kelias/auth";
import {
  auditLog,
  caseAssignments,
  caseHandovers,
  caseSensitiveNotes,
  cases,
  users,
  verifyAuditChain,
} from "@kelias/db";
import {
  type CaseFacts,
  type CaseScopeUse,
  caseScope,
  encodeCursor,
  inCaseScope,
  type Programme,
  type Role,
} from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { and, arrayContains, asc, desc, eq, inArray, notInArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { PERSON, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";

/** The holes an access policy usually has, each tried through the API as an attacker would. */

const api = useApiTest();
const worker = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const colleague = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const helper = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
const manager = api.user(["manager"], ["avrr", "counter_trafficking"]);
const lmWorker = api.user(["caseworker"], ["labour_migration"]);
const lmManager = api.user(["manager"], ["labour_migration"]);
const admin = api.user(["admin"]);

/** Everything stored about a case: its row, who works on it, its handovers and sensitive notes. */
async function caseState(id: string) {
  const [row] = await api.db.select().from(cases).where(eq(cases.id, id));
  return {
    row,
    assignments: await api.db
      .select({ userId: caseAssignments.userId, kind: caseAssignments.kind })
      .from(caseAssignments)
      .where(eq(caseAssignments.caseId, id))
      .orderBy(asc(caseAssignments.userId)),
    handovers: await api.db.select().from(caseHandovers).where(eq(caseHandovers.caseId, id)),
    notes: await api.db.select().from(caseSensitiveNotes).where(eq(caseSensitiveNotes.caseId, id)),
  };
}

async function userRow(id: string) {
  const [row] = await api.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error(`no user ${id}`);
  return row;
}

async function lastDenialOf(user: TestUser) {
  const [last] = await api.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, user.id), eq(auditLog.outcome, "denied")))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return last;
}

/** Sends input the schema does not know, as a hand-crafted request would. */
const forged = <T>(input: T, extra: Record<string, unknown>) => ({ ...input, ...extra }) as T;

describe("changing the record id in an update", () => {
  it.each([
    [
      "case.restriction.set",
      (c: { id: string; version: number }) => ({ caseId: c.id, version: c.version, restricted: true }),
    ],
    [
      "case.team.assign",
      (c: { id: string; version: number }) => ({
        caseId: c.id,
        version: c.version,
        userId: helper.id,
        as: "co",
      }),
    ],
  ] as const)("%s on another programme's case: NOT_FOUND, audited, unchanged", async (path, input) => {
    const target = await api.openCase(lmWorker, "labour_migration");
    const before = await caseState(target.id);
    const caller = await api.as(manager);
    const call =
      path === "case.restriction.set"
        ? caller.case.restriction.set(input(target) as Parameters<typeof caller.case.restriction.set>[0])
        : caller.case.team.assign(input(target) as Parameters<typeof caller.case.team.assign>[0]);
    const error = await trpcError(call);
    expect(error.code).toBe("NOT_FOUND");
    expect(await caseState(target.id)).toEqual(before);
    expect(await lastDenialOf(manager)).toMatchObject({
      entityType: "case",
      entityId: target.id,
      detail: { code: "NOT_FOUND" },
    });
  });

  it("answers an out-of-scope case exactly like a case that does not exist", async () => {
    const target = await api.openCase(lmWorker, "labour_migration");
    const caller = await api.as(manager);
    const hidden = await trpcError(
      caller.case.restriction.set({ caseId: target.id, version: 1, restricted: true }),
    );
    const missing = await trpcError(
      caller.case.restriction.set({ caseId: randomUUID(), version: 1, restricted: true }),
    );
    expect([hidden.code, hidden.message]).toEqual([missing.code, missing.message]);
  });

  it("refuses a caseworker's write to a colleague's case of the same programme: NOT_FOUND, unchanged", async () => {
    const target = await api.openCase(colleague, "avrr");
    const before = await api.fingerprint();
    const caller = await api.as(worker);
    const error = await trpcError(
      caller.case.sensitive.set({ caseId: target.id, category: "health", content: "x", version: null }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await api.fingerprint()).toEqual(before);
  });

  it("refuses a note or task of a colleague's case sent with the id of one's own case: NOT_FOUND, unchanged", async () => {
    const own = await api.openCase(worker, "avrr");
    const theirs = await api.openCase(colleague, "avrr");
    const colleagueCaller = await api.as(colleague);
    const note = await colleagueCaller.case.note.add({ caseId: theirs.id, content: "Private to this case." });
    const task = await colleagueCaller.case.task.add({
      caseId: theirs.id,
      title: "Call back",
      dueDate: null,
    });
    const before = await api.fingerprint();
    const caller = await api.as(worker);
    // Called one after another: each refusal is awaited as soon as it happens.
    const attempts = [
      () =>
        caller.case.note.edit({
          caseId: own.id,
          noteId: note.id,
          version: note.version,
          content: "Overwritten",
        }),
      () =>
        caller.case.task.edit({
          caseId: own.id,
          taskId: task.id,
          version: task.version,
          title: "Mine",
          dueDate: null,
        }),
      () =>
        caller.case.task.setDone({
          caseId: own.id,
          taskId: task.id,
          origin: "manual",
          version: task.version,
          done: true,
        }),
    ];
    for (const attempt of attempts) expect((await trpcError(attempt())).code).toBe("NOT_FOUND");
    expect(await api.fingerprint()).toEqual(before);
  });

  it("refuses a caseworker who manages nothing to unassign on their own case: FORBIDDEN, unchanged", async () => {
    const target = await api.openCase(worker, "avrr");
    await api.assign(target.id, helper.id);
    const before = await caseState(target.id);
    const caller = await api.as(worker);
    const error = await trpcError(
      caller.case.team.unassign({ caseId: target.id, version: 1, userId: helper.id }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await caseState(target.id)).toEqual(before);
  });
});

describe("a list filter naming another caseworker", () => {
  it("shows a caseworker none of a colleague's cases, only those they share", async () => {
    const theirs = await api.openCase(colleague, "avrr");
    const shared = await api.openCase(colleague, "avrr");
    await api.assign(shared.id, worker.id);
    const caller = await api.as(worker);
    for (const view of ["all", "mine"] as const) {
      const list = await caller.case.list({ view, assigneeId: colleague.id, limit: 200 });
      expect(list.items.map((c) => c.id)).toEqual([shared.id]);
      expect(list.items.map((c) => c.id)).not.toContain(theirs.id);
      expect(list.total).toBe(1);
    }
  });

  it("shows a manager of another programme nothing of a colleague's caseload", async () => {
    await api.openCase(colleague, "avrr");
    const list = await (await api.as(lmManager)).case.list({
      view: "all",
      assigneeId: colleague.id,
      limit: 200,
    });
    expect(list).toMatchObject({ items: [], total: 0 });
  });

  it("shows a manager only the cases of their programmes in someone's caseload", async () => {
    const lmCase = await api.openCase(lmWorker, "labour_migration");
    const avrrCase = await api.openCase(worker, "avrr");
    await api.assign(avrrCase.id, lmWorker.id);
    const list = await (await api.as(manager)).case.list({
      view: "all",
      assigneeId: lmWorker.id,
      limit: 200,
    });
    expect(list.items.map((c) => c.id)).toEqual([avrrCase.id]);
    expect(list.items.map((c) => c.id)).not.toContain(lmCase.id);
    expect(list.total).toBe(1);
  });

  it("does not let a cursor naming a hidden case widen the list", async () => {
    const hidden = await api.openCase(colleague, "avrr");
    const [row] = await api.db.select().from(cases).where(eq(cases.id, hidden.id));
    if (!row) throw new Error("no case");
    const caller = await api.as(worker);
    const cursor = encodeCursor({
      at: new Date(row.openedAt.getTime() + 60_000).toISOString(),
      id: hidden.id,
    });
    const list = await caller.case.list({ view: "all", after: cursor, limit: 200 });
    const mine = await caller.case.list({ view: "all", limit: 200 });
    const visible = new Set(mine.items.map((c) => c.id));
    expect(list.items.every((c) => visible.has(c.id))).toBe(true);
    expect(list.items.map((c) => c.id)).not.toContain(hidden.id);
  });
});

describe("moving a case to another programme to escape scope", () => {
  it("ignores a programme sent with case.restriction.set", async () => {
    const target = await api.openCase(worker, "avrr");
    const caller = await api.as(manager);
    await caller.case.restriction.set(
      forged({ caseId: target.id, version: 1, restricted: true }, { programme: "labour_migration" }),
    );
    const { row } = await caseState(target.id);
    expect(row).toMatchObject({ programme: "avrr", restricted: true, version: 2 });
    expect((await trpcError((await api.as(lmManager)).case.get({ id: target.id }))).code).toBe("NOT_FOUND");
  });

  it("ignores a programme sent with case.team.assign, which judges the assignee by the case's own programme", async () => {
    const target = await api.openCase(worker, "avrr");
    const caller = await api.as(manager);
    const before = await caseState(target.id);
    const error = await trpcError(
      caller.case.team.assign(
        forged(
          { caseId: target.id, version: 1, userId: lmWorker.id, as: "co" as const },
          { programme: "labour_migration" },
        ),
      ),
    );
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "assignee_not_eligible"]);
    expect(await caseState(target.id)).toEqual(before);

    await caller.case.team.assign(
      forged(
        { caseId: target.id, version: 1, userId: helper.id, as: "co" as const },
        { programme: "labour_migration" },
      ),
    );
    expect((await caseState(target.id)).row?.programme).toBe("avrr");
  });
});

describe("an admin and their own account", () => {
  it.each<[string, { roles?: Role[]; programmes?: Programme[]; active?: boolean }]>([
    ["dropping their admin role", { roles: [] }],
    ["adding a role", { roles: ["admin", "manager"] }],
    ["joining a programme", { programmes: ["avrr"] }],
    ["deactivating themselves", { active: false }],
  ])("refuses %s: FORBIDDEN own_access, audited, unchanged", async (_, change) => {
    const self = await api.createUser(["admin"]);
    const before = await userRow(self.id);
    const error = await trpcError(
      (await api.as(self)).user.update({ id: self.id, version: before.version, ...change }),
    );
    expect([error.code, error.message]).toEqual(["FORBIDDEN", "own_access"]);
    expect(await userRow(self.id)).toEqual(before);
    expect(await lastDenialOf(self)).toMatchObject({
      action: "user.update",
      entityId: self.id,
      detail: { code: "FORBIDDEN", reason: "own_access" },
    });
  });

  it("lets an admin change their own name, without ending their session", async () => {
    const self = await api.createUser(["admin"]);
    const before = await userRow(self.id);
    const result = await (await api.as(self)).user.update({
      id: self.id,
      version: before.version,
      name: "New Name",
    });
    expect(result).toEqual({ id: self.id, version: before.version + 1 });
    expect(await userRow(self.id)).toMatchObject({ name: "New Name", roles: ["admin"], active: true });
    expect((await userRow(self.id)).sessionVersion).toBe(before.sessionVersion);
    expect(await (await api.as(self)).user.me()).toMatchObject({ name: "New Name" });
  });

  it("lets an admin resend their own access unchanged with a name change", async () => {
    const self = await api.createUser(["admin", "manager"], ["avrr"]);
    const before = await userRow(self.id);
    await (await api.as(self)).user.update({
      id: self.id,
      version: before.version,
      name: "Same Access",
      roles: ["manager", "admin"],
      programmes: ["avrr"],
      active: true,
    });
    expect(await userRow(self.id)).toMatchObject({
      name: "Same Access",
      sessionVersion: before.sessionVersion,
    });
  });
});

/**
 * Runs `fn` with `keep` as the only active admins of the database (the Postgres run shares it with
 * other test files); the others are reactivated afterwards.
 */
async function withOnlyAdmins(keep: TestUser[], fn: () => Promise<void>) {
  const paused = await api.db
    .update(users)
    .set({ active: false })
    .where(
      and(
        eq(users.active, true),
        arrayContains(users.roles, ["admin"]),
        notInArray(
          users.id,
          keep.map((u) => u.id),
        ),
      ),
    )
    .returning({ id: users.id });
  try {
    await fn();
  } finally {
    if (paused.length > 0) {
      await api.db
        .update(users)
        .set({ active: true })
        .where(
          inArray(
            users.id,
            paused.map((p) => p.id),
          ),
        );
    }
  }
}

const activeAdmins = async () =>
  api.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), arrayContains(users.roles, ["admin"])));

describe("the last active admin", () => {
  it("stays, when the other admin's request was already under way as they were demoted", async () => {
    const a = await api.createUser(["admin"]);
    const b = await api.createUser(["admin"]);
    await withOnlyAdmins([a, b], async () => {
      // B's request has read B as an admin; meanwhile A demotes B.
      const bRequest = await api.as(b);
      await (await api.as(a)).user.update({ id: b.id, version: 1, roles: [] });
      const aBefore = await userRow(a.id);
      for (const change of [{ roles: [] as Role[] }, { active: false }]) {
        const error = await trpcError(
          bRequest.user.update({ id: a.id, version: aBefore.version, ...change }),
        );
        expect([error.code, error.message]).toEqual(["FORBIDDEN", "last_admin"]);
      }
      expect(await userRow(a.id)).toEqual(aBefore);
      expect(await activeAdmins()).toEqual([{ id: a.id }]);
      expect(await lastDenialOf(b)).toMatchObject({ detail: { code: "FORBIDDEN", reason: "last_admin" } });
    });
  });

  it("stays when two admins demote or deactivate each other at the same moment: at most one succeeds", async () => {
    const changes: { roles?: Role[]; active?: boolean }[] = [{ roles: [] }, { active: false }];
    for (let round = 0; round < 8; round++) {
      let a = await api.createUser(["admin"]);
      let b = await api.createUser(["admin"]);
      await withOnlyAdmins([a, b], async () => {
        a = await api.signInAgain(a);
        b = await api.signInAgain(b);
        const [callerA, callerB] = await Promise.all([api.as(a), api.as(b)]);
        const change = changes[round % changes.length];
        const results = await Promise.allSettled([
          callerA.user.update({ id: b.id, version: 1, ...change }),
          callerB.user.update({ id: a.id, version: 1, ...change }),
        ]);
        const succeeded = results.filter((r) => r.status === "fulfilled");
        expect(succeeded).toHaveLength(1);
        const refused = results.find((r) => r.status === "rejected");
        expect(refused?.reason).toBeInstanceOf(TRPCError);
        expect([refused?.reason.code, refused?.reason.message]).toEqual(["FORBIDDEN", "last_admin"]);
        expect(await activeAdmins()).toHaveLength(1);
      });
    }
  });
});

describe("sessions after a change of access", () => {
  it("refuses a deactivated user's still-valid session at their next call: UNAUTHORIZED, audited", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    const target = await api.openCase(user, "avrr");
    await (await api.as(admin)).user.update({ id: user.id, version: 1, active: false });
    // The old session and even one carrying the new session version: the account is inactive.
    for (const session of [user, await api.signInAgain(user)]) {
      expect(await resolveSessionUser(api.db, session.claims)).toBeNull();
      const caller = await api.callerFor(session);
      expect((await trpcError(caller.case.get({ id: target.id }))).code).toBe("UNAUTHORIZED");
      expect((await trpcError(caller.user.me())).code).toBe("UNAUTHORIZED");
    }
    const [last] = await api.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(last).toMatchObject({ actorId: null, action: "user.me", outcome: "denied" });
  });

  it("applies a role change at the next request: the old session is refused, a new one has the new role", async () => {
    const user = await api.createUser(["manager"], ["avrr"]);
    const target = await api.openCase(worker, "avrr");
    expect(await (await api.as(user)).case.get({ id: target.id })).toMatchObject({ id: target.id });
    const before = await userRow(user.id);
    await (await api.as(admin)).user.update({ id: user.id, version: 1, roles: ["caseworker"] });
    expect((await userRow(user.id)).sessionVersion).toBe(before.sessionVersion + 1);

    const old = await api.callerFor(user);
    expect((await trpcError(old.case.get({ id: target.id }))).code).toBe("UNAUTHORIZED");
    expect((await trpcError(old.staff.caseworkers({ programme: "avrr" }))).code).toBe("UNAUTHORIZED");

    const fresh = await api.as(await api.signInAgain(user));
    expect(await fresh.user.me()).toMatchObject({ roles: ["caseworker"] });
    expect((await trpcError(fresh.case.get({ id: target.id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(fresh.staff.caseworkers({ programme: "avrr" }))).code).toBe("FORBIDDEN");
  });

  it("keeps the session when only the name changes", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    await (await api.as(admin)).user.update({ id: user.id, version: 1, name: "Renamed Worker" });
    expect(await (await api.as(user)).user.me()).toMatchObject({ name: "Renamed Worker" });
  });
});

describe("optimistic versions", () => {
  it("refuses a user change made against an old version: CONFLICT stale_version, unchanged, audited", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    const caller = await api.as(admin);
    await caller.user.update({ id: user.id, version: 1, name: "First" });
    const before = await userRow(user.id);
    const error = await trpcError(caller.user.update({ id: user.id, version: 1, roles: ["manager"] }));
    expect([error.code, error.message]).toEqual(["CONFLICT", "stale_version"]);
    expect(await userRow(user.id)).toEqual(before);
    expect(await lastDenialOf(admin)).toMatchObject({
      action: "user.update",
      entityId: user.id,
      detail: { code: "CONFLICT", reason: "stale_version" },
    });
  });

  it.each(["case.restriction.set", "case.team.assign", "case.team.unassign"] as const)(
    "refuses %s made against an old case version: CONFLICT stale_version, unchanged",
    async (path) => {
      const target = await api.openCase(worker, "avrr");
      await api.assign(target.id, colleague.id);
      const caller = await api.as(manager);
      await caller.case.restriction.set({ caseId: target.id, version: 1, restricted: true });
      const before = await caseState(target.id);
      const error = await trpcError(
        path === "case.restriction.set"
          ? caller.case.restriction.set({ caseId: target.id, version: 1, restricted: false })
          : path === "case.team.assign"
            ? caller.case.team.assign({
                caseId: target.id,
                version: 1,
                userId: helper.id,
                as: "owner",
                note: "",
              })
            : caller.case.team.unassign({ caseId: target.id, version: 1, userId: colleague.id, note: "" }),
      );
      expect([error.code, error.message]).toEqual(["CONFLICT", "stale_version"]);
      expect(await caseState(target.id)).toEqual(before);
      expect(await lastDenialOf(manager)).toMatchObject({
        entityId: target.id,
        detail: { code: "CONFLICT", reason: "stale_version" },
      });
    },
  );
});

describe("counter-trafficking cases", () => {
  it("cannot be unrestricted, even by the programme's manager: BAD_REQUEST always_restricted, unchanged", async () => {
    const target = await api.openCase(worker, "counter_trafficking");
    const before = await caseState(target.id);
    expect(before.row?.restricted).toBe(true);
    const caller = await api.as(manager);
    expect(await caller.case.get({ id: target.id })).toMatchObject({
      restricted: true,
      alwaysRestricted: true,
    });
    const error = await trpcError(
      caller.case.restriction.set({ caseId: target.id, version: 1, restricted: false }),
    );
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "always_restricted"]);
    expect(await caseState(target.id)).toEqual(before);
    expect(await lastDenialOf(manager)).toMatchObject({
      detail: { code: "BAD_REQUEST", reason: "always_restricted" },
    });
  });
});

describe("who a case can be assigned to", () => {
  it.each<[string, () => Promise<string>]>([
    ["a caseworker of another programme", async () => lmWorker.id],
    ["a manager of the programme (not a caseworker)", async () => manager.id],
    ["an admin", async () => admin.id],
    [
      "a deactivated caseworker of the programme",
      async () => {
        const gone = await api.createUser(["caseworker"], ["avrr"]);
        await api.db.update(users).set({ active: false }).where(eq(users.id, gone.id));
        return gone.id;
      },
    ],
    ["nobody at all", async () => randomUUID()],
  ])("refuses %s: BAD_REQUEST assignee_not_eligible, unchanged", async (_, who) => {
    const userId = await who();
    const target = await api.openCase(worker, "avrr");
    const before = await caseState(target.id);
    const caller = await api.as(manager);
    for (const as of ["co", "owner"] as const) {
      const error = await trpcError(
        caller.case.team.assign({ caseId: target.id, version: 1, userId, as, note: "" }),
      );
      expect([error.code, error.message]).toEqual(["BAD_REQUEST", "assignee_not_eligible"]);
    }
    expect(await caseState(target.id)).toEqual(before);
  });
});

describe("handing a case over", () => {
  it("removes the previous owner's access and leaves a note the new owner reads in case.get", async () => {
    const target = await api.openCase(worker, "avrr");
    const note = "She prefers calls in the morning; interpreter booked for Tuesday.";
    await (await api.as(manager)).case.team.assign({
      caseId: target.id,
      version: 1,
      userId: helper.id,
      as: "owner",
      note,
    });

    const previous = await api.as(worker);
    expect((await trpcError(previous.case.get({ id: target.id }))).code).toBe("NOT_FOUND");
    expect((await previous.case.list({ view: "all", limit: 200 })).items.map((c) => c.id)).not.toContain(
      target.id,
    );
    expect(
      (
        await trpcError(
          previous.case.sensitive.set({ caseId: target.id, category: "health", content: "x", version: null }),
        )
      ).code,
    ).toBe("NOT_FOUND");

    const got = await (await api.as(helper)).case.get({ id: target.id });
    expect(got.owner).toEqual({ id: helper.id, name: helper.name });
    expect(got.assignees).toEqual([{ id: helper.id, name: helper.name, kind: "owner" }]);
    expect(got.handovers).toEqual([
      expect.objectContaining({
        kind: "owner",
        fromName: worker.name,
        toName: helper.name,
        byName: manager.name,
        note,
      }),
    ]);
    expect(got.version).toBe(2);
  });

  it("makes a co-worker the owner without leaving them twice on the case", async () => {
    const target = await api.openCase(worker, "avrr");
    await api.assign(target.id, helper.id);
    await (await api.as(manager)).case.team.assign({
      caseId: target.id,
      version: 1,
      userId: helper.id,
      as: "owner",
      note: "",
    });
    expect((await caseState(target.id)).assignments).toEqual([{ userId: helper.id, kind: "owner" }]);
  });
});

describe("leaving a programme", () => {
  it("ends a caseworker's access to its cases at the next request, though still assigned", async () => {
    const user = await api.createUser(["caseworker"], ["avrr", "counter_trafficking"]);
    const avrrCase = await api.openCase(user, "avrr");
    const ctCase = await api.openCase(user, "counter_trafficking");
    await (await api.as(admin)).user.update({
      id: user.id,
      version: 1,
      programmes: ["counter_trafficking"],
    });

    expect((await trpcError((await api.callerFor(user)).case.get({ id: avrrCase.id }))).code).toBe(
      "UNAUTHORIZED",
    );
    const caller = await api.as(await api.signInAgain(user));
    expect((await trpcError(caller.case.get({ id: avrrCase.id }))).code).toBe("NOT_FOUND");
    expect(await caller.case.get({ id: ctCase.id })).toMatchObject({ id: ctCase.id });
    // Restricted, the counter-trafficking case is counted apart from the list's rows.
    const list = await caller.case.list({ view: "all", limit: 200 });
    expect(list).toMatchObject({ items: [], total: 0, restrictedNotListed: 1 });
    // The assignment itself is still there: it is the programme membership that ends access.
    expect((await caseState(avrrCase.id)).assignments).toContainEqual({ userId: user.id, kind: "owner" });
  });

  it("ends it as well when the membership changes without the session being ended", async () => {
    const user = await api.createUser(["caseworker"], ["avrr"]);
    const target = await api.openCase(user, "avrr");
    await api.db.update(users).set({ programmes: [] }).where(eq(users.id, user.id));
    const caller = await api.as(user);
    expect((await trpcError(caller.case.get({ id: target.id }))).code).toBe("NOT_FOUND");
    expect(await caller.case.list({ view: "all" })).toMatchObject({ items: [], total: 0 });
  });
});

describe("a case joined in by id", () => {
  it("names the case a screening was opened from only to whoever may open that case", async () => {
    // A labour-migration caseworker screens their case; the counter-trafficking case is then handed
    // to a counter-trafficking caseworker. Its manager and new owner may not see the labour case.
    const screener = await api.createUser(["caseworker"], ["labour_migration", "counter_trafficking"]);
    const source = await api.openCase(screener, "labour_migration");
    const opened = await (await api.as(screener)).identification.screenForTrafficking({
      sourceCaseId: source.id,
    });
    expect((await (await api.as(screener)).identification.get({ caseId: opened.id })).sourceCase).toEqual({
      id: source.id,
      reference: source.reference,
      programme: "labour_migration",
    });
    await (await api.as(manager)).case.team.assign({
      caseId: opened.id,
      version: 1,
      userId: worker.id,
      as: "owner",
      note: "",
    });
    for (const reader of [manager, worker]) {
      const caller = await api.as(reader);
      expect((await trpcError(caller.case.get({ id: source.id }))).code).toBe("NOT_FOUND");
      const screening = await caller.identification.get({ caseId: opened.id });
      expect(screening.sourceCase).toBeNull();
      // Not its id, not its reference, anywhere in the answer.
      expect(JSON.stringify(screening)).not.toContain(source.reference);
      expect(JSON.stringify(screening)).not.toContain(source.id);
    }
    // The labour-migration manager sees the source case, but not the counter-trafficking one.
    expect((await trpcError((await api.as(lmManager)).identification.get({ caseId: opened.id }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("leaves a person's restricted cases out of the person's page, counting them", async () => {
    const avrr = await api.openCase(worker, "avrr");
    const caller = await api.as(worker);
    const ct = await caller.case.create({
      ...SOURCE,
      personId: avrr.personId,
      programme: "counter_trafficking",
    });
    const person = await caller.person.get({ id: avrr.personId });
    expect(person.cases.map((c) => c.id)).toEqual([avrr.id]);
    expect(person.restrictedCases).toBe(1);
    expect(JSON.stringify(person)).not.toContain(ct.reference);
  });
});

describe("restricted cases", () => {
  /** An AVRR case of the worker that the programme's manager marked restricted. */
  async function restrictedCase() {
    const c = await api.openCase(worker, "avrr");
    await (await api.as(manager)).case.restriction.set({
      caseId: c.id,
      version: 1,
      restricted: true,
    });
    return { ...c, version: 2 };
  }

  it("open by link and by reference for the assigned team and the programme's managers", async () => {
    const c = await restrictedCase();
    for (const reader of [worker, manager]) {
      const caller = await api.as(reader);
      expect((await caller.case.get({ id: c.id })).restricted).toBe(true);
      expect(await caller.case.findByReference({ reference: c.reference.toLowerCase() })).toEqual({
        id: c.id,
        reference: c.reference,
      });
    }
    for (const outsider of [colleague, lmManager, admin]) {
      const caller = await api.as(outsider);
      expect((await trpcError(caller.case.get({ id: c.id }))).code).toBe("NOT_FOUND");
      const found = await trpcError(caller.case.findByReference({ reference: c.reference }));
      expect(found.code).toBe("NOT_FOUND");
    }
    // A reference that does not exist answers exactly the same.
    const unknown = await trpcError(
      (await api.as(worker)).case.findByReference({ reference: "AVRR-1999-99999" }),
    );
    expect([unknown.code, unknown.message]).toEqual(["NOT_FOUND", "Not found."]);
  });

  it("are never a row of a list, an export or a drill-down, for anyone, and only counted apart", async () => {
    const c = await restrictedCase();
    for (const reader of [worker, manager]) {
      const caller = await api.as(reader);
      for (const view of ["mine", "all"] as const) {
        let cursor: string | null | undefined;
        let restrictedNotListed = 0;
        do {
          const page = await caller.case.list({
            view,
            programme: "avrr",
            limit: 200,
            after: cursor ?? undefined,
          });
          expect(page.items.map((item) => item.id)).not.toContain(c.id);
          expect(page.items.some((item) => item.restricted)).toBe(false);
          restrictedNotListed = page.restrictedNotListed;
          cursor = page.olderCursor;
        } while (cursor);
        if (view === "all" || reader === worker) expect(restrictedNotListed).toBeGreaterThan(0);
      }
      // The dashboard's drill-down: the same list, filtered as a figure.
      const drill = await caller.case.list({ view: "all", programme: "avrr", open: true, limit: 200 });
      expect(drill.items.map((item) => item.id)).not.toContain(c.id);
      // The tasks waiting for the worker still name it: they work on it.
    }
  });

  it("still reach the work addressed to the reader: their tasks", async () => {
    const c = await restrictedCase();
    await (await api.as(worker)).case.task.add({
      caseId: c.id,
      title: "Call back",
      dueDate: "2026-03-01",
    });
    const { tasks } = await (await api.as(worker)).case.task.mine();
    expect(tasks.map((task) => task.caseId)).toContain(c.id);
  });

  it("give the duplicate check no name of a person known only through them", async () => {
    const ctWorker = await api.createUser(["caseworker"], ["counter_trafficking"]);
    const registrar = await api.createUser(["caseworker"], ["counter_trafficking"]);
    const victim = { ...PERSON, givenName: "Iryna", familyName: `Restricted${randomUUID().slice(0, 6)}` };
    const { id: personId } = await (await api.as(registrar)).person.create(victim);
    const { id: caseId } = await (await api.as(registrar)).case.create({
      ...SOURCE,
      personId,
      programme: "counter_trafficking",
    });
    await api.assign(caseId, ctWorker.id);
    const caller = await api.as(ctWorker);
    // Opened by id, the person is there (through the restricted case the worker is on) ...
    expect((await caller.person.get({ id: personId })).id).toBe(personId);
    // ... but no list, search or duplicate check names them: a match is only announced.
    expect(await caller.person.checkDuplicates(victim)).toEqual({ matches: [], outOfScope: true });
    expect((await caller.person.list({ query: victim.familyName })).items).toEqual([]);
    expect(await caller.person.search({ query: victim.familyName })).toEqual([]);
    expect(await caller.search.find({ query: victim.familyName })).toMatchObject({ people: [], cases: [] });
    // Whoever registered the person still finds them: the person is theirs, the case stays unlisted.
    const own = await (await api.as(registrar)).person.checkDuplicates(victim);
    expect(own.matches.map((m) => m.id)).toContain(personId);
  });
});

describe("case.list totals", () => {
  /** The cases the policy lets the list show (`use` listing) or the user open (access), narrowed by the list's own filters. */
  async function expectedIds(
    user: TestUser,
    filter: { view: "mine" | "all"; programme?: Programme; assigneeId?: string },
    use: CaseScopeUse = "listing",
  ) {
    const actor = await resolveSessionUser(api.db, user.claims);
    if (!actor) throw new Error("session does not resolve");
    const rows = await api.db
      .select({ id: cases.id, programme: cases.programme, restricted: cases.restricted })
      .from(cases);
    const assignments = await api.db.select().from(caseAssignments);
    return rows
      .filter((r) => {
        const assigneeIds = assignments.filter((a) => a.caseId === r.id).map((a) => a.userId);
        const facts: CaseFacts = { programme: r.programme, restricted: r.restricted, assigneeIds };
        return (
          inCaseScope(caseScope(actor, use), facts) &&
          (filter.view === "all" || assigneeIds.includes(actor.id)) &&
          (!filter.programme || r.programme === filter.programme) &&
          (!filter.assigneeId || assigneeIds.includes(filter.assigneeId))
        );
      })
      .map((r) => r.id);
  }

  it("never count a case the user may not see, whatever the filters and page", async () => {
    const user = await api.createUser(["caseworker"], ["avrr", "counter_trafficking"]);
    await api.openCase(user, "avrr");
    await api.openCase(user, "counter_trafficking");
    const shared = await api.openCase(colleague, "avrr");
    await api.assign(shared.id, user.id);
    // Hidden from the user: a colleague's cases (one restricted), and a case of a programme they are
    // assigned to but do not belong to.
    await api.openCase(colleague, "avrr");
    await api.openCase(colleague, "counter_trafficking");
    const left = await api.openCase(lmWorker, "labour_migration");
    await api.assign(left.id, user.id);

    for (const who of [user, colleague, manager, lmManager]) {
      const caller = await api.as(who);
      for (const view of ["mine", "all"] as const) {
        for (const programme of [undefined, "avrr", "counter_trafficking", "labour_migration"] as const) {
          for (const assigneeId of [undefined, user.id, colleague.id, lmWorker.id]) {
            const expected = await expectedIds(who, { view, programme, assigneeId });
            const reachable = await expectedIds(who, { view, programme, assigneeId }, "access");
            const page = await caller.case.list({ view, programme, assigneeId, limit: 1 });
            const label = `${who.name} ${view} ${programme} ${assigneeId}`;
            expect(page.total, label).toBe(expected.length);
            expect(page.items.every((c) => expected.includes(c.id))).toBe(true);
            // The restricted ones are counted apart, never listed.
            expect(page.restrictedNotListed, label).toBe(reachable.length - expected.length);
          }
        }
      }
    }
    const own = await (await api.as(user)).case.list({ view: "all", limit: 200 });
    // Their counter-trafficking case is restricted: counted apart, not a row.
    expect(own.total).toBe(2);
    expect(own.restrictedNotListed).toBe(1);
    expect(own.items.map((c) => c.id)).not.toContain(left.id);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
