import { cases, people, traffickingScreeningRevisions, traffickingScreenings } from "@kelias/db";
import {
  assessIdentification,
  CURRENT_ILO_CATALOGUE,
  caseScope,
  EMPTY_TRAFFICKING_PROFILE,
  type IdentificationRefusalReason,
  newScreeningFacts,
  officeToday,
  SCREENING_REFERRAL_SOURCE,
  screenForTraffickingInput,
} from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { authorize, deny } from "../../authorize";
import { authoredBy } from "../../authorship";
import { requireCase } from "../../case-access";
import { insertCase } from "../../case-insert";
import { caseTarget } from "../../case-record/audit";
import { writeOnce } from "../../idempotency";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

/**
 * "Screen for trafficking" from a case of another programme: opens a counter-trafficking case for
 * the same person (restricted, as every such case), owned by the actor, with a screening linked to
 * the source case that starts from the age on the person's record (`newScreeningFacts`). Asked again, it answers the case already opened from that source.
 *
 * The input names the source case `sourceCaseId` (the case this opens is another one), so the
 * source is loaded here rather than by `caseProcedure`.
 */
export const screenForTrafficking = authedProcedure
  .meta({ action: "case.create" })
  .input(screenForTraffickingInput)
  .mutation(async ({ ctx, input }) => {
    const { row: source } = await requireCase(ctx, input.sourceCaseId, "case.update");
    const target = caseTarget(source.id);
    if (source.programme === "counter_trafficking") {
      return deny(
        ctx,
        ctx.action,
        "BAD_REQUEST",
        target,
        "already_counter_trafficking" satisfies IdentificationRefusalReason,
      );
    }
    await authorize(ctx, { kind: "case.create", programme: "counter_trafficking" }, target);
    const now = new Date();
    const programme = "counter_trafficking" as const;
    return writeOnce(ctx, { procedure: "identification.screenForTrafficking", input }, async (tx) => {
      // Inside the write, so that a retry with the key replays the first answer (created) instead.
      const [opened] = await tx
        .select({ id: cases.id, reference: cases.reference })
        .from(traffickingScreenings)
        .innerJoin(cases, eq(cases.id, traffickingScreenings.caseId))
        .where(
          and(
            eq(traffickingScreenings.sourceCaseId, source.id),
            caseScopeSql(ctx, caseScope(ctx.user, "access")),
          ),
        )
        .limit(1);
      if (opened) return { ...opened, created: false };
      const created = await insertCase(tx, {
        programme,
        personId: source.personId,
        ownerId: ctx.user.id,
        now,
        // Screened from another of the office's cases: the office referred it to itself.
        referralSource: SCREENING_REFERRAL_SOURCE,
      });
      const [person] = await tx
        .select({
          dateOfBirth: people.dateOfBirth,
          estimatedAge: people.estimatedAge,
          ageEstimatedOn: people.ageEstimatedOn,
        })
        .from(people)
        .where(eq(people.id, source.personId))
        .limit(1);
      if (!person) throw new Error("the source case's person is missing");
      const today = officeToday(now);
      const facts = newScreeningFacts(person, today);
      const [screening] = await tx
        .insert(traffickingScreenings)
        .values({
          caseId: created.id,
          sourceCaseId: source.id,
          facts,
          indicatorCatalogueId: CURRENT_ILO_CATALOGUE.id,
          assessment: assessIdentification(facts, { today }),
          ...authoredBy(ctx.user.id, now),
        })
        .returning({ id: traffickingScreenings.id, version: traffickingScreenings.version });
      if (!screening) throw new Error("screening insert returned nothing");
      await tx.insert(traffickingScreeningRevisions).values({
        screeningId: screening.id,
        version: screening.version,
        facts,
        profile: EMPTY_TRAFFICKING_PROFILE,
        savedBy: ctx.user.id,
        savedAt: now,
      });
      await recordAllowed(tx, ctx, "case.create", caseTarget(created.id), {
        programme,
        personId: source.personId,
        reference: created.reference,
        sourceCaseId: source.id,
      });
      await recordAllowed(tx, ctx, "identification.screenForTrafficking", target, { caseId: created.id });
      return { ...created, created: true };
    });
  });
