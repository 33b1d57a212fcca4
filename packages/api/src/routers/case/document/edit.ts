import { caseDocuments } from "@kelias/db";
import { documentEditInput, hasExpiry } from "@kelias/domain";
import { inArray } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { documentsOfCase, earlierVersions } from "../../../case-document/series";
import { writableDocument } from "../../../case-document/writable";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/**
 * Changes what a document says about itself (category, expiry date, description) against the
 * version that was read. The category belongs to every version of the document, so that an
 * earlier version is read under the same rule; a category without an expiry date clears theirs.
 * Moving a document into or out of a sensitive category needs the right to write both.
 */
export const edit = caseProcedure("case.update", documentEditInput)
  .meta({ action: "case.document.write" })
  .mutation(async ({ ctx, input }) => {
    const c = ctx.case.row;
    const target = caseTarget(c.id);
    const current = await writableDocument(ctx, input.documentId, input.version, [input.category]);
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
