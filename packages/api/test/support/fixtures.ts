import { randomUUID } from "node:crypto";
import { resolveSessionUser } from "@kelias/auth";
import { auditLog, caseAssignments, type Database, users } from "@kelias/db";
import type { Programme, Role } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
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

/** Adds a user to a case as co-worker, directly: setup only (case.assign is tested through the API). */
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
