import { CASE_STATES, type Programme } from "@kelias/domain";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../src/audit";
import { type DatabaseHandle, openDatabase } from "../src/client";
import { seedDemo } from "../src/demo/seed";
import { auditLog, caseStateHistory, cases, fieldChanges } from "../src/schema";

const NOW = new Date("2026-06-15T12:00:00.000Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openDatabase({ kind: "embedded", dataDir: undefined });
  await handle.migrate();
  await seedDemo(handle.db, { people: 16, now: NOW, hashPassword: async (p) => `hash:${p}` });
}, 120_000);

afterAll(() => handle?.close());

describe("demo timeline", () => {
  it("is a sound audit log, oldest first, none of it in the future", async () => {
    expect((await verifyAuditChain(handle.db)).ok).toBe(true);
    const rows = await handle.db.select({ at: auditLog.at }).from(auditLog).orderBy(asc(auditLog.seq));
    const times = rows.map((r) => new Date(r.at).getTime());
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
  });

  it("opens every case and moves each one that left its first state, as its state history says", async () => {
    for (const c of await handle.db.select().from(cases)) {
      const entries = await handle.db
        .select({ action: auditLog.action, detail: auditLog.detail })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, "case"), eq(auditLog.entityId, c.id)))
        .orderBy(asc(auditLog.seq));
      expect(entries[0]?.action).toBe("case.create");
      const moves = await handle.db.select().from(caseStateHistory).where(eq(caseStateHistory.caseId, c.id));
      if (c.state !== CASE_STATES[c.programme as Programme][0]) expect(moves.length).toBeGreaterThan(0);
      const moved = entries.filter(
        (e) =>
          e.action === "case.workflow.decideApproval" ||
          (e.action === "case.workflow.transition" && e.detail.pending !== true),
      );
      expect(moved.map((e) => e.detail.to).sort()).toEqual(moves.map((m) => m.toState).sort());
    }
  });

  it("keeps old → new values for the changes it records, each named by its audit entry", async () => {
    const changes = await handle.db.select().from(fieldChanges);
    expect(new Set(changes.map((c) => c.record))).toEqual(
      new Set(["workflow_facts", "service", "sensitive_note", "person"]),
    );
    expect(changes.some((c) => c.oldValue !== null && c.record === "service")).toBe(true);
    const named = new Set(
      (await handle.db.select({ detail: auditLog.detail }).from(auditLog)).map((e) => e.detail.changeId),
    );
    expect(changes.every((c) => named.has(c.changeId))).toBe(true);
  });
});
