import { caseDocuments } from "@kelias/db";
import { can, documentDeleteInput } from "@kelias/domain";
import { inArray } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { documentOnCase, documentsOfCase, earlierVersions } from "../../../case-document/series";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, requireVersion, StaleVersion } from "../../../concurrency";

/**
 * Deletes a document, every version of it, against the version that was read, with the reason
 * why. The rows stay, marked with who deleted them, when and why (the reason is kept on the
 * document, not in the audit log, which admins read); a deleted document is no longer listed or
 * downloaded, and its audit trail stays.
 */
export const remove = caseProcedure("case.update", documentDeleteInput)
  .meta({ action: "case.document.write" })
  .mutation(async ({ ctx, input }) => {
    const { row: c, facts } = ctx.case;
    const target = caseTarget(c.id);
    const current = await documentOnCase(ctx.db, c.id, input.documentId);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    if (!can(ctx.user, { kind: "case.document.write", case: facts, category: current.category })) {
      return deny(ctx, ctx.action, "FORBIDDEN", target);
    }
    requireVersion(current.version, input.version);
    if (current.replacedAt !== null) throw new StaleVersion();
    return ctx.db.transaction(async (tx) => {
      const deleted = { deletedAt: new Date(), deletedBy: ctx.user.id, deleteReason: input.reason };
      const version = await claimVersion(tx, caseDocuments, current.id, input.version, deleted);
      const earlier = earlierVersions(current, await documentsOfCase(tx, c.id)).map((r) => r.id);
      if (earlier.length > 0) {
        await tx.update(caseDocuments).set(deleted).where(inArray(caseDocuments.id, earlier));
      }
      await recordAllowed(tx, ctx, "case.document.delete", target, {
        documentId: current.id,
        version,
        versions: earlier.length + 1,
      });
      return { id: current.id, version };
    });
  });
