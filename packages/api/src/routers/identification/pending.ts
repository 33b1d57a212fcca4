import { cases, identificationDecisions, users } from "@kelias/db";
import { can, caseScope } from "@kelias/domain";
import { and, asc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

const proposer = alias(users, "proposer");
const decision = alias(identificationDecisions, "decision");

/**
 * The proposals waiting for a decision in the counter-trafficking cases the actor manages, oldest
 * first (the approvals queue reads it). Other managers receive an empty list.
 */
export const pending = authedProcedure
  .meta({ action: "identification.pending" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "identification.pending" });
    const rows = can(ctx.user, { kind: "identification.decideAny" })
      ? await ctx.db
          .select({
            proposalId: identificationDecisions.id,
            caseId: cases.id,
            caseReference: cases.reference,
            status: identificationDecisions.status,
            assessment: identificationDecisions.assessment,
            proposedById: identificationDecisions.actorId,
            proposedByName: proposer.name,
            at: identificationDecisions.at,
          })
          .from(identificationDecisions)
          .innerJoin(cases, eq(cases.id, identificationDecisions.caseId))
          .innerJoin(proposer, eq(proposer.id, identificationDecisions.actorId))
          .leftJoin(
            decision,
            and(eq(decision.proposalId, identificationDecisions.id), eq(decision.kind, "decision")),
          )
          .where(
            and(
              eq(identificationDecisions.kind, "proposal"),
              isNull(decision.id),
              eq(cases.programme, "counter_trafficking"),
              // Decisions asked of this manager: every counter-trafficking case is restricted.
              caseScopeSql(ctx, caseScope(ctx.user, "access")),
            ),
          )
          .orderBy(asc(identificationDecisions.at))
      : [];
    await recordAllowed(ctx.db, ctx, "identification.pending", null, { count: rows.length });
    return rows.map((r) => ({
      proposalId: r.proposalId,
      caseId: r.caseId,
      caseReference: r.caseReference,
      status: r.status,
      recommendation: r.assessment.recommendation,
      proposedById: r.proposedById,
      proposedByName: r.proposedByName,
      at: r.at,
      /** The actor proposed it: someone else decides. */
      ownProposal: r.proposedById === ctx.user.id,
    }));
  });
