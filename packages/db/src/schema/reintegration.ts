import {
  CURRENCIES,
  type Currency,
  MONITORING_MODES,
  MONITORING_SITUATIONS,
  type MonitoringMode,
  type MonitoringSituation,
  REINTEGRATION_DIMENSIONS,
  type ReintegrationDimension,
  SUPPORT_KINDS,
  SUPPORT_STATUSES,
  SURVEY_CATALOGUES,
  type SupportKind,
  type SupportStatus,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { authored, created, updated } from "./authored";
import { cases } from "./cases";
import { belongsTo, id, oneOf, oneOfChecks, version } from "./columns";

/**
 * Reintegration of AVRR returnees (domain `reintegration/`): the plan with its objective in each
 * dimension, the support it gives, the monitoring contacts after arrival and the sustainability
 * surveys. The monitoring schedule is not stored: the domain computes it from the arrival date.
 */

/** One plan per case, created on its first save; keyed by the case. */
export const reintegrationPlans = pgTable("reintegration_plans", {
  caseId: uuid()
    .primaryKey()
    .references(() => cases.id, { onDelete: "cascade" }),
  economicObjective: text().notNull().default(""),
  socialObjective: text().notNull().default(""),
  psychosocialObjective: text().notNull().default(""),
  ...authored(),
  version: version(),
});

/** A planned support item in one dimension: in kind or cash, with its amount and how it stands. */
export const reintegrationSupport = pgTable(
  "reintegration_support",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    dimension: text().$type<ReintegrationDimension>().notNull(),
    kind: text().$type<SupportKind>().notNull(),
    description: text().notNull(),
    /** Exact decimal; null together with the currency (in-kind support of unknown value). */
    amount: numeric({ precision: 12, scale: 2 }),
    currency: text().$type<Currency>(),
    status: text().$type<SupportStatus>().notNull(),
    plannedOn: date({ mode: "string" }),
    deliveredOn: date({ mode: "string" }),
    ...authored(),
    version: version(),
  },
  (t) => [
    index("reintegration_support_case_idx").on(t.caseId, t.createdAt),
    ...oneOfChecks("reintegration_support", t, {
      dimension: REINTEGRATION_DIMENSIONS,
      kind: SUPPORT_KINDS,
      status: SUPPORT_STATUSES,
      currency: CURRENCIES,
    }),
    check(
      "reintegration_support_amount_currency_check",
      sql`(${t.amount} is null) = (${t.currency} is null)`,
    ),
    check("reintegration_support_amount_check", sql`${t.amount} is null or ${t.amount} >= 0`),
    check("reintegration_support_cash_amount_check", sql`${t.kind} <> 'cash' or ${t.amount} is not null`),
    check(
      "reintegration_support_delivered_check",
      sql`(${t.status} = 'delivered') = (${t.deliveredOn} is not null)`,
    ),
  ],
);

/** A monitoring visit or call, with its outcome. */
export const monitoringVisits = pgTable(
  "monitoring_visits",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    mode: text().$type<MonitoringMode>().notNull(),
    date: date({ mode: "string" }).notNull(),
    /** The schedule point (months after arrival) the contact was for; null: an extra contact. */
    pointMonths: integer(),
    /** Who made the contact when not the person who recorded it (a partner office, say). */
    conductedBy: text().notNull().default(""),
    situation: text().$type<MonitoringSituation>().notNull(),
    concerns: text().notNull().default(""),
    followUpNeeded: boolean().notNull(),
    notes: text().notNull().default(""),
    ...authored(),
    version: version(),
  },
  (t) => [
    index("monitoring_visits_case_idx").on(t.caseId, t.date),
    ...oneOfChecks("monitoring_visits", t, { mode: MONITORING_MODES, situation: MONITORING_SITUATIONS }),
    check(
      "monitoring_visits_point_check",
      sql`${t.pointMonths} is null or ${t.pointMonths} between 1 and 120`,
    ),
  ],
);

/**
 * A sustainability survey as taken: the catalogue it was taken with, the answers (indicator id →
 * option id) and the scores the domain computed from them when it was recorded (0..1; null where
 * no indicator of a dimension was answered). A survey is recorded once, never edited.
 */
export const sustainabilitySurveys = pgTable(
  "sustainability_surveys",
  {
    id: id(),
    /** The order surveys were recorded in (ties of the date taken). */
    seq: bigserial({ mode: "number" }).notNull(),
    caseId: belongsTo(() => cases.id),
    visitId: uuid().references(() => monitoringVisits.id, { onDelete: "set null" }),
    catalogueId: text().notNull(),
    takenOn: date({ mode: "string" }).notNull(),
    answers: jsonb().$type<Record<string, string>>().notNull(),
    economicScore: doublePrecision(),
    socialScore: doublePrecision(),
    psychosocialScore: doublePrecision(),
    compositeScore: doublePrecision(),
    ...created(),
    version: version(),
  },
  (t) => [
    index("sustainability_surveys_case_idx").on(t.caseId, t.takenOn, t.seq),
    check("sustainability_surveys_catalogue_id_check", oneOf(t.catalogueId, Object.keys(SURVEY_CATALOGUES))),
    check(
      "sustainability_surveys_scores_check",
      sql`coalesce(${t.economicScore}, 0) between 0 and 1 and coalesce(${t.socialScore}, 0) between 0 and 1
        and coalesce(${t.psychosocialScore}, 0) between 0 and 1 and coalesce(${t.compositeScore}, 0) between 0 and 1`,
    ),
  ],
);

/**
 * The deployment's reintegration settings, one row (`key` = 'office', loaded by the migration):
 * the currency support is planned in by default. There is no office entity yet.
 */
export const reintegrationSettings = pgTable(
  "reintegration_settings",
  {
    key: text().primaryKey(),
    currency: text().$type<Currency>().notNull().default("EUR"),
    ...updated({ nullable: true }),
    version: version(),
  },
  (t) => [
    check("reintegration_settings_key_check", sql`${t.key} = 'office'`),
    check("reintegration_settings_currency_check", oneOf(t.currency, CURRENCIES)),
  ],
);
