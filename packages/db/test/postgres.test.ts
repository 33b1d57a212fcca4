import { asc, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit, verifyAuditChain } from "../src/audit";
import { type Database, type DatabaseHandle, openDatabase } from "../src/client";
import { nextCaseReference } from "../src/references";
import { auditLog, caseReferenceCounters } from "../src/schema";
import { createTestDatabase, type TestDatabase } from "./support/postgres";

/** On a real server, where concurrent callers really run on separate connections at once. */
let database: TestDatabase;
let handle: DatabaseHandle;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  // A server whose time zone is not UTC: timestamps come back with an offset, and must hash the same.
  const admin = postgres(database.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`alter database "${database.name}" set timezone to 'Asia/Kolkata'`);
  await admin.end();
  handle = await openDatabase({ kind: "postgres", url: database.url, maxConnections: 10 });
  await handle.migrate();
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("nextCaseReference under concurrency", () => {
  it("hands out distinct consecutive references to concurrent callers", async () => {
    const references = await Promise.all(range(40).map(() => nextCaseReference(db, "avrr", 2026)));
    expect(new Set(references).size).toBe(40);
    expect([...references].sort()).toEqual(range(40).map((n) => `AVRR-2026-${String(n).padStart(5, "0")}`));
  });

  it("keeps a separate counter per programme and per year", async () => {
    const keys = [
      ["counter_trafficking", 2026, "CT-2026"],
      ["social_assistance", 2026, "SA-2026"],
      ["avrr", 2027, "AVRR-2027"],
    ] as const;
    const calls = range(10).flatMap(() =>
      keys.map(([programme, year]) => nextCaseReference(db, programme, year)),
    );
    const references = await Promise.all(calls);
    for (const [, , prefix] of keys) {
      const mine = references.filter((r) => r.startsWith(`${prefix}-`)).sort();
      expect(mine).toEqual(range(10).map((n) => `${prefix}-${String(n).padStart(5, "0")}`));
    }
    expect(await nextCaseReference(db, "avrr", 2026)).toBe("AVRR-2026-00041");
  });

  it("leaves no gap when a transaction that took a reference rolls back", async () => {
    const outcomes = await Promise.allSettled(
      range(10).map((i) =>
        db.transaction(async (tx) => {
          const reference = await nextCaseReference(tx, "labour_migration", 2026);
          if (i % 2 === 0) tx.rollback();
          return reference;
        }),
      ),
    );
    const committed = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(committed).toHaveLength(5);
    expect(committed.sort()).toEqual(range(5).map((n) => `LM-2026-${String(n).padStart(5, "0")}`));
    const [counter] = await db
      .select({ last: caseReferenceCounters.last })
      .from(caseReferenceCounters)
      .where(eq(caseReferenceCounters.programme, "labour_migration"));
    expect(counter?.last).toBe(5);
  });
});

describe("audit log on a real server", () => {
  it("chains concurrent appends without gaps or forks", async () => {
    await Promise.all(
      range(30).map((i) =>
        appendAudit(db, { actorId: null, action: "test.concurrent", outcome: "allowed", detail: { i } }),
      ),
    );
    const rows = await db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual(range(30));
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(30);
    expect(rows.map((r) => (r.detail as { i: number }).i).sort((a, b) => a - b)).toEqual(range(30));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 30 });
  });

  it("chains appends made inside concurrent transactions, some rolled back", async () => {
    await Promise.allSettled(
      range(10).map((i) =>
        db.transaction(async (tx) => {
          await appendAudit(tx, { actorId: null, action: "test.tx", outcome: "allowed", detail: { i } });
          if (i % 3 === 0) tx.rollback();
        }),
      ),
    );
    const rows = await db.select().from(auditLog).where(eq(auditLog.action, "test.tx"));
    expect(rows.map((r) => (r.detail as { i: number }).i).sort((a, b) => a - b)).toEqual([
      1, 2, 4, 5, 7, 8, 10,
    ]);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 37 });
  });

  it("returns timestamps in the server's time zone, which does not change the hash", async () => {
    const client = postgres(database.url, { max: 1 });
    try {
      const [row] = await client<{ at: string }[]>`select at::text as at from audit_log where seq = 1`;
      expect(row?.at).toMatch(/\+05:30$/);
    } finally {
      await client.end();
    }
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 37 });
  });

  it("refuses updates and deletes of audit entries", async () => {
    await expect(db.update(auditLog).set({ action: "x" }).where(eq(auditLog.seq, 1))).rejects.toThrow();
    await expect(db.delete(auditLog).where(eq(auditLog.seq, 1))).rejects.toThrow();
    const [first] = await db.select().from(auditLog).where(eq(auditLog.seq, 1));
    expect(first?.action).toBe("test.concurrent");
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 37 });
  });
});
