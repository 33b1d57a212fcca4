import { auditLog, users } from "@kelias/db";
import { caseTimelineInput, isReadAction, timelineKindOf } from "@kelias/domain";
import { and, desc, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import { currentAuditName } from "../../audit/catalogue";
import { recordAllowed } from "../../audit/record";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";
import { changesOf, readFieldChanges } from "../../field-history";

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

/**
 * Every event of the case from the audit trail, newest first: who did what, when, whether it was
 * refused and, for the writes that keep a field history, what changed (old → new values, for those
 * who may see the values). Pages backwards (`before`); "changes" leaves out the reads, `kind`
 * narrows to one kind of event. Entries written under an action's older name are shown under its
 * name today. Which names are reads, and of which kind each is, is the domain's rule
 * (`isReadAction`, `timelineKindOf`), applied to the names this case's entries carry.
 */
export const timeline = caseProcedure("case.read", caseTimelineInput).query(async ({ ctx, input }) => {
  const { row, facts } = ctx.case;
  const onCase = and(eq(auditLog.entityType, "case"), eq(auditLog.entityId, row.id)) as SQL;
  const filters: SQL[] = [onCase];
  if (input.before) filters.push(lt(auditLog.seq, input.before));
  if (input.include === "changes" || input.kind) {
    const names = await ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog).where(onCase);
    const shown = names
      .map((n) => n.action)
      .filter((action) => {
        const current = currentAuditName(action);
        if (input.include === "changes" && isReadAction(current)) return false;
        return !input.kind || timelineKindOf(current) === input.kind;
      });
    if (shown.length === 0) filters.push(sql`false`);
    else filters.push(inArray(auditLog.action, shown));
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
  const page = rows.slice(0, input.limit);
  const changeIds = page.flatMap((r) =>
    r.outcome === "allowed" && typeof r.detail.changeId === "string" ? [r.detail.changeId] : [],
  );
  const changes =
    changeIds.length === 0
      ? []
      : await readFieldChanges(ctx.db, ctx.user, { kind: "case", case: facts }, changesOf(row.id, changeIds));
  // Reading the timeline is a read of the case too; appended after the query, so it shows next time.
  await recordAllowed(ctx.db, ctx, "case.timeline", caseTarget(row.id), {});
  return {
    entries: page.map((r) => {
      const action = currentAuditName(r.action);
      const changeId = typeof r.detail.changeId === "string" ? r.detail.changeId : null;
      return {
        seq: r.seq,
        at: new Date(r.at),
        action,
        kind: timelineKindOf(action),
        outcome: r.outcome,
        actorName: r.actorName,
        detail:
          r.action in LEGACY_DONE
            ? { ...shownDetail(r.detail), done: LEGACY_DONE[r.action] as boolean }
            : shownDetail(r.detail),
        changes: changeId
          ? changes
              .filter((c) => c.changeId === changeId)
              .map(({ field, recordKey, category, ...c }) =>
                c.withheld
                  ? { field, recordKey, withheld: true as const }
                  : {
                      field,
                      recordKey,
                      withheld: false as const,
                      oldValue: c.oldValue,
                      newValue: c.newValue,
                    },
              )
          : [],
      };
    }),
    /** Pass as `before` for the events before these; null when there are none. */
    earlier: rows.length > input.limit ? (page.at(-1)?.seq ?? null) : null,
  };
});
