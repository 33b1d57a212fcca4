import { identificationDecisions, reflectionPeriodLengths, traffickingScreenings } from "@kelias/db";
import {
  DEFAULT_REFLECTION_COUNTRY,
  type IdentificationRefusalReason,
  identificationDecideInput,
  officeToday,
  pathToReflectionPeriod,
  reflectionPeriod,
  reflectionPeriodDays,
  startsReflectionPeriod,
  type TraffickingStatus,
} from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { requireCase } from "../../case-access";
import { caseTarget } from "../../case-record/audit";
import { claimVersion } from "../../concurrency";
import { pendingProposal } from "../../identification/pending-proposal";
import { assessScreening, screeningOf, screeningSnapshot } from "../../identification/screening";
import { requireScreeningAccess } from "../../identification/screening-access";
import { staleAgainst } from "../../stale-target";
import { authedProcedure } from "../../trpc";
import { moveCase } from "../../workflow/move-case";

/**
 * A counter-trafficking manager confirms or overrules the pending proposal, with a reason and the
 * deciding organisation. A decided presumed (or actual) victim starts the reflection period: its
 * length is the configured one for the country, a task falls due before it ends, and the case
 * moves along its workflow to the reflection period (`pathToReflectionPeriod`).
 *
 * The input names the proposal, not the case: the case is the proposal's, loaded here.
 */
export const decide = authedProcedure
  .meta({ action: "identification.decide" })
  .input(identificationDecideInput)
  .mutation(async ({ ctx, input }) => {
    const [proposal] = await ctx.db
      .select()
      .from(identificationDecisions)
      .where(
        and(eq(identificationDecisions.id, input.proposalId), eq(identificationDecisions.kind, "proposal")),
      )
      .limit(1);
    if (!proposal) {
      return deny(ctx, ctx.action, "NOT_FOUND", { entityType: "identification", entityId: input.proposalId });
    }
    const loaded = await requireCase(ctx, proposal.caseId, "case.read");
    await requireScreeningAccess(ctx, loaded, "case.field.read");
    const { row, facts } = loaded;
    const target = caseTarget(row.id);
    await authorize(ctx, { kind: "identification.decide", case: facts }, target);
    const pending = await pendingProposal(ctx.db, row.id);
    if (!pending || pending.id !== proposal.id) {
      return deny(
        ctx,
        ctx.action,
        "BAD_REQUEST",
        target,
        "proposal_not_pending" satisfies IdentificationRefusalReason,
      );
    }
    if (proposal.actorId === ctx.user.id) {
      return deny(ctx, ctx.action, "FORBIDDEN", target, "own_proposal" satisfies IdentificationRefusalReason);
    }
    const screening = await screeningOf(ctx.db, row.id);
    if (!screening) throw new Error("a proposal without its screening");
    const status: TraffickingStatus =
      input.outcome === "confirm" ? proposal.status : (input.status ?? proposal.status);
    // The decision is taken on the facts as they stand now, which the snapshot keeps.
    const now = new Date();
    const assessment = assessScreening(screening.facts, screening.indicatorCatalogueId, now);
    const starts = startsReflectionPeriod(status) && !screening.reflectionStartsOn;
    const country = input.reflectionCountry ?? DEFAULT_REFLECTION_COUNTRY;
    const lengths = starts
      ? await ctx.db
          .select({ countryCode: reflectionPeriodLengths.countryCode, days: reflectionPeriodLengths.days })
          .from(reflectionPeriodLengths)
          .where(eq(reflectionPeriodLengths.countryCode, country))
      : [];
    const period = starts ? reflectionPeriod(officeToday(now), reflectionPeriodDays(country, lengths)) : null;
    // The input names no case: a stale screening or case is audited against the proposal's case.
    return staleAgainst(target, () =>
      ctx.db.transaction(async (tx) => {
        await claimVersion(tx, traffickingScreenings, screening.id, screening.version, {
          // The facts did not change, so neither does the time they were saved.
          updatedAt: screening.updatedAt,
          ...(period
            ? {
                reflectionCountry: country,
                reflectionDays: period.days,
                reflectionStartsOn: period.startsOn,
                reflectionEndsOn: period.endsOn,
              }
            : {}),
        });
        const [decision] = await tx
          .insert(identificationDecisions)
          .values({
            caseId: row.id,
            kind: "decision",
            proposalId: proposal.id,
            outcome: input.outcome,
            status,
            decidingOrganisation: input.decidingOrganisation,
            reason: input.reason,
            ...screeningSnapshot(screening, assessment),
            actorId: ctx.user.id,
            at: now,
          })
          .returning({ id: identificationDecisions.id });
        if (!decision) throw new Error("decision insert returned nothing");
        let state = row.state;
        if (period) {
          const path = pathToReflectionPeriod(row.state, input.reason);
          const moved = await moveCase(tx, ctx.user.id, {
            case: row,
            version: row.version,
            steps: path,
            reason: input.reason,
            movedBy: ctx.user.id,
            approvalId: null,
            tasks: [
              ...path.flatMap((move) => move.tasks),
              { kind: "reflection_period_ending", dueDate: period.reminderDueOn },
            ],
            at: now,
          });
          state = moved.state;
        }
        await recordAllowed(tx, ctx, "identification.decide", target, {
          proposalId: proposal.id,
          decisionId: decision.id,
          outcome: input.outcome,
          status,
          decidingOrganisation: input.decidingOrganisation,
          ...(period ? { reflectionStartsOn: period.startsOn, reflectionEndsOn: period.endsOn, state } : {}),
        });
        return { decisionId: decision.id, status, state, reflection: period };
      }),
    );
  });
