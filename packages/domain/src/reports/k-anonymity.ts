/** A published record: every cell is text, and the empty string means "unknown" (or suppressed). */
export type PublishedRow = Record<string, string>;

export const SUPPRESSED = "";

export interface KAnonymityOptions<C extends string> {
  k: number;
  /**
   * The published columns someone could link to other knowledge about a person, in the order in
   * which they are given up: the first is suppressed first when a group of rows is too small.
   */
  quasiIdentifiers: readonly C[];
}

export interface KAnonymitySummary<C extends string> {
  k: number;
  rowsIn: number;
  rowsOut: number;
  /** Rows left out because they still matched fewer than k rows after every suppression. */
  dropped: number;
  /** Per quasi-identifier, how many cells were replaced by "unknown". */
  suppressed: Record<C, number>;
}

/** The key of a row's equivalence class: its quasi-identifier values, in order. */
function classKey<C extends string>(row: PublishedRow, columns: readonly C[]): string {
  return JSON.stringify(columns.map((c) => row[c] ?? SUPPRESSED));
}

function classSizes<C extends string>(rows: readonly PublishedRow[], columns: readonly C[]) {
  const sizes = new Map<string, number>();
  for (const row of rows) {
    const key = classKey(row, columns);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return sizes;
}

/**
 * Makes every combination of quasi-identifier values in the output match at least `k` rows:
 *
 * 1. values of a quasi-identifier that occur in fewer than k rows are suppressed (such a value can
 *    only belong to groups smaller than k, so no group of k or more loses a member);
 * 2. for the rows still in groups smaller than k, the quasi-identifiers are suppressed one at a
 *    time, in the given order, until no group is too small or none is left to suppress (every row
 *    of a group changes alike, so groups only merge, never split);
 * 3. rows still in a group smaller than k are dropped.
 *
 * Other columns are published as they are: they are what the data set is about, not who.
 */
export function kAnonymise<R extends PublishedRow, C extends keyof R & string>(
  rows: readonly R[],
  options: KAnonymityOptions<C>,
): { rows: R[]; summary: KAnonymitySummary<C> } {
  const { k, quasiIdentifiers: columns } = options;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, not ${k}`);
  const out = rows.map((row) => ({ ...row }));
  const suppressed = Object.fromEntries(columns.map((c) => [c, 0])) as Record<C, number>;
  const suppress = (row: R, column: C) => {
    if (row[column] === SUPPRESSED) return;
    (row as PublishedRow)[column] = SUPPRESSED;
    suppressed[column] += 1;
  };

  for (const column of columns) {
    const frequency = new Map<string, number>();
    const value = (row: R) => row[column] ?? SUPPRESSED;
    for (const row of out) frequency.set(value(row), (frequency.get(value(row)) ?? 0) + 1);
    for (const row of out) if ((frequency.get(value(row)) ?? 0) < k) suppress(row, column);
  }

  for (const column of columns) {
    const sizes = classSizes(out, columns);
    const small = out.filter((row) => (sizes.get(classKey(row, columns)) ?? 0) < k);
    if (small.length === 0) break;
    for (const row of small) suppress(row, column);
  }

  const sizes = classSizes(out, columns);
  const kept = out.filter((row) => (sizes.get(classKey(row, columns)) ?? 0) >= k);
  return {
    rows: kept,
    summary: { k, rowsIn: rows.length, rowsOut: kept.length, dropped: out.length - kept.length, suppressed },
  };
}

/** The smallest group of rows sharing one combination of quasi-identifier values (0 when none). */
export function smallestClass<C extends string>(
  rows: readonly PublishedRow[],
  columns: readonly C[],
): number {
  const sizes = [...classSizes(rows, columns).values()];
  return sizes.length === 0 ? 0 : Math.min(...sizes);
}
