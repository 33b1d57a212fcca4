import {
  appendAudit,
  caseStateHistory,
  cases,
  caseWorkflowTasks,
  type Executor,
  identificationDecisions,
  reflectionPeriodLengths,
  traffickingScreeningRevisions,
  traffickingScreenings,
  users,
} from "@kelias/db";
import {
  assessIdentification,
  CURRENT_ILO_CATALOGUE,
  can,
  caseScope,
  checkTransition,
  DEFAULT_REFLECTION_COUNTRY,
  EMPTY_IDENTIFICATION_FACTS,
  EMPTY_TRAFFICKING_PROFILE,
  type IdentificationFacts,
  type IdentificationRefusalReason,
  ILO_CATALOGUES,
  identificationDecideInput,
  identificationHistoryInput,
  identificationProposeInput,
  officeToday,
  reflectionPeriod,
  reflectionPeriodDays,
  screenForTraffickingInput,
  screeningGetInput,
  screeningSaveInput,
  type TraffickingProfile,
  type TraffickingStatus,
} from "@kelias/domain";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { deny, refuseStale, STALE } from "../authorize";
import { type LoadedCase, requireCase } from "../case-access";
import { insertCase } from "../case-insert";
import { auditChange, caseTarget } from "../case-record/audit";
import { writeOnce } from "../idempotency";
import { caseScopeSql } from "../scope";
import { type AuthedContext, authedProcedure, router } from "../trpc";

type ScreeningRow = typeof traffickingScreenings.$inferSelect;

const refuse = (reason: IdentificationRefusalReason) => reason;

/** Statuses that, once decided, start the reflection period: the person is (at least) a presumed victim. */
const STARTS_REFLECTION: ReadonlySet<TraffickingStatus> = new Set([
  "PossibleVictimOfTrafficking",
  "ActualVictimOfTrafficking",
]);

/** The CT states the case passes on its way to the reflection period, from where it may stand. */
const TOWARDS_REFLECTION = ["referred", "screening", "presumed_victim", "reflection_period"] as const;

function profileOf(row: ScreeningRow): TraffickingProfile {
  return {
    typesOfExploitation: row.typesOfExploitation,
    methodsOfControl: row.methodsOfControl,
    sexualExploitationTypes: row.sexualExploitationTypes,
    forcedLabourIndustries: row.forcedLabourIndustries,
    recruitmentMethods: row.recruitmentMethods,
    relationshipToTrafficker: row.relationshipToTrafficker,
    countryOfExploitation: row.countryOfExploitation,
  };
}

/**
 * The server's assessment, against the catalogue the screening was recorded with; today (office
 * calendar) stands in for a screening date not recorded.
 */
function assess(facts: IdentificationFacts, catalogueId: string, now: Date) {
  const catalogue = ILO_CATALOGUES[catalogueId] ?? CURRENT_ILO_CATALOGUE;
  return assessIdentification(facts, { catalogue, today: officeToday(now) });
}

async function screeningOf(db: Executor, caseId: string): Promise<ScreeningRow | null> {
  const [row] = await db
    .select()
    .from(traffickingScreenings)
    .where(eq(traffickingScreenings.caseId, caseId))
    .limit(1);
  return row ?? null;
}

/** The latest proposal of the case that no decision names yet. */
async function pendingProposal(db: Executor, caseId: string) {
  const decision = alias(identificationDecisions, "decision");
  const [row] = await db
    .select({ proposal: identificationDecisions })
    .from(identificationDecisions)
    .leftJoin(
      decision,
      and(eq(decision.proposalId, identificationDecisions.id), eq(decision.kind, "decision")),
    )
    .where(
      and(
        eq(identificationDecisions.caseId, caseId),
        eq(identificationDecisions.kind, "proposal"),
        isNull(decision.id),
      ),
    )
    .orderBy(desc(identificationDecisions.at))
    .limit(1);
  return row?.proposal ?? null;
}

