import { accessRequestDecisions, accessRequests } from "@kelias/db";
import { accessRequestWithdrawInput, can } from "@kelias/domain";
import { and, eq, sql } from "drizzle-orm";
import { accessRequestTarget } from "../../access-request/load";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { claimVersion, StaleVersion } from "../../concurrency";
import { staleAgainst } from "../../stale-target";
import { authedProcedure } from "../../trpc";

/**
 * The requester withdraws a request: its decisions still waiting are closed as withdrawn (a decider
 * shown one gets a stale refusal); those already made stand. Someone else's request is NOT_FOUND.
 */
export const withdraw = authedProcedure
  .meta({ action: "access.withdraw" })
  .input(accessRequestWithdrawInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "access.request" });
    const target = accessRequestTarget(input.requestId);
    const [request] = await ctx.db
      .select({ id: accessRequests.id, requesterId: accessRequests.requesterId })
      .from(accessRequests)
      .where(eq(accessRequests.id, input.requestId))
      .limit(1);
    // Someone else's request is answered as one that does not exist.
    if (!request || !can(ctx.user, { kind: "access.withdraw", requesterId: request.requesterId })) {
      return deny(ctx, ctx.action, "NOT_FOUND", target);
    }
    return staleAgainst(target, () =>
      ctx.db.transaction(async (tx) => {
        const version = await claimVersion(tx, accessRequests, request.id, input.version);
        const closed = await tx
          .update(accessRequestDecisions)
          .set({
            state: "withdrawn",
            version: sql`${accessRequestDecisions.version} + 1`,
            updatedAt: new Date(),
          })
          .where(
            and(
              eq(accessRequestDecisions.requestId, request.id),
              eq(accessRequestDecisions.state, "pending"),
            ),
          )
          .returning({ id: accessRequestDecisions.id });
        // Nothing left waiting: the request was decided since it was shown.
        if (closed.length === 0) throw new StaleVersion();
        await recordAllowed(tx, ctx, "accessRequest.withdraw", target, { withdrawn: closed.length });
        return { id: request.id, version };
      }),
    );
  });
