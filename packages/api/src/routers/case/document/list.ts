import { users } from "@kelias/db";
import { can, type DocumentCategory, documentExpiry, officeToday } from "@kelias/domain";
import { inArray } from "drizzle-orm";
import { type DocumentRow, documentsOfCase, earlierVersions } from "../../../case-document/series";
import { caseProcedure } from "../../../case-procedure";

/**
 * The documents of a case (metadata only; contents download through /api/documents/:id), newest
 * first, each current version with the versions it replaced. A document whose category the reader
 * may not read (`case.document.read`: medical and legal ones, as sensitive fields) is listed as
 * withheld: its category and when it was added, never its name, description or content. Deleted
 * documents are not listed.
 */
export const list = caseProcedure("case.read").query(async ({ ctx }) => {
  const { row: c, facts } = ctx.case;
  const rows = await documentsOfCase(ctx.db, c.id);
  const authorIds = [...new Set(rows.map((r) => r.uploadedBy))];
  const authors =
    authorIds.length === 0
      ? []
      : await ctx.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, authorIds));
  const nameOf = (id: string) => authors.find((a) => a.id === id)?.name ?? "";
  const today = officeToday(new Date());
  const version = (r: DocumentRow) => ({
    id: r.id,
    fileName: r.fileName,
    mimeType: r.mimeType,
    sizeBytes: r.sizeBytes,
    description: r.description,
    expiresOn: r.expiresOn,
    uploadedAt: r.uploadedAt,
    uploadedByName: nameOf(r.uploadedBy),
    replacedAt: r.replacedAt,
  });
  const readable = (category: DocumentCategory) =>
    can(ctx.user, { kind: "case.document.read", case: facts, category });
  const documents = rows
    .filter((r) => r.replacedAt === null)
    .sort((a, b) => b.uploadedAt.getTime() - a.uploadedAt.getTime())
    .map((r) => {
      if (!readable(r.category)) {
        return { withheld: true as const, id: r.id, category: r.category, uploadedAt: r.uploadedAt };
      }
      return {
        withheld: false as const,
        ...version(r),
        category: r.category,
        version: r.version,
        expiry: documentExpiry(r.expiresOn, today),
        canWrite: can(ctx.user, { kind: "case.document.write", case: facts, category: r.category }),
        earlier: earlierVersions(r, rows).map(version),
      };
    });
  return { today, documents };
});
