import { accessRequestDecisions, accessRequests, cases } from "@kelias/db";
import { type AccessDecisionState, accessRequestState, isWithdrawable } from "@kelias/domain";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/** How many of one's own requests the page shows, newest first. */
const MINE_LIMIT = 100;

/**
 * The actor's own access requests, newest first. Before a grant a request says nothing about the
 * cases it asks for (not even how many): only its state, the reason given, the deciders' notes;
 * a granted case is named with its reference, since the requester may now open it.
 */
export const mine = authedProcedure
  .meta({ action: "access.list" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "access.list" });
    const requests = await ctx.db
      .select()
      .from(accessRequests)
      .where(eq(accessRequests.requesterId, ctx.user.id))
      .orderBy(desc(accessRequests.createdAt), desc(accessRequests.id))
      .limit(MINE_LIMIT);
    const decisions =
      requests.length === 0
        ? []
        : await ctx.db
            .select({
              requestId: accessRequestDecisions.requestId,
              state: accessRequestDecisions.state,
              note: accessRequestDecisions.note,
              decidedAt: accessRequestDecisions.decidedAt,
              caseId: accessRequestDecisions.caseId,
              reference: cases.reference,
            })
            .from(accessRequestDecisions)
            .innerJoin(cases, eq(cases.id, accessRequestDecisions.caseId))
            .where(
              inArray(
                accessRequestDecisions.requestId,
                requests.map((r) => r.id),
              ),
            )
            .orderBy(asc(accessRequestDecisions.decidedAt));
    return requests.map((request) => {
      const own = decisions.filter((d) => d.requestId === request.id);
      const states = own.map((d) => d.state as AccessDecisionState);
      return {
        id: request.id,
        version: request.version,
        reason: request.reason,
        createdAt: request.createdAt,
        state: accessRequestState(states),
        withdrawable: isWithdrawable(states),
        granted: own
          .filter((d) => d.state === "granted")
          .map((d) => ({ caseId: d.caseId, reference: d.reference })),
        notes: own
          .filter((d) => d.note !== "" && d.decidedAt !== null)
          .map((d) => ({ note: d.note, decidedAt: d.decidedAt as Date })),
      };
    });
  });
