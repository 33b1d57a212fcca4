import {
  caseAssigneeCounts,
  caseAssignments,
  caseMonthCounts,
  caseServices,
  caseStateCounts,
  caseStateHistory,
  cases,
  caseWorkflowFacts,
  people,
  traffickingScreenings,
  users,
} from "@kelias/db";
import {
  type CaseScope,
  type ContractRedFlag,
  type CountryCode,
  CT_STAGES,
  type CtStage,
  type Currency,
  monthsOf,
  type Programme,
  periodDates,
  type ReportPeriod,
  TERMINAL_STATES,
  type TypeOfExploitation,
} from "@kelias/domain";
import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, notInArray, type SQL, sql } from "drizzle-orm";
import { hasOverdueTask } from "../case-filters";
import type { AuthedContext } from "../context";
import { ctStageSql, OPEN_STATE, withinDays } from "./figure-filters";

type Ctx = Pick<AuthedContext, "db">;

const n = (expression: SQL) => expression.mapWith(Number);
const TERMINAL = [...TERMINAL_STATES];

export interface DashboardFigures {
  programmes: Programme[];
  period: ReportPeriod;
  months: string[];
  /** Cases not in a terminal state, now. */
  openByState: { programme: Programme; state: string; cases: number }[];
  /** Opened and closed per month of the period. */
  perMonth: { programme: Programme; month: string; opened: number; closed: number }[];
  /** Open cases per person working on them, and how many of those have an overdue task. */
  caseload: { userId: string; name: string; open: number; overdue: number }[];
  avrr: {
    /** Cases that departed in the period, by destination. */
    returns: { country: CountryCode | null; cases: number }[];
    departed: number;
    /** Median days from the application (case opened) to the first departure, in the period. */
    medianDaysToDeparture: number | null;
  } | null;
  socialAssistance: {
    services: {
      /** A service-type code (reference data). */
      type: string;
      services: number;
      quantity: number;
      cases: number;
      costs: { currency: Currency; total: string }[];
    }[];
  } | null;
  counterTrafficking: {
    stages: {
      stage: CtStage;
      cases: number;
      byExploitation: { type: TypeOfExploitation; cases: number }[];
      byCitizenship: { country: CountryCode; cases: number }[];
    }[];
  } | null;
  labourMigration: {
    /** Cases that entered the contract check in the period, and those with red flags recorded. */
    contractChecks: number;
    withRedFlags: number;
    byFlag: { flag: ContractRedFlag; cases: number }[];
  } | null;
}

/**
 * Every figure of the dashboard, in SQL, over the given programmes (all managed by the actor) and
 * within the actor's case scope: the same predicates as the case-list filters the figures link to.
 */
export async function dashboardFigures(
  ctx: Ctx,
  scope: CaseScope,
  programmes: Programme[],
  period: ReportPeriod,
  today: string,
): Promise<DashboardFigures> {
  // A manager's scope holds every case of the programmes they manage (restricted ones too), so within
  // those programmes the scope is the programme filter itself: checked here, then left out of the SQL,
  // where its OR with the manager's own assignments would keep the planner off the programme indexes.
  const managed = new Set(scope.managedProgrammes);
  if (!programmes.every((p) => managed.has(p)))
    throw new Error("dashboard figures of a programme not managed");
  const base = inArray(cases.programme, programmes);
  const { since, until } = periodDates(period);
  const has = (p: Programme) => programmes.includes(p);

  const [openByState, monthly, caseload, avrr, socialAssistance, counterTrafficking, labourMigration] =
    await Promise.all([
      // The counts the triggers keep (migration 0016): counting half a million open cases is not.
      ctx.db
        .select({
          programme: caseStateCounts.programme,
          state: caseStateCounts.state,
          cases: caseStateCounts.cases,
        })
        .from(caseStateCounts)
        .where(
          and(
            inArray(caseStateCounts.programme, programmes),
            notInArray(caseStateCounts.state, TERMINAL),
            gt(caseStateCounts.cases, 0),
          ),
        )
        .orderBy(asc(caseStateCounts.programme), asc(caseStateCounts.state)),
      ctx.db
        .select({
          programme: caseMonthCounts.programme,
          month: caseMonthCounts.month,
          opened: caseMonthCounts.opened,
          closed: caseMonthCounts.closed,
        })
        .from(caseMonthCounts)
        .where(
          and(
            inArray(caseMonthCounts.programme, programmes),
            gte(caseMonthCounts.month, period.from),
            lte(caseMonthCounts.month, period.to),
          ),
        ),
      caseloads(ctx, programmes, base, today),
      has("avrr") ? avrrFigures(ctx, base, since, until) : null,
      has("social_assistance") ? socialAssistanceFigures(ctx, programmes, since, until) : null,
      has("counter_trafficking") ? counterTraffickingFigures(ctx, base, since, until) : null,
      has("labour_migration") ? labourMigrationFigures(ctx, base, since, until) : null,
    ]);

  const months = monthsOf(period);
  const perMonth = programmes.flatMap((programme) =>
    months.map((month) => {
      const counted = monthly.find((r) => r.programme === programme && r.month === month);
      return { programme, month, opened: counted?.opened ?? 0, closed: counted?.closed ?? 0 };
    }),
  );
  return {
    programmes,
    period,
    months,
    openByState,
    perMonth,
    caseload,
    avrr,
    socialAssistance,
    counterTrafficking,
    labourMigration,
  };
}

