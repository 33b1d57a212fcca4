import { verifyAuditChain } from "@kelias/db";
import { z } from "zod";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { authedProcedure } from "../../trpc";

/** Recomputes the hash chain (the code behind `audit:verify`): reports the first entry that was changed or removed. */
export const verify = authedProcedure
  .meta({ action: "audit.read" })
  .input(z.void())
  .query(async ({ ctx }) => {
    const target = { entityType: "audit_log" };
    await authorize(ctx, { kind: "audit.read" }, target);
    const result = await verifyAuditChain(ctx.db);
    await recordAllowed(ctx.db, ctx, "audit.verify", target, result);
    return result;
  });
