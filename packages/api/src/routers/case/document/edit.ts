import { caseDocuments } from "@kelias/db";
import { can, documentEditInput, hasExpiry } from "@kelias/domain";
import { inArray } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { documentOnCase, documentsOfCase, earlierVersions } from "../../../case-document/series";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion, requireVersion, StaleVersion } from "../../../concurrency";

/**
 * Changes what a document says about itself (category, expiry date, description) against the
 * version that was read. The category belongs to every version of the document, so that an
 * earlier version is read under the same rule; a category without an expiry date clears theirs.
 * Moving a document into or out of a sensitive category needs the right to write both.
 */
export const edit = caseProcedure("case.update", documentEditInput)
  .meta({ action: "case.document.write" })
  .mutation(async ({ ctx, input }) => {
    const { row: c, facts } = ctx.case;
    const target = caseTarget(c.id);
    const current = await documentOnCase(ctx.db, c.id, input.documentId);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    for (const category of new Set([current.category, input.category])) {
      if (!can(ctx.user, { kind: "case.document.write", case: facts, category })) {
        return deny(ctx, ctx.action, "FORBIDDEN", target);
      }
    }
    requireVersion(current.version, input.version);
    // A newer version replaced it: what was read is no longer the document.
    if (current.replacedAt !== null) throw new StaleVersion();
    const unchanged =
      current.category === input.category &&
      current.expiresOn === input.expiresOn &&
      current.description === input.description;
    if (unchanged) return { id: current.id, version: current.version };
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, caseDocuments, current.id, input.version, {
        category: input.category,
        expiresOn: input.expiresOn,
        description: input.description,
      });
      if (input.category !== current.category) {
        const earlier = earlierVersions(current, await documentsOfCase(tx, c.id)).map((r) => r.id);
        if (earlier.length > 0) {
          await tx
            .update(caseDocuments)
            .set(
              hasExpiry(input.category)
                ? { category: input.category }
                : { category: input.category, expiresOn: null },
            )
            .where(inArray(caseDocuments.id, earlier));
        }
      }
      await recordAllowed(tx, ctx, "case.document.edit", target, {
        documentId: current.id,
        version,
        category: input.category,
        from: current.category,
      });
      return { id: current.id, version };
    });
  });
