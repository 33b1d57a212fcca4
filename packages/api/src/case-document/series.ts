import { caseDocuments, type Executor } from "@kelias/db";
import { and, eq, isNull } from "drizzle-orm";

export type DocumentRow = typeof caseDocuments.$inferSelect;

/** The documents of a case that are not deleted, every version: metadata only, never contents. */
export function documentsOfCase(db: Executor, caseId: string) {
  return db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), isNull(caseDocuments.deletedAt)));
}

/**
 * The versions a document replaced, newest first, from the rows of its case: each version names
 * the one before it (`previousId`).
 */
export function earlierVersions(current: DocumentRow, rows: readonly DocumentRow[]): DocumentRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const earlier: DocumentRow[] = [];
  let previous = current.previousId ? byId.get(current.previousId) : undefined;
  while (previous && earlier.length < rows.length) {
    earlier.push(previous);
    previous = previous.previousId ? byId.get(previous.previousId) : undefined;
  }
  return earlier;
}

/**
 * The current version of a document on a case: not deleted and not replaced. A document of
 * another case, a deleted one or an unknown id is none (NOT_FOUND for the caller); a version
 * someone replaced meanwhile is returned, for the caller to refuse as stale.
 */
export async function documentOnCase(
  db: Executor,
  caseId: string,
  documentId: string,
): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(caseDocuments)
    .where(
      and(
        eq(caseDocuments.id, documentId),
        eq(caseDocuments.caseId, caseId),
        isNull(caseDocuments.deletedAt),
      ),
    )
    .limit(1);
  return row;
}
