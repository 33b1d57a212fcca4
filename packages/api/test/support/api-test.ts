import type { Programme, Role } from "@kelias/domain";
import { useTestDatabase } from "./db";
import {
  assign,
  auditOf,
  auditSince,
  callerFor,
  createUser,
  eligibilityRequest,
  fingerprint,
  lastAuditOf,
  lastAuditSeq,
  openCase,
  signedIn,
  signInAgain,
  type TestUser,
  testUser,
} from "./fixtures";

export { errorShape, IP, PERSON, SOURCE, type TestUser, trpcError } from "./fixtures";

/**
 * The set-up of an API test file: its database (`useTestDatabase`) and the fixtures bound to it, so
 * a test file declares `const api = useApiTest()` once and writes `api.as(user)` where it would pass
 * the database to every fixture. Like `useTestDatabase`, read `api.db` inside hooks and tests only.
 */
export function useApiTest() {
  const t = useTestDatabase();
  return {
    t,
    get db() {
      return t.db;
    },
    get kind() {
      return t.kind;
    },
    /** A user of the file's own, created before its tests (see `testUser`): declare it at the top. */
    user: (roles: Role[], programmes: Programme[] = [], name?: string) =>
      testUser(t, roles, programmes, name),
    /** A user created now, inside a hook or test. */
    createUser: (roles: Role[], programmes: Programme[] = [], name?: string) =>
      createUser(t.db, roles, programmes, name),
    /** A signed-in caller (see `signedIn`). */
    as: (user: TestUser) => signedIn(t.db, user),
    callerFor: (user: TestUser | null) => callerFor(t.db, user),
    signInAgain: (user: TestUser) => signInAgain(t.db, user),
    openCase: (owner: TestUser, programme: Programme) => openCase(t.db, owner, programme),
    eligibilityRequest: (owner: TestUser, reason?: string) => eligibilityRequest(t.db, owner, reason),
    assign: (caseId: string, userId: string) => assign(t.db, caseId, userId),
    fingerprint: () => fingerprint(t.db),
    auditOf: (actorId: string) => auditOf(t.db, actorId),
    lastAuditOf: (actorId: string) => lastAuditOf(t.db, actorId),
    lastAuditSeq: () => lastAuditSeq(t.db),
    auditSince: (seq: number) => auditSince(t.db, seq),
  };
}

export type ApiTest = ReturnType<typeof useApiTest>;