/** A counter-trafficking case the actor may act on; the screening belongs to those only. */
async function requireCtCase(
  ctx: AuthedContext,
  caseId: string,
  kind: "case.read" | "case.update",
  action: string,
): Promise<LoadedCase> {
  const loaded = await requireCase(ctx, caseId, kind);
  if (loaded.row.programme !== "counter_trafficking") {
    return deny(ctx, action, "BAD_REQUEST", caseTarget(caseId), refuse("not_counter_trafficking"));
  }
  // Screening facts are trafficking details: the field policy decides on top of the case access.
  const category = "trafficking" as const;
  const fieldKind = kind === "case.read" ? "case.field.read" : "case.field.write";
  if (!can(ctx.user, { kind: fieldKind, case: loaded.facts, category })) {
    return deny(ctx, action, "FORBIDDEN", caseTarget(caseId));
  }
  return loaded;
}

const proposer = alias(users, "proposer");

/**
 * Moves a counter-trafficking case along its workflow to the reflection period, one allowed step at
 * a time (referred → screening → presumed victim → reflection period), recording each move. A case
 * already past the reflection period, or out of that course, stays where it is.
 */
async function moveToReflectionPeriod(
  tx: Executor,
  row: typeof cases.$inferSelect,
  actorId: string,
  reason: string,
  now: Date,
): Promise<{ state: string; lastHistoryId: string | null }> {
  let state = row.state;
  let lastHistoryId: string | null = null;
  let index = TOWARDS_REFLECTION.indexOf(state as (typeof TOWARDS_REFLECTION)[number]);
  if (index < 0) return { state, lastHistoryId };
  while (index < TOWARDS_REFLECTION.length - 1) {
    const to = TOWARDS_REFLECTION[index + 1] as string;
    const check = checkTransition("counter_trafficking", state, to, {}, { reason });
    if (!check.ok || check.needsApproval) break;
    const [history] = await tx
      .insert(caseStateHistory)
      .values({
        caseId: row.id,
        fromState: state,
        toState: to,
        kind: check.kind,
        reason,
        movedBy: actorId,
        at: now,
      })
      .returning({ id: caseStateHistory.id });
    lastHistoryId = history?.id ?? lastHistoryId;
    state = to;
    index += 1;
  }
  return { state, lastHistoryId };
}

function decisionView(row: typeof identificationDecisions.$inferSelect, names: Map<string, string>) {
  return {
    id: row.id,
    kind: row.kind,
    proposalId: row.proposalId,
    outcome: row.outcome,
    status: row.status,
    decidingOrganisation: row.decidingOrganisation,
    reason: row.reason,
    screeningVersion: row.screeningVersion,
    indicatorCatalogueId: row.indicatorCatalogueId,
    assessment: row.assessment,
    actorId: row.actorId,
    actorName: names.get(row.actorId) ?? "",
    at: row.at,
  };
}