/**
 * Each person's open cases (from the counts the triggers keep), and how many of those have an
 * overdue task: the list's own "overdue" filter, a range of an index here.
 */
async function caseloads(ctx: Ctx, programmes: Programme[], base: SQL, today: string) {
  const open = sql<number>`sum(${caseAssigneeCounts.cases})::int`.mapWith(Number);
  const [loads, overdueOwned, overdueShared] = await Promise.all([
    ctx.db
      .select({ userId: users.id, name: users.name, open })
      .from(caseAssigneeCounts)
      .innerJoin(users, eq(users.id, caseAssigneeCounts.userId))
      .where(
        and(
          inArray(caseAssigneeCounts.programme, programmes),
          notInArray(caseAssigneeCounts.state, TERMINAL),
        ),
      )
      .groupBy(users.id, users.name)
      .having(gt(open, 0))
      .orderBy(desc(open), asc(users.name)),
    // Owners from the case row itself; co-workers (a few) through their assignments. A person is
    // never both on one case (one assignment per case and person), so the two add up.
    ctx.db
      .select({ userId: cases.ownerId, cases: count() })
      .from(cases)
      .where(and(base, OPEN_STATE, hasOverdueTask(today)))
      .groupBy(cases.ownerId),
    ctx.db
      .select({ userId: caseAssignments.userId, cases: count() })
      .from(caseAssignments)
      .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
      .where(and(eq(caseAssignments.kind, "co"), base, OPEN_STATE, hasOverdueTask(today)))
      .groupBy(caseAssignments.userId),
  ]);
  const overdueOf = new Map<string, number>();
  for (const row of [...overdueOwned, ...overdueShared])
    overdueOf.set(row.userId, (overdueOf.get(row.userId) ?? 0) + row.cases);
  return loads.map((row) => ({ ...row, overdue: overdueOf.get(row.userId) ?? 0 }));
}

/** Each AVRR case that departed in the period, once, with its first departure in the period. */
function departures(ctx: Ctx, base: SQL, since: string, until: string) {
  return ctx.db
    .select({
      caseId: cases.id,
      country: caseWorkflowFacts.destinationCountry,
      days: sql<number>`extract(epoch from min(${caseStateHistory.at}) - ${cases.openedAt}) / 86400`.as(
        "days",
      ),
    })
    .from(cases)
    .innerJoin(caseStateHistory, eq(caseStateHistory.caseId, cases.id))
    .leftJoin(caseWorkflowFacts, eq(caseWorkflowFacts.caseId, cases.id))
    .where(
      and(
        base,
        eq(cases.programme, "avrr"),
        eq(caseStateHistory.toState, "departed"),
        ...withinDays(caseStateHistory.at, since, until),
      ),
    )
    .groupBy(cases.id, cases.openedAt, caseWorkflowFacts.destinationCountry)
    .as("departures");
}

/** Both AVRR figures in one pass over the departures: per destination, and the grand total row. */
async function avrrFigures(ctx: Ctx, base: SQL, since: string, until: string) {
  const d = departures(ctx, base, since, until);
  const rows = await ctx.db
    .select({
      total: sql<number>`grouping(${d.country})`.mapWith(Number),
      country: d.country,
      cases: count(),
      median: sql<number | null>`percentile_cont(0.5) within group (order by ${d.days})`.mapWith((v) =>
        v === null ? null : Math.round(Number(v) * 10) / 10,
      ),
    })
    .from(d)
    .groupBy(sql`grouping sets ((${d.country}), ())`)
    .orderBy(desc(count()), asc(d.country));
  const summary = rows.find((row) => row.total === 1);
  return {
    returns: rows.filter((row) => row.total === 0).map(({ country, cases }) => ({ country, cases })),
    departed: summary?.cases ?? 0,
    medianDaysToDeparture: summary?.median ?? null,
  };
}

