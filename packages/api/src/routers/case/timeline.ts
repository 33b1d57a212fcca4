import { auditLog, users } from "@kelias/db";
import { caseTimelineInput, READ_ACTIONS } from "@kelias/domain";
import { and, desc, eq, inArray, lt, not, or, type SQL, sql } from "drizzle-orm";
import { auditNamesOf, currentAuditName } from "../../audit/catalogue";
import { recordAllowed } from "../../audit/record";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";

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

/** The two names `case.task.setDone` replaced said which way the task went; its detail says it now. */
const LEGACY_DONE: Record<string, boolean> = { "case.task.done": true, "case.task.reopen": false };

function shownDetail(detail: Record<string, unknown>): Record<string, string | boolean | number> {
  const shown: Record<string, string | boolean | number> = {};
  for (const key of SHOWN_DETAIL) {
    const value = detail[key];
    if (typeof value === "string" || typeof value === "boolean" || typeof value === "number")
      shown[key] = value;
  }
  return shown;
}

/** Every name a read was written under, older names included: the "changes" view leaves them out. */
const READ_NAMES = READ_ACTIONS.flatMap(auditNamesOf);

/**
 * Every event of the case from the audit trail, oldest first: who did what, when, and whether it
 * was refused. Pages backwards from the newest (`before`); "changes" leaves out the reads. Entries
 * written under an action's older name are shown under its name today.
 */
export const timeline = caseProcedure("case.read", caseTimelineInput).query(async ({ ctx, input }) => {
  const { row } = ctx.case;
  const filters: (SQL | undefined)[] = [eq(auditLog.entityType, "case"), eq(auditLog.entityId, row.id)];
  if (input.before) filters.push(lt(auditLog.seq, input.before));
  if (input.include === "changes") {
    filters.push(not(or(inArray(auditLog.action, READ_NAMES), sql`${auditLog.action} like '%.read'`) as SQL));
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
  await recordAllowed(ctx.db, ctx, "case.timeline", caseTarget(row.id), {});
  const page = rows.slice(0, input.limit).reverse();
  return {
    entries: page.map((r) => ({
      seq: r.seq,
      at: new Date(r.at),
      action: currentAuditName(r.action),
      outcome: r.outcome,
      actorName: r.actorName,
      detail:
        r.action in LEGACY_DONE
          ? { ...shownDetail(r.detail), done: LEGACY_DONE[r.action] as boolean }
          : shownDetail(r.detail),
    })),
    /** Pass as `before` for the events before these; null when there are none. */
    earlier: rows.length > input.limit ? (page[0]?.seq ?? null) : null,
  };
});
