import type { DocumentCategory } from "@kelias/domain";
import { can } from "@kelias/domain";
import { deny } from "../authorize";
import type { LoadedCase } from "../case-access";
import { caseTarget } from "../case-record/audit";
import { requireVersion, StaleVersion } from "../concurrency";
import type { AuthedContext } from "../context";
import { type DocumentRow, documentOnCase } from "./series";

/**
 * The document of the case in context that a write names, as the version that was read: NOT_FOUND
 * when the case has no such document; FORBIDDEN unless the caller may write its category and each
 * of `categories` (the one an edit moves it into); CONFLICT when the version read is stale or a
 * newer version replaced it. Each refusal is audited against the case under the procedure's path.
 */
export async function writableDocument(
  ctx: AuthedContext & { action: string; case: LoadedCase },
  documentId: string,
  version: number,
  categories: readonly DocumentCategory[] = [],
): Promise<DocumentRow> {
  const { row: c, facts } = ctx.case;
  const target = caseTarget(c.id);
  const current = await documentOnCase(ctx.db, c.id, documentId);
  if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
  for (const category of new Set([current.category, ...categories])) {
    if (!can(ctx.user, { kind: "case.document.write", case: facts, category })) {
      return deny(ctx, ctx.action, "FORBIDDEN", target);
    }
  }
  requireVersion(current.version, version);
  // A newer version replaced it: what was read is no longer the document.
  if (current.replacedAt !== null) throw new StaleVersion();
  return current;
}
