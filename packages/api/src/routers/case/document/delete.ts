import { caseDocuments } from "@kelias/db";
import { documentDeleteInput } from "@kelias/domain";
import { inArray } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { documentsOfCase, earlierVersions } from "../../../case-document/series";
import { writableDocument } from "../../../case-document/writable";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/**
 * Deletes a document, every version of it, against the version that was read, with the reason
 * why. The rows stay, marked with who deleted them, when and why (the reason is kept on the
 * document, not in the audit log, which admins read); a deleted document is no longer listed or
 * downloaded, and its audit trail stays.
 */
export const remove = caseProcedure("case.update", documentDeleteInput)
  .meta({ action: "case.document.write" })
  .mutation(async ({ ctx, input }) => {
    const c = ctx.case.row;
    const target = caseTarget(c.id);
    const current = await writableDocument(ctx, input.documentId, input.version);
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
