import { StaleVersion } from "./concurrency";

/**
 * Runs a write on a record its input does not name by id (the office's settings, a country's
 * reflection period, a reference list): a stale version found inside is audited against `target`,
 * as `caseProcedure` does for the case.
 */
export async function staleAgainst<T>(
  target: { entityType: string; entityId: string },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StaleVersion) error.target ??= target;
    throw error;
  }
}

/**
 * The same in a middleware that loaded the record (`caseProcedure`, `personProcedure` …): a stale
 * version the procedure ran into is audited against `target`, unless the procedure named its own.
 */
export function staleResultAgainst<R extends { ok: true } | { ok: false; error: { cause?: unknown } }>(
  result: R,
  target: { entityType: string; entityId: string },
): R {
  if (!result.ok && result.error.cause instanceof StaleVersion) result.error.cause.target ??= target;
  return result;
}
