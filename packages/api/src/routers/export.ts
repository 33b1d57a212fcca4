import { appendAudit } from "@kelias/db";
import { z } from "zod";
import { ctdcDataset } from "../reports/ctdc-export";
import { authedProcedure, router } from "../trpc";

export const exportRouter = router({
  /**
   * What the CTDC file would hold now: how many rows, and what was generalised, suppressed and
   * dropped to reach k = 11. No row leaves the server here.
   */
  ctdcSummary: authedProcedure
    .meta({ action: "ctdc.export" })
    .input(z.void())
    .query(async ({ ctx }) => {
      const { summary } = await ctdcDataset(ctx);
      await appendAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "ctdc.summary",
        outcome: "allowed",
        ip: ctx.ip,
        detail: { ...summary },
      });
      return summary;
    }),
});
