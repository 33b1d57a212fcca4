import {
  caseServices,
  caseStateHistory,
  cases,
  caseWorkflowFacts,
  identificationDecisions,
  people,
  traffickingScreenings,
} from "@kelias/db";
import {
  type CaseFigureFilter,
  type CtStage,
  OFFICE_TIME_ZONE,
  REFERRAL_SOURCE_NOT_RECORDED,
  TERMINAL_STATES,
} from "@kelias/domain";
import type { AnyColumn } from "drizzle-orm";
import { and, eq, exists, gte, isNull, lt, notInArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { AuthedContext } from "../context";

/** The instant an office calendar day starts: periods are counted in the office's time zone. */
export function officeDayStart(day: string): SQL {
  return sql`(${day}::date::timestamp at time zone ${OFFICE_TIME_ZONE})`;
}

/** `column` within [since, until) of office calendar days (either end optional). */
export function withinDays(column: AnyColumn, since?: string, until?: string): SQL[] {
  const parts: SQL[] = [];
  if (since) parts.push(gte(column, officeDayStart(since)));
  if (until) parts.push(lt(column, officeDayStart(until)));
  return parts;
}

/** The case has a row of `table` (joined by its case id) that meets every condition. */
function caseHas(
  ctx: Pick<AuthedContext, "db">,
  table: PgTable & { caseId: AnyPgColumn },
  ...conditions: (SQL | undefined)[]
): SQL {
  return exists(
    ctx.db
      .select({ one: sql`1` })
      .from(table)
      .where(and(eq(table.caseId, cases.id), ...conditions)),
  );
}

/** The case entered the state within the period (its state history says so). */
function enteredStateSql(ctx: Pick<AuthedContext, "db">, state: string, since?: string, until?: string): SQL {
  return caseHas(
    ctx,
    caseStateHistory,
    eq(caseStateHistory.toState, state),
    ...withinDays(caseStateHistory.at, since, until),
  );
}

/**
 * A counter-trafficking case reached the stage within the period: its screening was opened, it
 * moved to presumed victim, or a manager confirmed an identification as actual victim.
 */
export function ctStageSql(
  ctx: Pick<AuthedContext, "db">,
  stage: CtStage,
  since?: string,
  until?: string,
): SQL {
  switch (stage) {
    case "screened":
      return caseHas(
        ctx,
        traffickingScreenings,
        ...withinDays(traffickingScreenings.createdAt, since, until),
      );
    case "presumed":
      return enteredStateSql(ctx, "presumed_victim", since, until);
    case "identified":
      return caseHas(
        ctx,
        identificationDecisions,
        eq(identificationDecisions.kind, "decision"),
        eq(identificationDecisions.status, "ActualVictimOfTrafficking"),
        ...withinDays(identificationDecisions.at, since, until),
      );
  }
}

export const OPEN_STATE = notInArray(cases.state, [...TERMINAL_STATES]);

/**
 * The WHERE clauses of the dashboard's figure filters. The dashboard counts with the same
 * predicates, so a figure and the list it links to cannot disagree.
 */
export function figureFilterSql(ctx: Pick<AuthedContext, "db">, filter: CaseFigureFilter): SQL[] {
  const parts: SQL[] = [];
  if (filter.open) parts.push(OPEN_STATE);
  parts.push(...withinDays(cases.openedAt, filter.openedSince, filter.openedUntil));
  parts.push(...withinDays(cases.closedAt, filter.closedSince, filter.closedUntil));
  if (filter.enteredState) {
    parts.push(enteredStateSql(ctx, filter.enteredState, filter.enteredSince, filter.enteredUntil));
  }
  const facts: SQL[] = [];
  if (filter.destinationCountry)
    facts.push(eq(caseWorkflowFacts.destinationCountry, filter.destinationCountry));
  if (filter.redFlag === "any") facts.push(sql`cardinality(${caseWorkflowFacts.contractRedFlags}) > 0`);
  else if (filter.redFlag) facts.push(sql`${filter.redFlag} = any(${caseWorkflowFacts.contractRedFlags})`);
  if (facts.length > 0) parts.push(caseHas(ctx, caseWorkflowFacts, ...facts));
  if (filter.serviceType) {
    const delivered: SQL[] = [];
    if (filter.serviceSince) delivered.push(gte(caseServices.deliveredOn, filter.serviceSince));
    if (filter.serviceUntil) delivered.push(lt(caseServices.deliveredOn, filter.serviceUntil));
    parts.push(caseHas(ctx, caseServices, eq(caseServices.type, filter.serviceType), ...delivered));
  }
  if (filter.ctStage) parts.push(ctStageSql(ctx, filter.ctStage, filter.stageSince, filter.stageUntil));
  if (filter.exploitationType) {
    parts.push(
      caseHas(
        ctx,
        traffickingScreenings,
        sql`${filter.exploitationType} = any(${traffickingScreenings.typesOfExploitation})`,
      ),
    );
  }
  if (filter.referralSource === REFERRAL_SOURCE_NOT_RECORDED) parts.push(isNull(cases.referralSource));
  else if (filter.referralSource) parts.push(eq(cases.referralSource, filter.referralSource));
  if (filter.citizenship) {
    parts.push(
      exists(
        ctx.db
          .select({ one: sql`1` })
          .from(people)
          .where(
            and(eq(people.id, cases.personId), sql`${filter.citizenship} = any(${people.citizenships})`),
          ),
      ),
    );
  }
  return parts;
}
