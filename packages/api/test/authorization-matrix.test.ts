import { randomUUID } from "node:crypto";
import { users, verifyAuditChain } from "@kelias/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/server";
import { openTestDatabase, type TestDatabase } from "./support/db";
import {
  assign,
  auditSince,
  callerFor,
  createUser,
  fingerprint,
  lastAuditSeq,
  openCase,
  PERSON,
  type TestUser,
  trpcError,
} from "./support/fixtures";

/**
 * Every procedure of the router, called by every kind of actor, on a record in and out of their
 * scope: the exact outcome, nothing written on a refusal, and every refusal audited as denied.
 *
 * "The programme" is AVRR; the "other programme" actors belong to labour migration only.
 */

let t: TestDatabase;

const ACTORS = [
  "signed out",
  "caseworker",
  "caseworker of another programme",
  "manager",
  "manager of another programme",
  "admin",
] as const;
type ActorName = (typeof ACTORS)[number];

let actors: Record<ActorName, TestUser | null>;
/** The caseworker's colleague in the programme, who owns the cases out of the caseworker's scope. */
let colleague: TestUser;
/** Another caseworker of the programme, whom managers add to and remove from cases. */
let helper: TestUser;

beforeAll(async () => {
  t = await openTestDatabase();
  actors = {
    "signed out": null,
    caseworker: await createUser(t.db, ["caseworker"], ["avrr"]),
    "caseworker of another programme": await createUser(t.db, ["caseworker"], ["labour_migration"]),
    manager: await createUser(t.db, ["manager"], ["avrr"]),
    "manager of another programme": await createUser(t.db, ["manager"], ["labour_migration"]),
    admin: await createUser(t.db, ["admin"]),
  };
  colleague = await createUser(t.db, ["caseworker"], ["avrr"]);
  helper = await createUser(t.db, ["caseworker"], ["avrr"]);
});

afterAll(() => t?.close());

const caseworker = () => actors.caseworker as TestUser;

/** The records a procedure is called on. Each test builds its own, so no test sees another's writes. */
type Setup = (actor: TestUser | null) => Promise<unknown>;

/** A case of the programme opened by the caseworker (in their scope), or by their colleague (out of it). */
const caseOf = {
  "assigned to caseworker": () => openCase(t.db, caseworker(), "avrr"),
  "colleague's": () => openCase(t.db, colleague, "avrr"),
};
type CaseRecord = keyof typeof caseOf;

function onCases(input: (c: { id: string; version: number }) => unknown, prepare?: (id: string) => Promise<void>) {
  const setups = {} as Record<CaseRecord, Setup>;
  for (const record of Object.keys(caseOf) as CaseRecord[]) {
    setups[record] = async () => {
      const c = await caseOf[record]();
      await prepare?.(c.id);
      return input(c);
    };
  }
  return setups;
}

const versionOf = async (id: string) => {
  const [row] = await t.db.select({ version: users.version }).from(users).where(eq(users.id, id));
  return row?.version ?? 1;
};

const NONE = "—";

const SETUPS: Record<string, Record<string, Setup>> = {
  "audit.list": { [NONE]: async () => ({ limit: 5 }) },
  "audit.verify": { [NONE]: async () => undefined },
  // The person is the caseworker's; the other programme is one the caseworker does not belong to.
  "case.create": {
    "the programme": async () => ({ personId: (await openCase(t.db, caseworker(), "avrr")).personId, programme: "avrr" }),
    "other programme": async () => ({
      personId: (await openCase(t.db, caseworker(), "avrr")).personId,
      programme: "labour_migration",
    }),
  },
  "case.list": { [NONE]: async () => ({ view: "all" }) },
  "case.get": onCases((c) => ({ id: c.id })),
  "case.assign": onCases((c) => ({ caseId: c.id, version: c.version, userId: helper.id, as: "co", note: "Hi" })),
  "case.unassign": onCases(
    (c) => ({ caseId: c.id, version: c.version, userId: helper.id, note: "Bye" }),
    (id) => assign(t.db, id, helper.id),
  ),
  "case.setRestricted": onCases((c) => ({ caseId: c.id, version: c.version, restricted: true })),
  "case.setSensitive": onCases((c) => ({ caseId: c.id, category: "health", content: "Asthma", version: null })),
  "documents.list": onCases((c) => ({ caseId: c.id })),
  "person.create": { [NONE]: async () => PERSON },
  "person.get": {
    "caseworker's": async () => ({ id: (await openCase(t.db, caseworker(), "avrr")).personId }),
    "colleague's": async () => ({ id: (await openCase(t.db, colleague, "avrr")).personId }),
  },
  "staff.caseworkers": {
    "the programme": async () => ({ programme: "avrr" }),
    "other programme": async () => ({ programme: "labour_migration" }),
  },
  "user.me": { [NONE]: async () => undefined },
  "user.list": { [NONE]: async () => undefined },
  // Both change access (roles): the interesting case. A name change alone is tested elsewhere.
  "user.update": {
    "another user": async () => {
      const target = await createUser(t.db, ["caseworker"], ["avrr"]);
      return { id: target.id, version: 1, roles: ["caseworker", "manager"] };
    },
    "own account": async (actor) => {
      const id = actor?.id ?? randomUUID();
      return { id, version: await versionOf(id), roles: ["admin", "manager"] };
    },
  },
};

