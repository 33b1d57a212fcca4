import { z } from "zod";
import { authorize } from "../../../authorize";
import { reintegrationCurrency } from "../../../reintegration/settings";
import { authedProcedure } from "../../../trpc";

/** The currency reintegration support is planned in by default (the deployment's setting). */
export const get = authedProcedure
  .meta({ action: "reference.read" })
  .input(z.void())
  .query(async ({ ctx }) => {
    await authorize(ctx, { kind: "reference.read" });
    return reintegrationCurrency(ctx.db);
  });
