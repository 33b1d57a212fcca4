import { appendAudit, type Executor } from "@kelias/db";
import type { AuthedContext } from "../context";
import { type AuditAction, type AuditDetail, auditCatalogue } from "./catalogue";

interface Target {
  entityType: string;
  entityId?: string | null;
}

/** The record a refusal names, when it names one. */
export interface RefusalTarget {
  entityType?: string;
  entityId?: string | null;
}

/**
 * Appends an allowed action to the audit log, in the transaction of the change it records. The
 * detail is checked against the catalogue, so the log never holds a shape nobody declared. The
 * target is null for actions on no record in particular (a queue, a list).
 */
export async function recordAllowed<A extends AuditAction>(
  executor: Executor,
  ctx: AuthedContext,
  action: A,
  target: Target | null,
  detail: AuditDetail<A>,
): Promise<void> {
  await appendAudit(executor, {
    actorId: ctx.user.id,
    action,
    outcome: "allowed",
    entityType: target?.entityType ?? null,
    entityId: target?.entityId ?? null,
    ip: ctx.ip,
    detail: auditCatalogue[action].parse(detail) as Record<string, unknown>,
  });
}

/**
 * Appends a refusal to the audit log, under the procedure's path (or the policy's action, where no
 * procedure asks), outside any transaction: the refused change rolls back, its refusal stays.
 */
export async function recordDenied(
  ctx: AuthedContext,
  action: string,
  target: RefusalTarget,
  detail: Record<string, unknown>,
): Promise<void> {
  await appendAudit(ctx.db, {
    actorId: ctx.user.id,
    action,
    outcome: "denied",
    entityType: target.entityType ?? null,
    entityId: target.entityId ?? null,
    ip: ctx.ip,
    detail,
  });
}