type Code = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT";
/** "ok", an error code, or an error code and the reason the error carries as its message. */
type Outcome = "ok" | Code | `${Code} ${string}`;

const OK = "ok";
const UNAUTH = "UNAUTHORIZED";
const FORBID = "FORBIDDEN";
const NOT_FOUND = "NOT_FOUND";

// biome-ignore format: a table is read by its columns
const MATRIX: [procedure: string, record: string, ...outcomes: Outcome[]][] = [
  // procedure           record                    signed out  caseworker  cw other prog.  manager  mgr other prog.  admin
  ["audit.list",         NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK],
  ["audit.verify",       NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK],
  ["case.create",        "the programme",          UNAUTH,     OK,         FORBID,         FORBID,  FORBID,          FORBID],
  ["case.create",        "other programme",        UNAUTH,     FORBID,     NOT_FOUND,      FORBID,  FORBID,          FORBID],
  ["case.list",          NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID],
  ["case.get",           "assigned to caseworker", UNAUTH,     OK,         NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.get",           "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.assign",        "assigned to caseworker", UNAUTH,     FORBID,     NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.assign",        "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.unassign",      "assigned to caseworker", UNAUTH,     FORBID,     NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.unassign",      "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.setRestricted", "assigned to caseworker", UNAUTH,     FORBID,     NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.setRestricted", "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["case.setSensitive",  "assigned to caseworker", UNAUTH,     OK,         NOT_FOUND,      FORBID,  NOT_FOUND,       NOT_FOUND],
  ["case.setSensitive",  "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      FORBID,  NOT_FOUND,       NOT_FOUND],
  ["documents.list",     "assigned to caseworker", UNAUTH,     OK,         NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["documents.list",     "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       NOT_FOUND],
  ["person.create",      NONE,                     UNAUTH,     OK,         OK,             FORBID,  FORBID,          FORBID],
  ["person.get",         "caseworker's",           UNAUTH,     OK,         NOT_FOUND,      OK,      NOT_FOUND,       FORBID],
  ["person.get",         "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       FORBID],
  ["staff.caseworkers",  "the programme",          UNAUTH,     FORBID,     FORBID,         OK,      FORBID,          FORBID],
  ["staff.caseworkers",  "other programme",        UNAUTH,     FORBID,     FORBID,         FORBID,  OK,              FORBID],
  ["user.me",            NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK],
  ["user.list",          NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK],
  ["user.update",        "another user",           UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK],
  ["user.update",        "own account",            UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          "FORBIDDEN own_access"],
];

type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const [group = "", name = ""] = path.split(".");
  const procedure = (caller as AnyCaller)[group]?.[name];
  if (!procedure) throw new Error(`no procedure ${path} on the caller`);
  return procedure(input);
}

// At run time tRPC v11 keeps a flat record of dotted path to procedure here.
const procedurePaths = Object.keys(appRouter._def.procedures as unknown as Record<string, unknown>).sort();

describe("the matrix", () => {
  it("has rows for every procedure of the router, and only for those", () => {
    expect([...new Set(MATRIX.map(([path]) => path))].sort()).toEqual(procedurePaths);
  });

  it("has one outcome per actor and a setup for every row", () => {
    for (const [path, record, ...outcomes] of MATRIX) {
      expect(outcomes, `${path} ${record}`).toHaveLength(ACTORS.length);
      expect(SETUPS[path]?.[record], `${path} ${record}`).toBeTypeOf("function");
    }
    for (const [path, records] of Object.entries(SETUPS)) {
      for (const record of Object.keys(records)) {
        expect(MATRIX.some(([p, r]) => p === path && r === record), `${path} ${record}`).toBe(true);
      }
    }
  });
});

const cells = MATRIX.flatMap(([path, record, ...outcomes]) =>
  ACTORS.map((actor, i) => ({ path, record, actor, expected: outcomes[i] as Outcome })),
);

describe.each(procedurePaths)("%s", (path) => {
  it.each(cells.filter((c) => c.path === path))(
    "$actor on $record: $expected",
    async ({ record, actor: actorName, expected }) => {
      const actor = actors[actorName];
      const setup = SETUPS[path]?.[record];
      if (!setup) throw new Error(`no setup for ${path} ${record}`);
      const input = await setup(actor);
      const caller = await callerFor(t.db, actor);
      const seq = await lastAuditSeq(t.db);
      const before = await fingerprint(t.db);

      if (expected === OK) {
        await callPath(caller, path, input);
        const denied = (await auditSince(t.db, seq)).filter((e) => e.outcome === "denied");
        expect(denied).toEqual([]);
        return;
      }

      const [code, reason] = expected.split(" ") as [Code, string | undefined];
      const error = await trpcError(callPath(caller, path, input));
      expect(error.code).toBe(code);
      if (reason) expect(error.message).toBe(reason);
      // Nothing changed: every table but the audit log is exactly as it was.
      expect(await fingerprint(t.db)).toEqual(before);
      // And the refusal, only it, was audited.
      const entries = await auditSince(t.db, seq);
      expect(entries).toEqual([
        expect.objectContaining({
          actorId: actor?.id ?? null,
          outcome: "denied",
          detail: reason ? { code, reason } : { code },
        }),
      ]);
    },
  );
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
});
