import { CURRENCIES, type Currency, PROGRAMMES, type Programme, REFERENCE_KINDS } from "@kelias/domain";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { authored, created, userRef } from "./authored";
import { belongsTo, codes, eachOf, id, now, oneOf, version } from "./columns";
import { users } from "./users";

export const SET_PASSWORD_PURPOSES = ["invite", "reset"] as const;
export type SetPasswordPurpose = (typeof SET_PASSWORD_PURPOSES)[number];

/**
 * One-time links that let a user choose a password: sent to a new account, or after an
 * administrator's reset. Only a SHA-256 of the token is kept, so a copy of the database opens no
 * account; a link works once, and not after `expiresAt`.
 */
export const setPasswordTokens = pgTable(
  "set_password_tokens",
  {
    id: id(),
    userId: belongsTo(() => users.id),
    tokenHash: text().notNull(),
    purpose: text().$type<SetPasswordPurpose>().notNull(),
    ...created({ nullable: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** Set when the link was used, or when a newer link replaced it: either way it works no more. */
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("set_password_tokens_hash_key").on(t.tokenHash),
    index("set_password_tokens_user_idx").on(t.userId),
    check("set_password_tokens_purpose_check", oneOf(t.purpose, SET_PASSWORD_PURPOSES)),
  ],
);

/** The kinds of reference data whose every version is kept. */
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/**
 * Every version of the reference data administrators edit: who changed what, when, and what it
 * looked like afterwards. Written in the transaction of the change; never updated.
 */
export const referenceHistory = pgTable(
  "reference_history",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    kind: text().$type<ReferenceKind>().notNull(),
    /** The record's id (partner, service type); the list's name for a list kept as one record. */
    entityId: text().notNull(),
    /** The version the record has after the change. */
    version: integer().notNull(),
    /** The record as the change left it. */
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    /** What changed, for lists: the entries added and removed. */
    change: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    changedBy: userRef(),
    changedAt: now(),
  },
  (t) => [
    index("reference_history_entity_idx").on(t.kind, t.entityId, t.id),
    check("reference_history_kind_check", oneOf(t.kind, REFERENCE_KINDS)),
  ],
);

/**
 * The services the office records on cases, with a default unit cost. The HTCDS support-plan types
 * and the programmes' own services are loaded by the migration; their names come from the
 * interface's catalogs (`names` null), while types an administrator adds carry their own names.
 */
export const serviceTypes = pgTable(
  "service_types",
  {
    id: id(),
    code: text().notNull(),
    /** English and Lithuanian names; null for the built-in types, whose names the catalogs hold. */
    nameEn: text(),
    nameLt: text(),
    /** The programmes that offer it; empty means every programme. */
    programmes: codes<Programme>(),
    defaultUnitCost: numeric({ precision: 12, scale: 2 }),
    currency: text().$type<Currency>(),
    /** Inactive types stay on the services recorded with them and are offered for no new one. */
    active: boolean().notNull().default(true),
    builtIn: boolean().notNull().default(false),
    ...authored({ nullable: true }),
    version: version(),
  },
  (t) => [
    uniqueIndex("service_types_code_key").on(t.code),
    check("service_types_names_check", sql`(${t.nameEn} is null) = (${t.nameLt} is null)`),
    check("service_types_named_check", sql`${t.builtIn} or ${t.nameEn} is not null`),
    check("service_types_cost_currency_check", sql`(${t.defaultUnitCost} is null) = (${t.currency} is null)`),
    check("service_types_cost_check", sql`${t.defaultUnitCost} is null or ${t.defaultUnitCost} >= 0`),
    check("service_types_programmes_check", eachOf(t.programmes, PROGRAMMES)),
    check("service_types_currency_check", oneOf(t.currency, CURRENCIES)),
  ],
);

export type ServiceTypeRow = typeof serviceTypes.$inferSelect;
