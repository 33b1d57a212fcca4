import { Readable } from "node:stream";
import { appendAudit } from "@kelias/db";
import { type AuditSearchFilters, auditSearchFilters, spreadsheetDateTime } from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { stringify } from "csv-stringify";
import { auditPage } from "./audit-search";
import { authorize } from "./authorize";
import type { AuthedContext, Context } from "./context";
import { authed } from "./documents";

export const AUDIT_CSV_COLUMNS = [
  "seq",
  "at",
  "actor_id",
  "actor_name",
  "action",
  "outcome",
  "entity_type",
  "entity_id",
  "ip",
  "detail",
] as const;

/** The matching entries, newest first, fetched a batch at a time by keyset (never all in memory). */
async function* auditRows(ctx: AuthedContext, filters: AuditSearchFilters, batch: number) {
  let beforeSeq: number | null = null;
  for (;;) {
    const page = await auditPage(ctx.db, filters, beforeSeq, batch);
    for (const e of page) {
      yield [
        e.seq,
        // The office's local time, with seconds, as the audit page shows it.
        spreadsheetDateTime(new Date(e.at), { seconds: true }),
        e.actorId ?? "",
        e.actorName ?? "",
        e.action,
        e.outcome,
        e.entityType ?? "",
        e.entityId ?? "",
        e.ip ?? "",
        JSON.stringify(e.detail),
      ];
    }
    if (page.length < batch) return;
    beforeSeq = page.at(-1)?.seq ?? null;
  }
}

/**
 * The audit-log search as CSV, streamed. A cell starting with = + - @ (or a tab or carriage
 * return) is prefixed with an apostrophe, so a spreadsheet never runs an entry as a formula
 * (a user's name or a record id is text someone typed). The export itself is audited.
 */
export async function exportAuditCsv(
  context: Context,
  rawFilters: unknown,
  batch = 1_000,
): Promise<ReadableStream<Uint8Array>> {
  const ctx = await authed(context, "audit.export");
  await authorize(ctx, { kind: "audit.read" }, { entityType: "audit_log" });
  const parsed = auditSearchFilters.safeParse(rawFilters);
  if (!parsed.success) throw new TRPCError({ code: "BAD_REQUEST", message: "invalid", cause: parsed.error });
  const filters = parsed.data;
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action: "audit.export",
    outcome: "allowed",
    entityType: "audit_log",
    ip: ctx.ip,
    detail: { filters },
  });
  const csv = Readable.from(auditRows(ctx, filters, batch)).pipe(
    stringify({ header: true, columns: [...AUDIT_CSV_COLUMNS], escape_formulas: true, bom: true }),
  );
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}
