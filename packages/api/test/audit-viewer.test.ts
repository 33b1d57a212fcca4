import { randomUUID } from "node:crypto";
import { appendAudit, auditLog, verifyAuditChain } from "@kelias/db";
import { officeToday } from "@kelias/domain";
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_CSV_COLUMNS, exportAuditCsv } from "../src/audit-export";
import { IP, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const admin = api.user(["admin"]);
const worker = api.user(["caseworker"], ["avrr"]);
const manager = api.user(["manager"], ["avrr"]);
/** A user whose audit entries this file writes itself, so the filters have known answers. */
const subject = api.user(["caseworker"], ["avrr"], '=HYPERLINK("http://evil")');
const RECORD = randomUUID();

beforeAll(async () => {
  const entries = [
    { action: "case.read", outcome: "allowed", entityId: RECORD },
    { action: "case.update", outcome: "allowed", entityId: RECORD },
    { action: "case.read", outcome: "denied", entityId: randomUUID() },
    { action: "person.read", outcome: "allowed", entityId: "+cmd|' /C calc'!A0" },
    { action: "case.note.add", outcome: "allowed", entityId: RECORD },
  ] as const;
  for (const e of entries) {
    await appendAudit(api.db, { actorId: subject.id, ip: "@10.0.0.1", entityType: "case", detail: {}, ...e });
  }
});

const NO_FILTERS = { actorId: null, entityId: "", action: "", outcome: null, from: null, to: null } as const;

describe("audit.list", () => {
  it("filters by user, record, action (exact or a prefix ending in a dot) and outcome", async () => {
    const caller = await api.as(admin);
    const search = async (filters: Partial<typeof NO_FILTERS> | Record<string, unknown>) =>
      (await caller.audit.list({ filters: { ...NO_FILTERS, actorId: subject.id, ...filters } })).entries.map(
        (e) => `${e.action} ${e.outcome}`,
      );
    expect(await search({})).toEqual([
      "case.note.add allowed",
      "person.read allowed",
      "case.read denied",
      "case.update allowed",
      "case.read allowed",
    ]);
    expect(await search({ entityId: RECORD })).toEqual([
      "case.note.add allowed",
      "case.update allowed",
      "case.read allowed",
    ]);
    expect(await search({ action: "case.read" })).toEqual(["case.read denied", "case.read allowed"]);
    expect(await search({ action: "case." })).toEqual([
      "case.note.add allowed",
      "case.read denied",
      "case.update allowed",
      "case.read allowed",
    ]);
    expect(await search({ outcome: "denied" })).toEqual(["case.read denied"]);
    const entry = (await caller.audit.list({ filters: { ...NO_FILTERS, actorId: subject.id }, limit: 1 }))
      .entries[0];
    expect(entry).toMatchObject({
      actorId: subject.id,
      actorName: subject.name,
      ip: "@10.0.0.1",
      entityType: "case",
    });
  });

  it("finds, under an action's name, the entries written under the names it had before", async () => {
    const older = await api.createUser(["admin"]);
    for (const action of ["security.signOutUser", "security.user.signOut", "audit.search"]) {
      await appendAudit(api.db, { actorId: older.id, action, outcome: "allowed", entityType: "user" });
    }
    const caller = await api.as(admin);
    const search = async (action: string) =>
      (await caller.audit.list({ filters: { ...NO_FILTERS, actorId: older.id, action } })).entries.map(
        (e) => e.action,
      );
    expect(await search("security.user.signOut")).toEqual(["security.user.signOut", "security.signOutUser"]);
    expect(await search("security.user.")).toEqual(["security.user.signOut", "security.signOutUser"]);
    expect(await search("audit.list")).toEqual(["audit.search"]);
  });

  it("filters by period: whole days, both ends included", async () => {
    const caller = await api.as(admin);
    // Days of the office's calendar, as the page shows the times.
    const today = officeToday(new Date());
    const count = async (from: string | null, to: string | null) =>
      (await caller.audit.list({ filters: { ...NO_FILTERS, actorId: subject.id, from, to } })).entries.length;
    expect(await count(today, today)).toBe(5);
    expect(await count("2000-01-01", "2000-12-31")).toBe(0);
    expect(await count(null, "2000-12-31")).toBe(0);
    const error = await trpcError(
      caller.audit.list({ filters: { ...NO_FILTERS, from: today, to: "2000-01-01" } }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("pages by keyset: the pages join up without gaps or repeats", async () => {
    const caller = await api.as(admin);
    const filters = { ...NO_FILTERS, actorId: subject.id };
    const first = await caller.audit.list({ filters, limit: 2 });
    const second = await caller.audit.list({ filters, limit: 2, beforeSeq: first.nextBeforeSeq });
    const third = await caller.audit.list({ filters, limit: 2, beforeSeq: second.nextBeforeSeq });
    const all = await caller.audit.list({ filters, limit: 50 });
    expect([...first.entries, ...second.entries, ...third.entries].map((e) => e.seq)).toEqual(
      all.entries.map((e) => e.seq),
    );
    expect(third.nextBeforeSeq).toBeNull();
  });

  it("audits the search itself", async () => {
    const caller = await api.as(admin);
    await caller.audit.list({ filters: { ...NO_FILTERS, entityId: RECORD } });
    expect(await api.lastAuditOf(admin.id)).toMatchObject({
      action: "audit.list",
      outcome: "allowed",
      ip: IP,
      detail: { filters: { entityId: RECORD } },
    });
  });

  it.each([
    ["a caseworker", () => worker],
    ["a manager", () => manager],
  ])("refuses %s, audited", async (_, who) => {
    const user = who();
    const caller = await api.as(user);
    expect((await trpcError(caller.audit.list({}))).code).toBe("FORBIDDEN");
    expect((await trpcError(caller.audit.verify())).code).toBe("FORBIDDEN");
    expect(await api.lastAuditOf(user.id)).toMatchObject({ action: "audit.verify", outcome: "denied" });
  });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("CSV export", () => {
  it("streams the search with a header, and neutralises cells a spreadsheet would run as formulas", async () => {
    const ctx = {
      db: api.db,
      user: { ...admin, roles: ["admin" as const], programmes: [], handoverPending: false },
      ip: IP,
    };
    const csv = await readAll(await exportAuditCsv(ctx, { ...NO_FILTERS, actorId: subject.id }));
    const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows.map((r) => r.action)).toEqual([
      "case.note.add",
      "person.read",
      "case.read",
      "case.update",
      "case.read",
    ]);
    expect(rows[0]?.actor_name).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[0]?.ip).toBe("'@10.0.0.1");
    expect(rows[1]?.entity_id).toBe("'+cmd|' /C calc'!A0");
    // Times as the office's local date and time with seconds, which a spreadsheet reads as a date.
    for (const row of rows) expect(row.at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    // No cell of the file starts a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(await api.lastAuditOf(admin.id)).toMatchObject({ action: "audit.export", outcome: "allowed" });
  });

  it("pages through more entries than one batch", async () => {
    const ctx = {
      db: api.db,
      user: { ...admin, roles: ["admin" as const], programmes: [], handoverPending: false },
      ip: IP,
    };
    // Batches of 7 entries: the keyset paging of the stream is exercised many times over.
    const csv = await readAll(await exportAuditCsv(ctx, NO_FILTERS, 7));
    const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    const [{ n } = { n: 0 }] = await api.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    // Everything up to the export's own entry (appended before the stream started).
    expect(rows).toHaveLength(n);
    const seqs = rows.map((r) => Number(r.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it("refuses a caseworker, and a signed-out request", async () => {
    const ctx = {
      db: api.db,
      user: {
        ...worker,
        roles: ["caseworker" as const],
        programmes: ["avrr" as const],
        handoverPending: false,
      },
      ip: IP,
    };
    expect((await trpcError(exportAuditCsv(ctx, NO_FILTERS))).code).toBe("FORBIDDEN");
    expect((await trpcError(exportAuditCsv({ db: api.db, user: null, ip: IP }, NO_FILTERS))).code).toBe(
      "UNAUTHORIZED",
    );
  });
});

describe("audit.verify", () => {
  it("answers OK on an untouched log, and names the first broken link after a row was changed", async () => {
    const caller = await api.as(admin);
    expect(await caller.audit.verify()).toMatchObject({ ok: true });
    const [victim] = await api.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorId, subject.id))
      .orderBy(auditLog.seq)
      .limit(1);
    if (!victim) throw new Error("no entry to tamper with");
    // As someone with direct database access could: the append-only trigger switched off.
    await api.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    try {
      await api.db.update(auditLog).set({ outcome: "denied" }).where(eq(auditLog.seq, victim.seq));
      const result = await caller.audit.verify();
      expect(result).toEqual({ ok: false, entries: victim.seq - 1, brokenAt: victim.seq });
      expect(await api.lastAuditOf(admin.id)).toMatchObject({
        action: "audit.verify",
        detail: { ok: false, brokenAt: victim.seq },
      });
    } finally {
      await api.db.update(auditLog).set({ outcome: victim.outcome }).where(eq(auditLog.seq, victim.seq));
      await api.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    }
    expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
  });
});
