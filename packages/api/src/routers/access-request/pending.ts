import { accessRequestDecisions, accessRequests, cases, people, users } from "@kelias/db";
import { type CaseFacts, can, caseScope, displayName } from "@kelias/domain";
import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { caseFactsOf } from "../../case-access";
import { authedProcedure } from "../../trpc";

/** How many waiting requests the page shows, oldest first. */
const PENDING_LIMIT = 200;

/**
 * The access requests waiting for the actor's decision, oldest first: on the cases they own (not
 * restricted) and on every case of the programmes they manage, each checked with `access.decide`.
 */
export const pending = authedProcedure
  .meta({ action: "access.list" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "access.list" });
    const scope = caseScope(ctx.user, "access");
    const reach: SQL[] = [];
    if (scope.assignedUserId) reach.push(eq(cases.ownerId, scope.assignedUserId));
    if (scope.managedProgrammes.length > 0)
      reach.push(inArray(cases.programme, [...scope.managedProgrammes]));
    if (reach.length === 0) return [];
    const rows = await ctx.db
      .select({
        decisionId: accessRequestDecisions.id,
        version: accessRequestDecisions.version,
        requestId: accessRequests.id,
        requesterId: accessRequests.requesterId,
        requesterName: users.name,
        reason: accessRequests.reason,
        reasons: accessRequestDecisions.reasons,
        requestedAt: accessRequestDecisions.createdAt,
        caseId: cases.id,
        reference: cases.reference,
        programme: cases.programme,
        restricted: cases.restricted,
        ownerId: cases.ownerId,
        personGivenName: people.givenName,
        personFamilyName: people.familyName,
      })
      .from(accessRequestDecisions)
      .innerJoin(accessRequests, eq(accessRequests.id, accessRequestDecisions.requestId))
      .innerJoin(users, eq(users.id, accessRequests.requesterId))
      .innerJoin(cases, eq(cases.id, accessRequestDecisions.caseId))
      .innerJoin(people, eq(people.id, cases.personId))
      .where(and(eq(accessRequestDecisions.state, "pending"), or(...reach)))
      .orderBy(asc(accessRequestDecisions.createdAt), asc(accessRequestDecisions.id))
      .limit(PENDING_LIMIT);
    const facts = await caseFactsOf(
      ctx.db,
      rows.map((r) => ({
        id: r.caseId,
        programme: r.programme,
        restricted: r.restricted,
        ownerId: r.ownerId,
      })),
    );
    const mine = rows.filter((r) =>
      can(ctx.user, {
        kind: "access.decide",
        case: facts.get(r.caseId) as CaseFacts,
        requesterId: r.requesterId,
      }),
    );
    await recordAllowed(ctx.db, ctx, "accessRequest.pending", null, {
      caseIds: [...new Set(mine.map((r) => r.caseId))],
    });
    return mine.map(({ personGivenName, personFamilyName, ownerId: _, ...r }) => ({
      ...r,
      personName: displayName({ givenName: personGivenName, familyName: personFamilyName }),
    }));
  });
