import { randomUUID } from "node:crypto";
import { resolveSessionUser } from "@kelias/auth";
import { auditLog, caseAssignments, type Database, users } from "@kelias/db";
import type { Programme, Role } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { asc, eq, gt, sql } from "drizzle-orm";
import { beforeAll, expect } from "vitest";
import { appRouter, createCaller } from "../../src/server";

export const IP = "192.0.2.44";

export interface TestUser {
  id: string;
  name: string;
  email: string;
  /** What a session carries: read back through `resolveSessionUser` on every call, as a request would. */
  claims: { userId: string; sessionVersion: number };
}

/** Inserts a user of its own for a test, so test files never depend on each other's data. */
export async function createUser(
  db: Database,
  roles: Role[],
  programmes: Programme[] = [],
  name = `${roles.join("+") || "nobody"} ${randomUUID().slice(0, 8)}`,
): Promise<TestUser> {
  const email = `${randomUUID()}@test.example.org`;
  const [row] = await db
    .insert(users)
    .values({ email, name, roles, programmes })
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  if (!row) throw new Error("user insert returned nothing");
  return { id: row.id, name, email, claims: { userId: row.id, sessionVersion: row.sessionVersion } };
}

/**
 * A user of the test file's own, created (as `createUser` does) before the file's tests, after the
 * hooks registered before it: declare it at the top of the file, after `useTestDatabase()`. Read
 * inside hooks and tests only; before its creation it throws.
 */
export function testUser(
  t: { readonly db: Database },
  roles: Role[],
  programmes: Programme[] = [],
  name?: string,
): TestUser {
  let user: TestUser | undefined;
  beforeAll(async () => {
    user = await createUser(t.db, roles, programmes, name);
  });
  const created = () => {
    if (!user) throw new Error(`a test user (${roles.join("+")}) is read before it was created`);
    return user;
  };
  return {
    get id() {
      return created().id;
    },
    get name() {
      return created().name;
    },
    get email() {
      return created().email;
    },
    get claims() {
      return created().claims;
    },
  };
}

/** A caller with the context of one request: the session's user read fresh, or nobody. */
export async function callerFor(db: Database, user: TestUser | null) {
  const sessionUser = user ? await resolveSessionUser(db, user.claims) : null;
  return createCaller({ db, user: sessionUser, ip: IP });
}

/** A signed-in caller; fails the test if the session no longer resolves to a user. */
export async function signedIn(db: Database, user: TestUser) {
  const sessionUser = await resolveSessionUser(db, user.claims);
  if (!sessionUser) throw new Error(`session of ${user.email} does not resolve`);
  return createCaller({ db, user: sessionUser, ip: IP });
}

/** The error a call fails with; fails the test if it succeeds or fails with anything but a TRPCError. */
export async function trpcError(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }
  throw new Error("expected the call to fail");
}

export async function auditOf(db: Database, actorId: string) {
  return db.select().from(auditLog).where(eq(auditLog.actorId, actorId)).orderBy(asc(auditLog.seq));
}

export async function lastAuditOf(db: Database, actorId: string) {
  const entries = await auditOf(db, actorId);
  return entries.at(-1);
}

/** Adds a user to a case as co-worker, directly: setup only (case.team.assign is tested through the API). */
export async function assign(db: Database, caseId: string, userId: string) {
  await db.insert(caseAssignments).values({ caseId, userId, kind: "co" });
}

export const PERSON = {
  givenName: "Olena",
  familyName: "Kovalenko",
  dateOfBirth: "1990-04-12",
  estimatedAge: null,
  sex: "female" as const,
  citizenships: ["UA" as const],
};

/**
 * The error as a client receives it: the shape the router's error formatter gives it (the HTTP
 * handler applies the formatter; a server-side caller throws the bare error).
 */
export function errorShape(error: TRPCError, path: string, type: "query" | "mutation") {
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type,
    path,
    input: undefined,
    ctx: undefined,
  });
}

/** The user's session as a new sign-in would carry it now (current session version). */
export async function signInAgain(db: Database, user: TestUser): Promise<TestUser> {
  const [row] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, user.id))
    .limit(1);
  if (!row) throw new Error(`no user ${user.id}`);
  return { ...user, claims: { userId: user.id, sessionVersion: row.sessionVersion } };
}

/**
 * The entry point every case opened by a test gives (registration asks for one): spread it into
 * `case.create`'s input, so a change to what registration asks is made here.
 */
export const SOURCE = { referralSource: "self_referral" } as const;

/** Registers a person and opens a case for them, as `owner` would through the API. */
export async function openCase(db: Database, owner: TestUser, programme: Programme) {
  const caller = await signedIn(db, owner);
  const { id: personId } = await caller.person.create({ ...PERSON, familyName: owner.name });
  const { id, reference } = await caller.case.create({ ...SOURCE, personId, programme });
  return { id, reference, personId, programme, version: 1 };
}

/**
 * An AVRR case of `owner` whose eligibility waits for a manager's approval, asked for by the owner
 * through the API: counselling, the eligibility facts, then the transition the approval is for.
 */
export async function eligibilityRequest(db: Database, owner: TestUser, reason = "") {
  const c = await openCase(db, owner, "avrr");
  const caller = await signedIn(db, owner);
  await caller.case.workflow.transition({ caseId: c.id, version: 1, to: "eligibility_counselling" });
  await caller.case.workflow.setFacts({
    caseId: c.id,
    version: 2,
    eligibilityCriterion: "expired_permit",
    voluntaryDecisionRecorded: true,
    destinationCountry: "GE",
  });
  const { approvalId } = await caller.case.workflow.transition({
    caseId: c.id,
    version: 3,
    to: "eligible",
    reason,
  });
  if (!approvalId) throw new Error("the eligibility transition asked for no approval");
  return { ...c, version: 4, approvalId };
}

/** The sequence number of the newest audit entry (0 when there is none). */
export async function lastAuditSeq(db: Database): Promise<number> {
  const [last] = await db
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .orderBy(sql`${auditLog.seq} desc`)
    .limit(1);
  return last?.seq ?? 0;
}

/** The audit entries appended after `seq`, oldest first. */
export async function auditSince(db: Database, seq: number) {
  return db.select().from(auditLog).where(gt(auditLog.seq, seq)).orderBy(asc(auditLog.seq));
}

type RawResult<T> = T[] | { rows: T[] };
const rowsOf = <T>(result: unknown): T[] => {
  const r = result as RawResult<T>;
  return Array.isArray(r) ? r : r.rows;
};

/**
 * A fingerprint of every table except the audit log (which a refusal appends to): row count and a
 * hash of the rows, per table. Tables added later are included without changing this code. Equal
 * fingerprints before and after a call mean the call changed nothing.
 */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'audit_log'
      order by table_name`),
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number; h: string }>(
      await db.execute(
        sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h
            from ${sql.identifier(name)} x`,
      ),
    );
    result[name] = `${row?.n} rows, ${row?.h}`;
  }
  return result;
}
