import { traffickingScreeningRevisions, traffickingScreenings } from "@kelias/db";
import { CURRENT_ILO_CATALOGUE, screeningSaveInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";
import { claimVersion, StaleVersion } from "../../concurrency";
import { assessScreening, screeningOf } from "../../identification/screening";
import { requireScreeningAccess } from "../../identification/screening-access";

/**
 * Saves the facts and the HTCDS profile against the version read (null: the first save); the
 * server assesses them and stores its assessment. Every version is kept as a revision.
 */
export const save = caseProcedure("case.update", screeningSaveInput)
  .meta({ action: "case.field.write" })
  .mutation(async ({ ctx, input }) => {
    const { row } = ctx.case;
    await requireScreeningAccess(ctx, ctx.case, "case.field.write");
    const current = await screeningOf(ctx.db, row.id);
    if ((current?.version ?? null) !== input.version) throw new StaleVersion();
    const catalogueId = current?.indicatorCatalogueId ?? CURRENT_ILO_CATALOGUE.id;
    const now = new Date();
    const assessment = assessScreening(input.facts, catalogueId, now);
    const values = {
      facts: input.facts,
      indicatorCatalogueId: catalogueId,
      assessment,
      ...input.profile,
      updatedBy: ctx.user.id,
      updatedAt: now,
    };
    return ctx.db.transaction(async (tx) => {
      const saved = current
        ? {
            id: current.id,
            version: await claimVersion(tx, traffickingScreenings, current.id, current.version, values),
          }
        : (
            await tx
              .insert(traffickingScreenings)
              .values({ caseId: row.id, ...values, createdBy: ctx.user.id, createdAt: now })
              .onConflictDoNothing()
              .returning({ id: traffickingScreenings.id, version: traffickingScreenings.version })
          )[0];
      // Someone saved the case's first screening meanwhile.
      if (!saved) throw new StaleVersion();
      await tx.insert(traffickingScreeningRevisions).values({
        screeningId: saved.id,
        version: saved.version,
        facts: input.facts,
        profile: input.profile,
        savedBy: ctx.user.id,
        savedAt: now,
      });
      // Which screening version and the recommendation it led to; never the facts (kept for ever).
      await recordAllowed(tx, ctx, "identification.save", caseTarget(row.id), {
        screeningId: saved.id,
        version: saved.version,
        recommendation: assessment.recommendation,
      });
      return { ...saved, assessment };
    });
  });
