import { z } from "zod";
import { recordAllowed } from "../../audit/record";
import { ctdcDataset } from "../../reports/ctdc-export";
import { authedProcedure } from "../../trpc";

/**
 * What the CTDC file would hold now: how many rows, and what was generalised, suppressed and
 * dropped to reach k = 11. No row leaves the server here.
 */
export const ctdcSummary = authedProcedure
  .meta({ action: "ctdc.export" })
  .input(z.void())
  .query(async ({ ctx }) => {
    const { summary } = await ctdcDataset(ctx);
    const target = { entityType: "programme", entityId: "counter_trafficking" };
    await recordAllowed(ctx.db, ctx, "export.ctdcSummary", target, summary);
    return summary;
  });
