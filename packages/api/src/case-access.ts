import { caseAccessGrants, caseAssignments, cases, type Executor } from "@kelias/db";
import { type CaseFacts, can } from "@kelias/domain";
import { eq, inArray } from "drizzle-orm";
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
  | "case.task.assign"
  | "case.assessment.read"
  | "case.assessment.write"
  | "case.feedback.read"
  | "case.feedback.write"
  | "case.reintegration.write"
  | "case.travel.read"
  | "case.travel.write";

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
  const facts = (await caseFactsOf(ctx.db, [row])).get(row.id) as CaseFacts;
  if (!can(ctx.user, { kind: "case.read", case: facts })) return deny(ctx, action, "NOT_FOUND", target);
  if (!can(ctx.user, { kind, case: facts })) return deny(ctx, action, "FORBIDDEN", target);
  return { row, facts };
}

/**
 * What the policy needs to decide on each of these cases: programme, restriction, owner, the people
 * assigned and those granted read access by an access request.
 */
export async function caseFactsOf(
  db: Executor,
  rows: readonly Pick<typeof cases.$inferSelect, "id" | "programme" | "restricted" | "ownerId">[],
): Promise<Map<string, CaseFacts>> {
  const ids = rows.map((r) => r.id);
  const [assignees, readers] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .select({ caseId: caseAssignments.caseId, userId: caseAssignments.userId })
            .from(caseAssignments)
            .where(inArray(caseAssignments.caseId, ids)),
          db
            .select({ caseId: caseAccessGrants.caseId, userId: caseAccessGrants.userId })
            .from(caseAccessGrants)
            .where(inArray(caseAccessGrants.caseId, ids)),
        ]);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        programme: row.programme,
        restricted: row.restricted,
        ownerId: row.ownerId,
        assigneeIds: assignees.filter((a) => a.caseId === row.id).map((a) => a.userId),
        readerIds: readers.filter((r) => r.caseId === row.id).map((r) => r.userId),
      },
    ]),
  );
}
