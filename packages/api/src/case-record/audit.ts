import { appendAudit, type Executor } from "@kelias/db";
import type { AuthedContext } from "../context";

/** The target of every record change in the audit log: the case, so its timeline shows it. */
export const caseTarget = (caseId: string) => ({ entityType: "case", entityId: caseId });

/**
 * Appends an allowed change of the case record to the audit log, in the transaction of the change,
 * under an action that is not yet in the audit catalogue. A procedure in the catalogue writes
 * through `recordAllowed` (audit/record.ts) instead, which checks its detail.
 */
export async function auditChange(
  tx: Executor,
  ctx: AuthedContext,
  caseId: string,
  action: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await appendAudit(tx, {
    actorId: ctx.user.id,
    action,
    outcome: "allowed",
    ...caseTarget(caseId),
    ip: ctx.ip,
    detail,
  });
}