export const identificationRouter = router({
  /**
   * The screening of a counter-trafficking case: facts, HTCDS profile, the stored assessment, the
   * pending proposal, the reflection period, the case it was opened from, and what the actor may do.
   */
  get: authedProcedure
    .meta({ action: "case.read" })
    .input(screeningGetInput)
    .query(async ({ ctx, input }) => {
      const { row, facts } = await requireCtCase(ctx, input.caseId, "case.read", "identification.get");
      const screening = await screeningOf(ctx.db, row.id);
      const pending = await pendingProposal(ctx.db, row.id);
      // The case it was opened from is another case: named only to those who may open it, and
      // otherwise left out altogether (not even that there is one).
      const [source] = screening?.sourceCaseId
        ? await ctx.db
            .select({ id: cases.id, reference: cases.reference, programme: cases.programme })
            .from(cases)
            .where(
              and(eq(cases.id, screening.sourceCaseId), caseScopeSql(ctx, caseScope(ctx.user, "access"))),
            )
            .limit(1)
        : [];
      const [pendingBy] = pending
        ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, pending.actorId)).limit(1)
        : [];
      const mayWrite = can(ctx.user, { kind: "case.field.write", case: facts, category: "trafficking" });
      const mayDecide = can(ctx.user, { kind: "identification.decide", case: facts });
      // Named ".read" so the case timeline counts it among the reads, not the changes.
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "identification.read",
        outcome: "allowed",
        ...caseTarget(row.id),
        ip: ctx.ip,
      });
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
        empty: { facts: EMPTY_IDENTIFICATION_FACTS, profile: EMPTY_TRAFFICKING_PROFILE },
        catalogue: ILO_CATALOGUES[catalogueId] ?? CURRENT_ILO_CATALOGUE,
        sourceCase: source
          ? { id: source.id, reference: source.reference, programme: source.programme }
          : null,
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
    }),

  /** Saves the facts and the HTCDS profile; the server assesses them and stores its assessment. */
  save: authedProcedure
    .meta({ action: "case.field.write" })
    .input(screeningSaveInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCtCase(ctx, input.caseId, "case.update", "identification.save");
      const target = caseTarget(row.id);
      const current = await screeningOf(ctx.db, row.id);
      if ((current?.version ?? null) !== input.version) {
        return refuseStale(ctx, "identification.save", target);
      }
      const catalogueId = current?.indicatorCatalogueId ?? CURRENT_ILO_CATALOGUE.id;
      const now = new Date();
      const assessment = assess(input.facts, catalogueId, now);
      const values = {
        facts: input.facts,
        indicatorCatalogueId: catalogueId,
        assessment,
        ...input.profile,
        updatedBy: ctx.user.id,
        updatedAt: now,
      };
      const result = await ctx.db.transaction(async (tx) => {
        let saved: { id: string; version: number } | undefined;
        if (current) {
          [saved] = await tx
            .update(traffickingScreenings)
            .set({ ...values, version: sql`${traffickingScreenings.version} + 1` })
            .where(
              and(
                eq(traffickingScreenings.id, current.id),
                eq(traffickingScreenings.version, current.version),
              ),
            )
            .returning({ id: traffickingScreenings.id, version: traffickingScreenings.version });
        } else {
          [saved] = await tx
            .insert(traffickingScreenings)
            .values({ caseId: row.id, ...values, createdBy: ctx.user.id, createdAt: now })
            .onConflictDoNothing()
            .returning({ id: traffickingScreenings.id, version: traffickingScreenings.version });
        }
        if (!saved) return STALE;
        await tx.insert(traffickingScreeningRevisions).values({
          screeningId: saved.id,
          version: saved.version,
          facts: input.facts,
          profile: input.profile,
          savedBy: ctx.user.id,
          savedAt: now,
        });
        // Which screening version and the recommendation it led to; never the facts (kept for ever).
        await auditChange(tx, ctx, row.id, "identification.save", {
          screeningId: saved.id,
          version: saved.version,
          recommendation: assessment.recommendation,
        });
        return { ...saved, assessment };
      });
      if (result === STALE) return refuseStale(ctx, "identification.save", target);
      return result;
    }),

  /** The caseworker proposes a trafficking status on the screening version they saw. */
  propose: authedProcedure
    .meta({ action: "case.update" })
    .input(identificationProposeInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCtCase(ctx, input.caseId, "case.update", "identification.propose");
      const target = caseTarget(row.id);
      const screening = await screeningOf(ctx.db, row.id);
      if (!screening) {
        return deny(ctx, "identification.propose", "BAD_REQUEST", target, refuse("screening_missing"));
      }
      if (screening.version !== input.screeningVersion) {
        return refuseStale(ctx, "identification.propose", target);
      }
      if (await pendingProposal(ctx.db, row.id)) {
        return deny(ctx, "identification.propose", "BAD_REQUEST", target, refuse("proposal_pending"));
      }
      const assessment = assess(screening.facts, screening.indicatorCatalogueId, new Date());
      const result = await ctx.db.transaction(async (tx) => {
        // Claiming the screening version serialises proposals: a second one sees a stale version.
        const [claimed] = await tx
          .update(traffickingScreenings)
          .set({ version: sql`${traffickingScreenings.version} + 1` })
          .where(
            and(
              eq(traffickingScreenings.id, screening.id),
              eq(traffickingScreenings.version, screening.version),
            ),
          )
          .returning({ version: traffickingScreenings.version });
        if (!claimed) return STALE;
        const [proposal] = await tx
          .insert(identificationDecisions)
          .values({
            caseId: row.id,
            screeningId: screening.id,
            kind: "proposal",
            status: input.status,
            reason: input.reason,
            screeningVersion: screening.version,
            indicatorCatalogueId: screening.indicatorCatalogueId,
            facts: screening.facts,
            assessment,
            actorId: ctx.user.id,
          })
          .returning({ id: identificationDecisions.id });
        if (!proposal) throw new Error("proposal insert returned nothing");
        await auditChange(tx, ctx, row.id, "identification.propose", {
          proposalId: proposal.id,
          status: input.status,
          recommendation: assessment.recommendation,
        });
        return { proposalId: proposal.id, screeningVersion: claimed.version, assessment };
      });
      if (result === STALE) return refuseStale(ctx, "identification.propose", target);
      return result;
    }),

  /**
   * A counter-trafficking manager confirms or overrules the pending proposal, with a reason and the
   * deciding organisation. A decided presumed (or actual) victim starts the reflection period: its
   * length is the configured one for the country, a task falls due before it ends, and the case
   * moves along its workflow to the reflection period.
   */
  decide: authedProcedure
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
        return deny(ctx, "identification.decide", "NOT_FOUND", {
          entityType: "identification",
          entityId: input.proposalId,
        });
      }
      const { row, facts } = await requireCtCase(ctx, proposal.caseId, "case.read", "identification.decide");
      const target = caseTarget(row.id);
      if (!can(ctx.user, { kind: "identification.decide", case: facts })) {
        return deny(ctx, "identification.decide", "FORBIDDEN", target);
      }
      const pending = await pendingProposal(ctx.db, row.id);
      if (!pending || pending.id !== proposal.id) {
        return deny(ctx, "identification.decide", "BAD_REQUEST", target, refuse("proposal_not_pending"));
      }
      if (proposal.actorId === ctx.user.id) {
        return deny(ctx, "identification.decide", "FORBIDDEN", target, refuse("own_proposal"));
      }
      const screening = await screeningOf(ctx.db, row.id);
      if (!screening) throw new Error("a proposal without its screening");
      const status: TraffickingStatus =
        input.outcome === "confirm" ? proposal.status : (input.status ?? proposal.status);
      // The decision is taken on the facts as they stand now, which the snapshot keeps.
      const now = new Date();
      const assessment = assess(screening.facts, screening.indicatorCatalogueId, now);
      const today = officeToday(now);
      const starts = STARTS_REFLECTION.has(status) && !screening.reflectionStartsOn;
      const country = input.reflectionCountry ?? DEFAULT_REFLECTION_COUNTRY;
      const lengths = starts
        ? await ctx.db
            .select({ countryCode: reflectionPeriodLengths.countryCode, days: reflectionPeriodLengths.days })
            .from(reflectionPeriodLengths)
            .where(eq(reflectionPeriodLengths.countryCode, country))
        : [];
      const period = starts ? reflectionPeriod(today, reflectionPeriodDays(country, lengths)) : null;
      const result = await ctx.db
        .transaction(async (tx) => {
          const [claimed] = await tx
            .update(traffickingScreenings)
            .set({
              version: sql`${traffickingScreenings.version} + 1`,
              ...(period
                ? {
                    reflectionCountry: country,
                    reflectionDays: period.days,
                    reflectionStartsOn: period.startsOn,
                    reflectionEndsOn: period.endsOn,
                  }
                : {}),
            })
            .where(
              and(
                eq(traffickingScreenings.id, screening.id),
                eq(traffickingScreenings.version, screening.version),
              ),
            )
            .returning({ version: traffickingScreenings.version });
          if (!claimed) return STALE;
          const [decision] = await tx
            .insert(identificationDecisions)
            .values({
              caseId: row.id,
              screeningId: screening.id,
              kind: "decision",
              proposalId: proposal.id,
              outcome: input.outcome,
              status,
              decidingOrganisation: input.decidingOrganisation,
              reason: input.reason,
              screeningVersion: screening.version,
              indicatorCatalogueId: screening.indicatorCatalogueId,
              facts: screening.facts,
              assessment,
              actorId: ctx.user.id,
              at: now,
            })
            .returning({ id: identificationDecisions.id });
          if (!decision) throw new Error("decision insert returned nothing");
          let state = row.state;
          if (period) {
            const moved = await moveToReflectionPeriod(tx, row, ctx.user.id, input.reason, now);
            if (moved.state !== row.state) {
              const [claimedCase] = await tx
                .update(cases)
                .set({ state: moved.state, version: sql`${cases.version} + 1`, updatedAt: now })
                .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
                .returning({ id: cases.id });
              if (!claimedCase) throw new StaleCase();
              state = moved.state;
            }
            await tx.insert(caseWorkflowTasks).values({
              caseId: row.id,
              kind: "reflection_period_ending",
              dueDate: period.reminderDueOn,
              historyId: moved.lastHistoryId,
              createdBy: ctx.user.id,
              createdAt: now,
            });
          }
          await auditChange(tx, ctx, row.id, "identification.decide", {
            proposalId: proposal.id,
            decisionId: decision.id,
            outcome: input.outcome,
            status,
            decidingOrganisation: input.decidingOrganisation,
            ...(period
              ? { reflectionStartsOn: period.startsOn, reflectionEndsOn: period.endsOn, state }
              : {}),
          });
          return { decisionId: decision.id, status, state, reflection: period };
        })
        .catch((error: unknown): typeof STALE => {
          if (error instanceof StaleCase) return STALE;
          throw error;
        });
      if (result === STALE) return refuseStale(ctx, "identification.decide", target);
      return result;
    }),

  /** Every proposal and decision on the case, newest first, each with its assessment snapshot. */
  history: authedProcedure
    .meta({ action: "case.read" })
    .input(identificationHistoryInput)
    .query(async ({ ctx, input }) => {
      const { row } = await requireCtCase(ctx, input.caseId, "case.read", "identification.history");
      const rows = await ctx.db
        .select({ decision: identificationDecisions, actorName: users.name })
        .from(identificationDecisions)
        .innerJoin(users, eq(users.id, identificationDecisions.actorId))
        .where(eq(identificationDecisions.caseId, row.id))
        .orderBy(desc(identificationDecisions.at), desc(identificationDecisions.kind));
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "identification.history.read",
        outcome: "allowed",
        ...caseTarget(row.id),
        ip: ctx.ip,
      });
      const names = new Map(rows.map((r) => [r.decision.actorId, r.actorName]));
      return rows.map((r) => decisionView(r.decision, names));
    }),

  /**
   * The proposals waiting for a decision in the counter-trafficking cases the actor manages, oldest
   * first (the approvals queue reads it). Other managers receive an empty list.
   */
  pending: authedProcedure
    .meta({ action: "identification.pending" })
    .input(z.void())
    .query(async ({ ctx }) => {
      if (!can(ctx.user, { kind: "identification.pending" })) {
        return deny(ctx, "identification.pending", "FORBIDDEN");
      }
      const managesCt =
        ctx.user.roles.includes("manager") && ctx.user.programmes.includes("counter_trafficking");
      const decision = alias(identificationDecisions, "decision");
      const rows = managesCt
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
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "identification.pending",
        outcome: "allowed",
        ip: ctx.ip,
        detail: { count: rows.length },
      });
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
    }),

  /**
   * "Screen for trafficking" from a case of another programme: opens a counter-trafficking case for
   * the same person (restricted, as every such case), owned by the actor, with a screening linked to
   * the source case. Asked again, it answers the case already opened from that source.
   */
  screenForTrafficking: authedProcedure
    .meta({ action: "case.create" })
    .input(screenForTraffickingInput)
    .mutation(async ({ ctx, input }) => {
      const { row: source } = await requireCase(ctx, input.sourceCaseId, "case.update");
      const target = caseTarget(source.id);
      if (source.programme === "counter_trafficking") {
        return deny(
          ctx,
          "identification.screenForTrafficking",
          "BAD_REQUEST",
          target,
          refuse("already_counter_trafficking"),
        );
      }
      if (!can(ctx.user, { kind: "case.create", programme: "counter_trafficking" })) {
        return deny(ctx, "identification.screenForTrafficking", "FORBIDDEN", target);
      }
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
        });
        const facts = EMPTY_IDENTIFICATION_FACTS;
        const [screening] = await tx
          .insert(traffickingScreenings)
          .values({
            caseId: created.id,
            sourceCaseId: source.id,
            facts,
            indicatorCatalogueId: CURRENT_ILO_CATALOGUE.id,
            assessment: assessIdentification(facts, { today: officeToday(now) }),
            createdBy: ctx.user.id,
            createdAt: now,
            updatedBy: ctx.user.id,
            updatedAt: now,
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
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.create",
          outcome: "allowed",
          entityType: "case",
          entityId: created.id,
          ip: ctx.ip,
          detail: {
            programme,
            personId: source.personId,
            reference: created.reference,
            sourceCaseId: source.id,
          },
        });
        await auditChange(tx, ctx, source.id, "identification.screenForTrafficking", { caseId: created.id });
        return { ...created, created: true };
      });
    }),
});

/** Thrown inside a transaction to roll it back when the case moved meanwhile. */
class StaleCase extends Error {}
