import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_TEXT_MAX_LENGTH, type AuditEntry, appendAudit, verifyAuditChain } from "../src/audit";
import { type Database, type DatabaseHandle, openDatabase } from "../src/client";
import { type AuditRow, auditLog } from "../src/schema";
import { failure } from "./support/failure";

let handle: DatabaseHandle;
let db: Database;

beforeAll(async () => {
  handle = await openDatabase({ kind: "embedded", dataDir: undefined });
  await handle.migrate();
  db = handle.db;
});

afterAll(() => handle?.close());

const rows = () => db.select().from(auditLog).orderBy(asc(auditLog.seq));

async function rowAt(seq: number): Promise<AuditRow> {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.seq, seq));
  if (!row) throw new Error(`no audit entry ${seq}`);
  return row;
}

/**
 * Edits the log the way someone with direct database access could: with the append-only trigger
 * switched off. The trigger is always switched back on, and `undo` puts the original rows back.
 */
async function tamper(
  edit: () => Promise<unknown>,
  undo: () => Promise<unknown>,
  check: () => Promise<void>,
) {
  await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  try {
    await edit();
    await check();
  } finally {
    await undo();
    await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  }
  expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: ENTRIES.length });
}

const ACTOR = randomUUID();
const ENTRIES: AuditEntry[] = [
  {
    actorId: null,
    action: "auth.sign_in",
    outcome: "denied",
    ip: "192.0.2.1",
    detail: { reason: "unknown_email" },
  },
  { actorId: ACTOR, action: "auth.sign_in", outcome: "allowed", ip: "192.0.2.1" },
  {
    actorId: ACTOR,
    action: "person.create",
    outcome: "allowed",
    entityType: "person",
    entityId: randomUUID(),
    // Key order is not kept by jsonb; the hash must not depend on it.
    detail: { zeta: 1, alpha: { b: [3, 2, 1], a: null }, name: 'Žukauskas 💡 "quoted" \\ back' },
  },
  { actorId: ACTOR, action: "case.read", outcome: "denied", entityType: "case", entityId: randomUUID() },
  {
    actorId: ACTOR,
    action: "case.create",
    outcome: "allowed",
    entityType: "case",
    entityId: randomUUID(),
    detail: { programme: "avrr", n: 0.1 + 0.2, big: 1e21, negative: -7, nested: [{ y: true, x: false }] },
  },
  { actorId: null, action: "system.check", outcome: "failed", detail: {} },
];

describe("audit chain", () => {
  it("verifies an empty log", async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 0 });
  });

  it("appends entries with consecutive sequence numbers, each linked to the one before", async () => {
    for (const entry of ENTRIES) await appendAudit(db, entry);
    const stored = await rows();
    expect(stored.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stored[0]?.prevHash).toBe("0".repeat(64));
    for (let i = 1; i < stored.length; i++) expect(stored[i]?.prevHash).toBe(stored[i - 1]?.hash);
    for (const row of stored) expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(stored.map((r) => r.hash)).size).toBe(stored.length);
    expect(stored[2]).toMatchObject({
      actorId: ACTOR,
      action: "person.create",
      outcome: "allowed",
      entityType: "person",
      entityId: ENTRIES[2]?.entityId,
      ip: null,
      detail: ENTRIES[2]?.detail,
    });
    expect(stored[1]).toMatchObject({ ip: "192.0.2.1", entityType: null, entityId: null, detail: {} });
  });

  it("verifies the whole chain, whatever the batch size", async () => {
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: ENTRIES.length });
    for (const batchSize of [1, 2, 4, 5, 6, 7]) {
      expect(await verifyAuditChain(db, batchSize)).toEqual({ ok: true, entries: ENTRIES.length });
    }
  });

  it("writes an entry in the caller's transaction: rolled back with it, nothing left behind", async () => {
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, { actorId: ACTOR, action: "person.create", outcome: "allowed" });
        tx.rollback();
      }),
    ).rejects.toThrow(/rollback/i);
    expect(await rows()).toHaveLength(ENTRIES.length);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: ENTRIES.length });
  });
});

describe("append-only", () => {
  it("refuses to update an entry", async () => {
    expect(await failure(db.update(auditLog).set({ outcome: "allowed" }).where(eq(auditLog.seq, 1)))).toMatch(
      /audit_log is append-only/,
    );
    expect((await rowAt(1)).outcome).toBe("denied");
  });

  it("refuses to delete an entry", async () => {
    expect(await failure(db.delete(auditLog).where(eq(auditLog.seq, 4)))).toMatch(/audit_log is append-only/);
    expect(await rows()).toHaveLength(ENTRIES.length);
  });

  it("refuses to truncate the log", async () => {
    expect(await failure(db.execute(sql`truncate audit_log`))).toMatch(/audit_log is append-only/);
    expect(await rows()).toHaveLength(ENTRIES.length);
  });
});

