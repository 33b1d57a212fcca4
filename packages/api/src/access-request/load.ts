import { accessRequestDecisions, accessRequests, cases } from "@kelias/db";
import { type CaseFacts, can } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { deny } from "../authorize";
import { caseFactsOf } from "../case-access";
import type { AuthedContext } from "../context";

/** The target of the audit entries about one access request. */
export const accessRequestTarget = (id: string) => ({ entityType: "access_request", entityId: id });

/**
 * Loads a decision for its decider: one on a case the actor may not read answers NOT_FOUND, like
 * one that does not exist; on a case they read but whose requests they do not decide, FORBIDDEN.
 */
export async function requireDecision(ctx: AuthedContext & { action: string }, decisionId: string) {
  const target = { entityType: "access_request_decision", entityId: decisionId };
  const [found] = await ctx.db
    .select({
      decision: accessRequestDecisions,
      requesterId: accessRequests.requesterId,
      caseRow: {
        id: cases.id,
        programme: cases.programme,
        restricted: cases.restricted,
        ownerId: cases.ownerId,
      },
    })
    .from(accessRequestDecisions)
    .innerJoin(accessRequests, eq(accessRequests.id, accessRequestDecisions.requestId))
    .innerJoin(cases, eq(cases.id, accessRequestDecisions.caseId))
    .where(eq(accessRequestDecisions.id, decisionId))
    .limit(1);
  if (!found) return deny(ctx, ctx.action, "NOT_FOUND", target);
  const facts = (await caseFactsOf(ctx.db, [found.caseRow])).get(found.caseRow.id) as CaseFacts;
  const caseTarget = { entityType: "case", entityId: found.caseRow.id };
  if (!can(ctx.user, { kind: "case.read", case: facts })) return deny(ctx, ctx.action, "NOT_FOUND", target);
  if (!can(ctx.user, { kind: "access.decide", case: facts, requesterId: found.requesterId })) {
    return deny(ctx, ctx.action, "FORBIDDEN", caseTarget);
  }
  return { decision: found.decision, requesterId: found.requesterId, facts };
}