/** Services by type, and their cost per currency, in one pass (grouping sets) over the period's services. */
async function socialAssistanceFigures(ctx: Ctx, programmes: Programme[], since: string, until: string) {
  const rows = await ctx.db
    .select({
      perCurrency: sql<number>`1 - grouping(${caseServices.currency})`.mapWith(Number),
      type: caseServices.type,
      currency: caseServices.currency,
      services: count(),
      quantity: n(sql`sum(${caseServices.quantity})`),
      cases: n(sql`count(distinct ${caseServices.caseId})`),
      // Exact decimal, as text: money is never a float.
      total: sql<string | null>`sum(${caseServices.cost})::text`,
    })
    .from(caseServices)
    // The service carries its case's programme: the scope here is the managed programmes.
    .where(
      and(
        inArray(caseServices.programme, programmes),
        eq(caseServices.programme, "social_assistance"),
        gte(caseServices.deliveredOn, since),
        lt(caseServices.deliveredOn, until),
      ),
    )
    .groupBy(sql`grouping sets ((${caseServices.type}), (${caseServices.type}, ${caseServices.currency}))`)
    .orderBy(asc(caseServices.type), asc(caseServices.currency));
  return {
    services: rows
      .filter((row) => row.perCurrency === 0)
      .map(({ type, services, quantity, cases }) => ({
        type,
        services,
        quantity,
        cases,
        costs: rows
          .filter((c) => c.perCurrency === 1 && c.type === type && c.currency !== null && c.total !== null)
          .map((c) => ({ currency: c.currency as Currency, total: c.total as string })),
      })),
  };
}

async function labourMigrationFigures(ctx: Ctx, base: SQL, since: string, until: string) {
  const checked = ctx.db
    .selectDistinct({ caseId: cases.id })
    .from(cases)
    .innerJoin(caseStateHistory, eq(caseStateHistory.caseId, cases.id))
    .where(
      and(
        base,
        eq(cases.programme, "labour_migration"),
        eq(caseStateHistory.toState, "contract_check"),
        ...withinDays(caseStateHistory.at, since, until),
      ),
    )
    .as("checked");
  const [[totals], byFlag] = await Promise.all([
    ctx.db
      .select({
        contractChecks: count(),
        withRedFlags: n(sql`count(*) filter (where cardinality(${caseWorkflowFacts.contractRedFlags}) > 0)`),
      })
      .from(checked)
      .leftJoin(caseWorkflowFacts, eq(caseWorkflowFacts.caseId, checked.caseId)),
    ctx.db
      .select({ flag: sql<ContractRedFlag>`flag`, cases: count() })
      .from(checked)
      .innerJoin(caseWorkflowFacts, eq(caseWorkflowFacts.caseId, checked.caseId))
      .innerJoin(sql`unnest(${caseWorkflowFacts.contractRedFlags}) as flag`, sql`true`)
      .groupBy(sql`flag`)
      .orderBy(desc(count()), asc(sql`flag`)),
  ]);
  return {
    contractChecks: totals?.contractChecks ?? 0,
    withRedFlags: totals?.withRedFlags ?? 0,
    byFlag,
  };
}

/** Per stage, the cases, and the same cases by type of exploitation and by citizenship (each counted once per value). */
async function counterTraffickingFigures(ctx: Ctx, base: SQL, since: string, until: string) {
  const stages = await Promise.all(
    CT_STAGES.map(async (stage) => {
      const where = and(
        base,
        eq(cases.programme, "counter_trafficking"),
        ctStageSql(ctx, stage, since, until),
      );
      const [[total], byExploitation, byCitizenship] = await Promise.all([
        ctx.db.select({ cases: count() }).from(cases).where(where),
        ctx.db
          .select({ type: sql<TypeOfExploitation>`exploitation`, cases: count() })
          .from(cases)
          .innerJoin(traffickingScreenings, eq(traffickingScreenings.caseId, cases.id))
          .innerJoin(sql`unnest(${traffickingScreenings.typesOfExploitation}) as exploitation`, sql`true`)
          .where(where)
          .groupBy(sql`exploitation`)
          .orderBy(desc(count()), asc(sql`exploitation`)),
        ctx.db
          .select({ country: sql<CountryCode>`citizenship`, cases: count() })
          .from(cases)
          .innerJoin(people, eq(people.id, cases.personId))
          .innerJoin(sql`unnest(${people.citizenships}) as citizenship`, sql`true`)
          .where(where)
          .groupBy(sql`citizenship`)
          .orderBy(desc(count()), asc(sql`citizenship`)),
      ]);
      return { stage, cases: total?.cases ?? 0, byExploitation, byCitizenship };
    }),
  );
  return { stages };
}
