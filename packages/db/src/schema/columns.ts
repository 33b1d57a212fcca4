import { type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, check, customType, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid().primaryKey().defaultRandom();

/** A reference to the row this one belongs to: required, and deleted with it. */
export const belongsTo = (parent: () => AnyPgColumn) =>
  uuid().notNull().references(parent, { onDelete: "cascade" });

/** A list of vocabulary codes (pair it with `eachOf`), empty by default. */
export const codes = <T extends string>() => text().array().$type<T[]>().notNull().default(sql`'{}'::text[]`);

/** Optimistic concurrency: an update names the version it read and bumps it. */
export const version = () => integer().notNull().default(1);

/**
 * The `SEARCH_KEY_VERSION` a row's search columns were computed with; 0: written without them (a
 * raw insert), so the start-up backfill (`refreshSearchKeys`) computes them.
 */
export const searchKeyVersion = () => integer().notNull().default(0);

/** A Postgres full-text document (`to_tsvector`), written by the API from text folded for search. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** A moment that defaults to the time of the insert. */
export const now = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const timestamps = () => ({ createdAt: now(), updatedAt: now() });

/**
 * `column` lies within the domain's bounds (both included). Like the vocabularies below, the
 * bounds are written into the constraint as literals: changing them needs a new migration.
 */
export function within(column: AnyPgColumn, bounds: { readonly min: number; readonly max: number }): SQL {
  if (!Number.isInteger(bounds.min) || !Number.isInteger(bounds.max)) {
    throw new Error("A range check needs whole-number bounds");
  }
  return sql`${column} between ${sql.raw(String(bounds.min))} and ${sql.raw(String(bounds.max))}`;
}

/*
 * Vocabulary checks: the database refuses a value the domain does not know. The values are written
 * into the constraint as literals (a check cannot take parameters), so a vocabulary that changes
 * needs a new migration (`drizzle-kit generate` writes it; `test/vocabulary-checks.test.ts` fails
 * until it exists).
 */

type Value<C extends AnyPgColumn> = C["_"]["data"] extends readonly (infer E)[] ? E : C["_"]["data"];

function literals(values: readonly string[]): SQL {
  if (values.length === 0) throw new Error("A vocabulary check needs at least one value");
  return sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", "));
}

/** `column` holds one of `values` (or null, when the column allows it). */
export function oneOf<C extends AnyPgColumn>(column: C, values: readonly Value<C>[]): SQL {
  return sql`${column} in (${literals(values as readonly string[])})`;
}

/** Every element of the array `column` is one of `values`. */
export function eachOf<C extends AnyPgColumn>(column: C, values: readonly Value<C>[]): SQL {
  return sql`${column} <@ array[${literals(values as readonly string[])}]::text[]`;
}

type Vocabularies<T> = Partial<Record<Extract<keyof T, string>, readonly string[]>>;

/** One check per column of `table`, named `<table>_<column>_check`, that it passes `test`. */
function vocabularyChecks<T extends Record<string, AnyPgColumn>>(
  table: string,
  t: T,
  vocabularies: Vocabularies<T>,
  test: (column: AnyPgColumn, values: readonly string[]) => SQL,
) {
  return Object.entries<readonly string[] | undefined>(vocabularies).map(([key, values = []]) => {
    const column = key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    return check(`${table}_${column}_check`, test(t[key] as AnyPgColumn, values));
  });
}

/** `oneOf` checks of several columns of a table: `{ column: values }`. */
export const oneOfChecks = <T extends Record<string, AnyPgColumn>>(
  table: string,
  t: T,
  vocabularies: Vocabularies<T>,
) => vocabularyChecks(table, t, vocabularies, oneOf);

/** `eachOf` checks of several array columns of a table: `{ column: values }`. */
export const eachOfChecks = <T extends Record<string, AnyPgColumn>>(
  table: string,
  t: T,
  vocabularies: Vocabularies<T>,
) => vocabularyChecks(table, t, vocabularies, eachOf);

/**
 * `column` holds one of the values listed for the value of `key` (a case's state is one of its
 * programme's states); a key with no list is refused.
 */
export function oneOfPer<K extends AnyPgColumn>(
  key: K,
  column: AnyPgColumn,
  valuesPerKey: Readonly<Record<Value<K> & string, readonly string[]>>,
): SQL {
  const alternatives = Object.entries<readonly string[]>(valuesPerKey).map(
    ([keyValue, values]) => sql`(${key} = ${literals([keyValue])} and ${column} in (${literals(values)}))`,
  );
  return sql.join(alternatives, sql` or `);
}
