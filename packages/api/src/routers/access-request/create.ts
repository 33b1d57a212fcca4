import { accessRequestDecisions, accessRequests, cases } from "@kelias/db";
import { accessRequestCreateInput, accessRequestTargets, type CaseFacts } from "@kelias/domain";
import { and, eq, inArray } from "drizzle-orm";
import { accessRequestTarget } from "../../access-request/load";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { caseFactsOf } from "../../case-access";
import { writeOnce } from "../../idempotency";
import { findDuplicates } from "../../person/duplicates";
import { authedProcedure } from "../../trpc";

/**
 * Asks for access to the cases of the people the duplicate check found outside the actor's scope,
 * instead of registering the person twice. The check runs again on what was typed, so the request
 * reaches exactly the cases the announcement was about, and the answer tells the requester nothing
 * more than the announcement did (not how many cases, nor whether any is restricted). Cases already
 * asked for by a pending request of the actor are not asked for again.
 */
export const create = authedProcedure
  .meta({ action: "access.request" })
  .input(accessRequestCreateInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "access.request" });
    const hidden = [...(await findDuplicates(ctx, input.candidate)).entries()].filter(([, m]) => !m.visible);
    const rows =
      hidden.length === 0
        ? []
        : await ctx.db
            .select({
              id: cases.id,
              programme: cases.programme,
              restricted: cases.restricted,
              ownerId: cases.ownerId,
              personId: cases.personId,
            })
            .from(cases)
            .where(
              inArray(
                cases.personId,
                hidden.map(([id]) => id),
              ),
            );
    const facts = await caseFactsOf(ctx.db, rows);
    const targets = accessRequestTargets(
      ctx.user,
      rows.map((r) => ({ id: r.id, facts: facts.get(r.id) as CaseFacts })),
    );
    if (targets.length === 0) return deny(ctx, ctx.action, "BAD_REQUEST", {}, "nothing_to_request");
    return writeOnce(ctx, { procedure: "accessRequest.create", input }, async (tx) => {
      const asked = await tx
        .select({ caseId: accessRequestDecisions.caseId })
        .from(accessRequestDecisions)
        .innerJoin(accessRequests, eq(accessRequests.id, accessRequestDecisions.requestId))
        .where(
          and(
            eq(accessRequests.requesterId, ctx.user.id),
            eq(accessRequestDecisions.state, "pending"),
            inArray(accessRequestDecisions.caseId, targets),
          ),
        );
      const already = new Set(asked.map((a) => a.caseId));
      const fresh = rows.filter((r) => targets.includes(r.id) && !already.has(r.id));
      if (fresh.length === 0) return ALREADY_REQUESTED;
      const [request] = await tx
        .insert(accessRequests)
        .values({ requesterId: ctx.user.id, reason: input.reason })
        .returning({ id: accessRequests.id });
      if (!request) throw new Error("access request insert returned nothing");
      const reasons = new Map(hidden.map(([id, m]) => [id, [...m.reasons].sort()]));
      await tx.insert(accessRequestDecisions).values(
        fresh.map((r) => ({
          requestId: request.id,
          caseId: r.id,
          personId: r.personId,
          reasons: reasons.get(r.personId) ?? [],
        })),
      );
      await recordAllowed(tx, ctx, "accessRequest.create", accessRequestTarget(request.id), {
        caseIds: fresh.map((r) => r.id),
        personIds: [...new Set(fresh.map((r) => r.personId))],
      });
      return { id: request.id };
    }).then(async (result) => {
      if (result === ALREADY_REQUESTED) return deny(ctx, ctx.action, "BAD_REQUEST", {}, "already_requested");
      return result;
    });
  });

const ALREADY_REQUESTED = Symbol("already requested");
