import { appendAudit, auditLog, users } from "@kelias/db";
import { caseTimelineInput, READ_ACTIONS } from "@kelias/domain";
import { and, desc, eq, inArray, lt, not, or, type SQL, sql } from "drizzle-orm";
import { requireCase } from "../case-access";
import { authedProcedure } from "../trpc";

/**
 * The parts of an audit entry's detail the timeline shows. Details hold ids and codes, never what
 * someone wrote; this list keeps it so whatever a future entry carries.
 */
const SHOWN_DETAIL = [
  "purpose",
  "type",
  "status",
  "from",
  "category",
  "reason",
  "code",
  "origin",
  "as",
  "restricted",
  "programme",
  "reference",
  "to",
  "approve",
  "pending",
  "kind",
  "done",
] as const;

function shownDetail(detail: Record<string, unknown>): Record<string, string | boolean | number> {
  const shown: Record<string, string | boolean | number> = {};
  for (const key of SHOWN_DETAIL) {
    const value = detail[key];
    if (typeof value === "string" || typeof value === "boolean" || typeof value === "number")
      shown[key] = value;
  }
  return shown;
}

export const caseTimelineProcedures = {
  /**
   * Every event of the case from the audit trail, oldest first: who did what, when, and whether it
   * was refused. Pages backwards from the newest (`before`); "changes" leaves out the reads.
   */
  timeline: authedProcedure
    .meta({ action: "case.read" })
    .input(caseTimelineInput)
    .query(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.read");
      const filters: (SQL | undefined)[] = [eq(auditLog.entityType, "case"), eq(auditLog.entityId, row.id)];
      if (input.before) filters.push(lt(auditLog.seq, input.before));
      if (input.include === "changes") {
        filters.push(
          not(or(inArray(auditLog.action, [...READ_ACTIONS]), sql`${auditLog.action} like '%.read'`) as SQL),
        );
      }
      const rows = await ctx.db
        .select({
          seq: auditLog.seq,
          at: auditLog.at,
          action: auditLog.action,
          outcome: auditLog.outcome,
          detail: auditLog.detail,
          actorId: auditLog.actorId,
          actorName: users.name,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(and(...filters))
        .orderBy(desc(auditLog.seq))
        .limit(input.limit + 1);
      // Reading the timeline is a read of the case too; appended after the query, so it shows next time.
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "case.timeline",
        outcome: "allowed",
        entityType: "case",
        entityId: row.id,
        ip: ctx.ip,
      });
      const page = rows.slice(0, input.limit).reverse();
      return {
        entries: page.map((r) => ({
          seq: r.seq,
          at: new Date(r.at),
          action: r.action,
          outcome: r.outcome,
          actorName: r.actorName,
          detail: shownDetail(r.detail),
        })),
        /** Pass as `before` for the events before these; null when there are none. */
        earlier: rows.length > input.limit ? (page[0]?.seq ?? null) : null,
      };
    }),
};
