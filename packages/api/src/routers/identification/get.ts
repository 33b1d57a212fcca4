import { cases, people, users } from "@kelias/db";
import {
  CURRENT_ILO_CATALOGUE,
  can,
  caseScope,
  EMPTY_TRAFFICKING_PROFILE,
  ILO_CATALOGUES,
  newScreeningFacts,
  officeToday,
  screeningGetInput,
} from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../audit/record";
import { caseProcedure } from "../../case-procedure";
import { caseTarget } from "../../case-record/audit";
import { pendingProposal } from "../../identification/pending-proposal";
import { profileOf, screeningOf } from "../../identification/screening";
import { requireScreeningAccess } from "../../identification/screening-access";
import { caseScopeSql } from "../../scope";

/**
 * The screening of a counter-trafficking case: facts, HTCDS profile, the stored assessment, the
 * pending proposal, the reflection period, the case it was opened from, and what the actor may do.
 */
export const get = caseProcedure("case.read", screeningGetInput).query(async ({ ctx }) => {
  const { row, facts } = ctx.case;
  await requireScreeningAccess(ctx, ctx.case, "case.field.read");
  const screening = await screeningOf(ctx.db, row.id);
  const pending = await pendingProposal(ctx.db, row.id);
  // The case it was opened from is another case: named only to those who may open it, and
  // otherwise left out altogether (not even that there is one).
  const [source] = screening?.sourceCaseId
    ? await ctx.db
        .select({ id: cases.id, reference: cases.reference, programme: cases.programme })
        .from(cases)
        .where(and(eq(cases.id, screening.sourceCaseId), caseScopeSql(ctx, caseScope(ctx.user, "access"))))
        .limit(1)
    : [];
  const [pendingBy] = pending
    ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, pending.actorId)).limit(1)
    : [];
  // A screening not yet saved starts from the age on the person's record.
  const [person] = screening
    ? []
    : await ctx.db
        .select({
          dateOfBirth: people.dateOfBirth,
          estimatedAge: people.estimatedAge,
          ageEstimatedOn: people.ageEstimatedOn,
        })
        .from(people)
        .where(eq(people.id, row.personId))
        .limit(1);
  const noAge = { dateOfBirth: null, estimatedAge: null, ageEstimatedOn: null };
  const mayWrite = can(ctx.user, { kind: "case.field.write", case: facts, category: "trafficking" });
  const mayDecide = can(ctx.user, { kind: "identification.decide", case: facts });
  await recordAllowed(ctx.db, ctx, "identification.read", caseTarget(row.id), {});
  const catalogueId = screening?.indicatorCatalogueId ?? CURRENT_ILO_CATALOGUE.id;
  return {
    caseId: row.id,
    caseState: row.state,
    screening: screening
      ? {
          id: screening.id,
          version: screening.version,
          facts: screening.facts,
          profile: profileOf(screening),
          assessment: screening.assessment,
          updatedAt: screening.updatedAt,
          reflection:
            screening.reflectionStartsOn && screening.reflectionEndsOn
              ? {
                  country: screening.reflectionCountry,
                  days: screening.reflectionDays,
                  startsOn: screening.reflectionStartsOn,
                  endsOn: screening.reflectionEndsOn,
                }
              : null,
        }
      : null,
    empty: {
      facts: newScreeningFacts(person ?? noAge, officeToday(new Date())),
      profile: EMPTY_TRAFFICKING_PROFILE,
    },
    catalogue: ILO_CATALOGUES[catalogueId] ?? CURRENT_ILO_CATALOGUE,
    sourceCase: source ? { id: source.id, reference: source.reference, programme: source.programme } : null,
    pending: pending
      ? {
          id: pending.id,
          status: pending.status,
          reason: pending.reason,
          assessment: pending.assessment,
          screeningVersion: pending.screeningVersion,
          proposedById: pending.actorId,
          proposedByName: pendingBy?.name ?? "",
          at: pending.at,
        }
      : null,
    permissions: {
      save: mayWrite,
      propose: mayWrite && pending === null && screening !== null,
      decide: mayDecide && pending !== null && pending.actorId !== ctx.user.id,
      ownProposal: pending !== null && pending.actorId === ctx.user.id,
    },
  };
});
