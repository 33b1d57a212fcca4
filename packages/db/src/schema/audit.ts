import { AUDIT_OUTCOMES } from "@kelias/domain";
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { oneOf } from "./columns";

/**
 * Append-only and hash-chained: each entry stores the hash of the one before it, so removing or
 * editing an entry breaks the chain and `verifyAuditChain` finds where.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigint({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true, mode: "string" }).notNull(),
    actorId: uuid(),
    action: text().notNull(),
    outcome: text().$type<(typeof AUDIT_OUTCOMES)[number]>().notNull(),
    entityType: text(),
    entityId: text(),
    ip: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.actorId),
    check("audit_log_outcome_check", oneOf(t.outcome, AUDIT_OUTCOMES)),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
