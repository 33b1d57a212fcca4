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
