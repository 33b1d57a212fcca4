import { identificationDecisions, traffickingScreenings } from "@kelias/db";
import { type IdentificationRefusalReason, identificationProposeInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { deny } from "../../authorize";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";
import { claimVersion, requireVersion } from "../../concurrency";
import { pendingProposal } from "../../identification/pending-proposal";
import { assessScreening, screeningOf, screeningSnapshot } from "../../identification/screening";
import { requireScreeningAccess } from "../../identification/screening-access";

/**
 * The caseworker proposes a trafficking status on the screening version they saw; one proposal
 * waits for a decision at a time.
 */
export const propose = caseProcedure("case.update", identificationProposeInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    await requireScreeningAccess(ctx, ctx.case, "case.field.write");
    const screening = await screeningOf(ctx.db, row.id);
    if (!screening) {
      return deny(
        ctx,
        ctx.action,
        "BAD_REQUEST",
        target,
        "screening_missing" satisfies IdentificationRefusalReason,
      );
    }
    requireVersion(screening.version, input.screeningVersion);
    if (await pendingProposal(ctx.db, row.id)) {
      return deny(
        ctx,
        ctx.action,
        "BAD_REQUEST",
        target,
        "proposal_pending" satisfies IdentificationRefusalReason,
      );
    }
    const assessment = assessScreening(screening.facts, screening.indicatorCatalogueId, new Date());
    return ctx.db.transaction(async (tx) => {
      // Claiming the screening version serialises proposals: a second one sees a stale version. The
      // facts did not change, so neither does the time they were saved.
      const screeningVersion = await claimVersion(
        tx,
        traffickingScreenings,
        screening.id,
        screening.version,
        {
          updatedAt: screening.updatedAt,
        },
      );
      const [proposal] = await tx
        .insert(identificationDecisions)
        .values({
          caseId: row.id,
          kind: "proposal",
          status: input.status,
          reason: input.reason,
          ...screeningSnapshot(screening, assessment),
          actorId: ctx.user.id,
        })
        .returning({ id: identificationDecisions.id });
      if (!proposal) throw new Error("proposal insert returned nothing");
      await recordAllowed(tx, ctx, "identification.propose", target, {
        proposalId: proposal.id,
        status: input.status,
        recommendation: assessment.recommendation,
      });
      return { proposalId: proposal.id, screeningVersion, assessment };
    });
  },
);
