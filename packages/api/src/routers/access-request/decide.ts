import { accessRequestDecisions, caseAccessGrants } from "@kelias/db";
import { accessRequestDecideInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { requireDecision } from "../../access-request/load";
import { recordAllowed } from "../../audit/record";
import { caseTarget } from "../../case-record/audit";
import { claimVersionWhere } from "../../concurrency";
import { staleAgainst } from "../../stale-target";
import { authedProcedure } from "../../trpc";

/**
 * Grants or refuses a request for access to one case, with an optional note for the requester. A
 * grant gives the requester read access to that case (`case_access_grants`, `CaseFacts.readerIds`):
 * they open it, see it in their lists unless it is restricted, and change nothing. Only a pending
 * decision shown at its current version is made: one decided, withdrawn or changed since is stale.
 */
export const decide = authedProcedure
  .meta({ action: "access.decide" })
  .input(accessRequestDecideInput)
  .mutation(async ({ ctx, input }) => {
    const loaded = await requireDecision(ctx, input.decisionId);
    const { decision } = loaded;
    // A stale decision is audited against the case it was about.
    return staleAgainst(caseTarget(decision.caseId), () =>
      ctx.db.transaction(async (tx) => {
        const version = await claimVersionWhere(
          tx,
          accessRequestDecisions,
          and(eq(accessRequestDecisions.id, decision.id), eq(accessRequestDecisions.state, "pending")) ??
            eq(accessRequestDecisions.id, decision.id),
          input.version,
          {
            state: input.grant ? "granted" : "refused",
            decidedBy: ctx.user.id,
            decidedAt: new Date(),
            note: input.note,
          },
        );
        if (input.grant) {
          await tx
            .insert(caseAccessGrants)
            .values({
              caseId: decision.caseId,
              userId: loaded.requesterId,
              decisionId: decision.id,
              grantedBy: ctx.user.id,
            })
            .onConflictDoNothing();
        }
        await recordAllowed(tx, ctx, "accessRequest.decide", caseTarget(decision.caseId), {
          requestId: decision.requestId,
          decisionId: decision.id,
          requesterId: loaded.requesterId,
          grant: input.grant,
        });
        return { id: decision.id, version };
      }),
    );
  });
