import { caseDocuments, users } from "@kelias/db";
import { desc, eq } from "drizzle-orm";
import { caseProcedure } from "../../../case-procedure";

/** The documents of a case (metadata only); contents download through /api/documents/:id. */
export const list = caseProcedure("case.read").query(({ ctx }) =>
  ctx.db
    .select({
      id: caseDocuments.id,
      fileName: caseDocuments.fileName,
      mimeType: caseDocuments.mimeType,
      sizeBytes: caseDocuments.sizeBytes,
      description: caseDocuments.description,
      uploadedAt: caseDocuments.uploadedAt,
      uploadedByName: users.name,
    })
    .from(caseDocuments)
    .innerJoin(users, eq(users.id, caseDocuments.uploadedBy))
    .where(eq(caseDocuments.caseId, ctx.case.row.id))
    .orderBy(desc(caseDocuments.uploadedAt)),
);
