import { auditLog, type Executor, users } from "@kelias/db";
import { type AuditSearchFilters, OFFICE_TIME_ZONE } from "@kelias/domain";
import { and, desc, eq, gte, inArray, like, lt, or, type SQL, sql } from "drizzle-orm";
import { auditNamesOf, legacyNamesUnder } from "./audit/catalogue";

/** The WHERE clause of an audit-log search; the list and the CSV export share it. */
export function auditWhere(filters: AuditSearchFilters, beforeSeq: number | null): SQL | undefined {
  const where: SQL[] = [];
  if (beforeSeq !== null) where.push(lt(auditLog.seq, beforeSeq));
  if (filters.actorId) where.push(eq(auditLog.actorId, filters.actorId));
  if (filters.entityId !== "") where.push(eq(auditLog.entityId, filters.entityId));
  if (filters.action !== "") {
    // An exact action, or every action under a prefix ending in a dot ("case." → case.*); either
    // also finds the entries written under the names those actions had before.
    const action = filters.action;
    if (action.endsWith(".")) {
      const prefixed = like(auditLog.action, `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const legacy = legacyNamesUnder(action);
      where.push(legacy.length > 0 ? (or(prefixed, inArray(auditLog.action, legacy)) as SQL) : prefixed);
    } else {
      where.push(inArray(auditLog.action, auditNamesOf(action)));
    }
  }
  if (filters.outcome) where.push(eq(auditLog.outcome, filters.outcome));
  // Whole days of the office's calendar (the times the page shows are the office's), both ends included.
  if (filters.from)
    where.push(gte(auditLog.at, sql`(${filters.from}::date::timestamp at time zone ${OFFICE_TIME_ZONE})`));
  if (filters.to) {
    where.push(lt(auditLog.at, sql`((${filters.to}::date + 1)::timestamp at time zone ${OFFICE_TIME_ZONE})`));
  }
  return and(...where);
}

/** One page of matching entries, newest first, with the actor's name. */
export function auditPage(
  db: Executor,
  filters: AuditSearchFilters,
  beforeSeq: number | null,
  limit: number,
) {
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      action: auditLog.action,
      outcome: auditLog.outcome,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      ip: auditLog.ip,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(auditWhere(filters, beforeSeq))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}
