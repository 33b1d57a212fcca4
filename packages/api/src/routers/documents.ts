import { idInput } from "@kelias/domain";
import { z } from "zod";
import { requireCase } from "../case-access";
import { listCaseDocuments } from "../documents";
import { authedProcedure, router } from "../trpc";

export const documentsRouter = router({
  /** The documents of a case (metadata only); contents download through /api/documents/:id. */
  list: authedProcedure
    .meta({ action: "case.read" })
    .input(z.object({ caseId: idInput() }))
    .query(async ({ ctx, input }) => {
      await requireCase(ctx, input.caseId, "case.read");
      return listCaseDocuments(ctx, input.caseId);
    }),
});
