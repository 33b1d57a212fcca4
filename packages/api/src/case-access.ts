import { caseAssignments, cases } from "@kelias/db";
import { type CaseFacts, can } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { deny } from "./authorize";
import type { AuthedContext } from "./context";

export interface LoadedCase {
  row: typeof cases.$inferSelect;
  facts: CaseFacts;
}

export type CaseActionKind =
  | "case.read"
  | "case.update"
  | "case.assign"
  | "case.restrict"
  | "case.approve"
  | "case.task.assign";

/**
 * Loads a case for an action on it. A case the actor may not read answers NOT_FOUND, exactly like
 * one that does not exist; a readable case on which the action is not allowed answers FORBIDDEN.
 */
export async function requireCase(
  ctx: AuthedContext & { action?: string },
  caseId: string,
  kind: CaseActionKind,
): Promise<LoadedCase> {
  const target = { entityType: "case", entityId: caseId };
  // Refusals are audited under the procedure that was refused, not the policy action it needed.
  const action = ctx.action ?? kind;
  const [row] = await ctx.db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!row) return deny(ctx, action, "NOT_FOUND", target);
  const assignees = await ctx.db
    .select({ userId: caseAssignments.userId })
    .from(caseAssignments)
    .where(eq(caseAssignments.caseId, row.id));
  const facts: CaseFacts = {
    programme: row.programme,
    restricted: row.restricted,
    assigneeIds: assignees.map((a) => a.userId),
  };
  if (!can(ctx.user, { kind: "case.read", case: facts })) return deny(ctx, action, "NOT_FOUND", target);
  if (!can(ctx.user, { kind, case: facts })) return deny(ctx, action, "FORBIDDEN", target);
  return { row, facts };
}