describe("tampering is detected", () => {
  const restore = (row: AuditRow) => () => db.update(auditLog).set(row).where(eq(auditLog.seq, row.seq));

  it.each<[string, number, Partial<AuditRow>]>([
    ["a changed outcome", 1, { outcome: "allowed" }],
    ["a changed actor", 2, { actorId: randomUUID() }],
    ["a changed action", 4, { action: "case.list" }],
    ["a changed detail", 3, { detail: { zeta: 2, alpha: { b: [3, 2, 1], a: null }, name: "x" } }],
    ["a detail with a key added", 5, { detail: { ...ENTRIES[4]?.detail, extra: true } }],
    ["a changed entity", 4, { entityId: randomUUID() }],
    ["a changed ip", 1, { ip: "198.51.100.7" }],
    ["a changed time", 6, { at: "2001-01-01T00:00:00.000Z" }],
    ["a rewritten hash", 2, { hash: "f".repeat(64) }],
    ["a rewritten link to the previous entry", 3, { prevHash: "a".repeat(64) }],
  ])("%s in entry %i", async (_, seq, change) => {
    const original = await rowAt(seq);
    await tamper(
      () => db.update(auditLog).set(change).where(eq(auditLog.seq, seq)),
      restore(original),
      async () => {
        expect(await verifyAuditChain(db)).toEqual({ ok: false, entries: seq - 1, brokenAt: seq });
        // Also when the tampered entry is in a later batch than the first.
        expect(await verifyAuditChain(db, 2)).toEqual({ ok: false, entries: seq - 1, brokenAt: seq });
      },
    );
  });

  it("a deleted entry in the middle", async () => {
    const original = await rowAt(3);
    await tamper(
      () => db.delete(auditLog).where(eq(auditLog.seq, 3)),
      () => db.insert(auditLog).values(original),
      async () => {
        expect(await verifyAuditChain(db)).toEqual({ ok: false, entries: 2, brokenAt: 3 });
      },
    );
  });

  it("an entry whose hash is carried over to hide an edit is caught at the next link", async () => {
    // Editing entry 5 and recomputing its hash is not possible without the hash function here, but
    // swapping two entries' contents (keeping each hash and link) must still break the chain.
    const four = await rowAt(4);
    const five = await rowAt(5);
    await tamper(
      async () => {
        await db
          .update(auditLog)
          .set({ ...five, seq: 4, prevHash: four.prevHash, hash: four.hash })
          .where(eq(auditLog.seq, 4));
        await db
          .update(auditLog)
          .set({ ...four, seq: 5, prevHash: five.prevHash, hash: five.hash })
          .where(eq(auditLog.seq, 5));
      },
      async () => {
        await restore(four)();
        await restore(five)();
      },
      async () => {
        expect(await verifyAuditChain(db)).toEqual({ ok: false, entries: 3, brokenAt: 4 });
      },
    );
  });

  it("keeps the append-only trigger on after the tampering tests", async () => {
    expect(await failure(db.update(auditLog).set({ action: "x" }).where(eq(auditLog.seq, 1)))).toMatch(
      /append-only/,
    );
  });
});

describe("values the database normalises", () => {
  it("keeps verifying after an entry whose actor id is an upper-case uuid", async () => {
    const count = (await rows()).length;
    await appendAudit(db, { actorId: ACTOR.toUpperCase(), action: "case.list", outcome: "allowed" });
    expect((await rowAt(count + 1)).actorId).toBe(ACTOR);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: count + 1 });
  });

  it("keeps verifying after entries whose detail is not plain JSON (dates, undefined, NaN)", async () => {
    const count = (await rows()).length;
    await appendAudit(db, {
      actorId: ACTOR,
      action: "case.read",
      outcome: "allowed",
      detail: {
        when: new Date("2026-03-01T10:00:00.000Z"),
        skipped: undefined,
        list: [1, undefined, 3],
        notANumber: Number.NaN,
      },
    });
    const last = await rowAt(count + 1);
    expect(last.detail).toEqual({ when: "2026-03-01T10:00:00.000Z", list: [1, null, 3], notANumber: null });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: count + 1 });
  });

  it("records text Postgres would refuse (U+0000, lone surrogates) with U+FFFD in their place", async () => {
    // Such text reaches the log from outside the input schemas too: a request path, a header.
    const count = (await rows()).length;
    await appendAudit(db, {
      actorId: null,
      action: "case.get\u0000",
      outcome: "denied",
      entityType: "case\ud800",
      entityId: "\udfffid",
      ip: "192.0.2.1\u0000",
      detail: {
        userAgent: "curl\u0000/8",
        "key\u0000": ["a\ud83d", { nested: "\udca9b" }],
        // A pair stays what it is.
        kept: "💡 Žukauskas",
      },
    });
    expect(await rowAt(count + 1)).toMatchObject({
      action: "case.get\ufffd",
      entityType: "case\ufffd",
      entityId: "\ufffdid",
      ip: "192.0.2.1\ufffd",
      detail: {
        userAgent: "curl\ufffd/8",
        "key\ufffd": ["a\ufffd", { nested: "\ufffdb" }],
        kept: "💡 Žukauskas",
      },
    });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: count + 1 });
  });

  it("records a record id of any length, cut to the indexed columns' bound without splitting a pair", async () => {
    // The entity columns are indexed, and a btree entry must fit in a page: a long id would fail the insert.
    const count = (await rows()).length;
    const long = "💡".repeat(100_000);
    await appendAudit(db, {
      actorId: null,
      action: long,
      outcome: "denied",
      entityType: long,
      entityId: long,
      ip: long,
    });
    const stored = await rowAt(count + 1);
    for (const value of [stored.action, stored.entityType, stored.entityId, stored.ip]) {
      expect(value).toBe("💡".repeat(AUDIT_TEXT_MAX_LENGTH / 2));
    }
    // Characters of three bytes each, all different (an index entry is compressed when it can be).
    const varied = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join("");
    await appendAudit(db, {
      actorId: null,
      action: "x",
      outcome: "denied",
      entityType: varied,
      entityId: varied,
    });
    expect((await rowAt(count + 2)).entityId).toBe(varied.slice(0, AUDIT_TEXT_MAX_LENGTH));
    // One character more in front, and the bound falls inside a pair: the pair goes.
    await appendAudit(db, { actorId: null, action: "x", outcome: "denied", entityId: `a${long}` });
    expect((await rowAt(count + 3)).entityId).toBe(`a${"💡".repeat(AUDIT_TEXT_MAX_LENGTH / 2 - 1)}`);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: count + 3 });
  });
});
