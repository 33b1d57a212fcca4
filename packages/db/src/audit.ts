import { createHash } from "node:crypto";
import { storableText } from "@kelias/domain";
import { asc, desc, sql } from "drizzle-orm";
import type { Database } from "./client";
import { auditLog } from "./schema";

export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface AuditEntry {
  actorId: string | null;
  action: string;
  outcome: "allowed" | "denied" | "failed";
  entityType?: string | null;
  entityId?: string | null;
  ip?: string | null;
  detail?: Record<string, unknown>;
}

export const GENESIS_HASH = "0".repeat(64);
/** Serialises appends so that each entry sees the hash of the one before it. */
const AUDIT_LOCK_KEY = 7_281_003;

/** JSON with sorted keys: jsonb does not keep key order, and the hash must not depend on it. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function entryHash(seq: number, at: string, entry: AuditEntry, prevHash: string): string {
  const body = canonical({
    seq,
    at: new Date(at).toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    outcome: entry.outcome,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ip: entry.ip ?? null,
    detail: entry.detail ?? {},
    prevHash,
  });
  return createHash("sha256").update(body).digest("hex");
}

/**
 * The longest action, entity type, entity id or address an entry keeps, in UTF-16 units. The entity
 * columns share an index whose entries must fit in a third of a page (2 704 bytes): two values of at
 * most 3 bytes a unit in UTF-8 stay well under it, so a longer value (a path someone typed) cannot
 * fail the insert. A cut that would split a surrogate pair ends before it.
 */
export const AUDIT_TEXT_MAX_LENGTH = 300;

function bounded(text: string): string {
  const splitsPair = /^[\ud800-\udbff][\udc00-\udfff]/.test(text.slice(AUDIT_TEXT_MAX_LENGTH - 1));
  return storableText(text.slice(0, splitsPair ? AUDIT_TEXT_MAX_LENGTH - 1 : AUDIT_TEXT_MAX_LENGTH));
}

/**
 * What an entry keeps is text Postgres can store (`storableText`). The input schemas refuse other
 * text, but an entry also records what arrives from elsewhere (a request path, a header, a third
 * party's error), and a refusal that cannot be recorded would turn into a failure of its own.
 */
function storableJson(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableJson(v)]));
  }
  return value;
}

const boundedOrNull = (text: string | null | undefined) => (text == null ? null : bounded(text));

/** Appends one entry; pass the transaction of the change it records so both commit or neither. */
export async function appendAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await appendAuditEntries(executor, [entry]);
}

/** An entry with the moment it records, for a history loaded afterwards (the demo data). */
export interface DatedAuditEntry extends AuditEntry {
  /** When it happened; now when left out. */
  at?: Date;
}

/**
 * Appends entries in the order given, each chained to the one before it. Dated entries are for a
 * history written afterwards (the demo's): give them oldest first, after every entry already kept.
 */
export async function appendAuditEntries(
  executor: Executor,
  entries: readonly DatedAuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await executor.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [last] = await tx
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1);
    let seq = last?.seq ?? 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows: (typeof auditLog.$inferInsert)[] = [];
    for (const entry of entries) {
      seq += 1;
      const at = (entry.at ?? new Date()).toISOString();
      // Hash what jsonb will store and give back (a Date becomes a string, NaN and undefined in arrays
      // become null), or verification would later report an untouched entry as tampered with.
      const detail = storableJson(JSON.parse(JSON.stringify(entry.detail ?? {}))) as Record<string, unknown>;
      // A uuid column gives ids back in lower case.
      const actorId = entry.actorId?.toLowerCase() ?? null;
      const stored: AuditEntry = {
        actorId,
        action: bounded(entry.action),
        outcome: entry.outcome,
        entityType: boundedOrNull(entry.entityType),
        entityId: boundedOrNull(entry.entityId),
        ip: boundedOrNull(entry.ip),
        detail,
      };
      const hash = entryHash(seq, at, stored, prevHash);
      rows.push({
        seq,
        at,
        actorId,
        action: stored.action,
        outcome: stored.outcome,
        entityType: stored.entityType ?? null,
        entityId: stored.entityId ?? null,
        ip: stored.ip ?? null,
        detail,
        prevHash,
        hash,
      });
      prevHash = hash;
    }
    // In slices: one statement's parameters are limited.
    for (let i = 0; i < rows.length; i += 500) await tx.insert(auditLog).values(rows.slice(i, i + 500));
  });
}

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number };

/** Walks the chain in order; the first entry whose hash or link does not match is reported. */
export async function verifyAuditChain(db: Database, batchSize = 5_000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} >= ${expectedSeq}`)
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    for (const row of rows) {
      const recomputed = entryHash(row.seq, row.at, row, prevHash);
      if (row.seq !== expectedSeq || row.prevHash !== prevHash || row.hash !== recomputed) {
        return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq };
      }
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < batchSize) return { ok: true, entries: expectedSeq - 1 };
  }
}
