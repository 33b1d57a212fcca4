import { cases } from "@kelias/db";
import { alwaysRestricted, caseRestrictInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/** Marks a case restricted or lifts it; counter-trafficking cases always stay restricted. */
export const set = caseProcedure("case.restrict", caseRestrictInput).mutation(async ({ ctx, input }) => {
  const { row } = ctx.case;
  const target = caseTarget(row.id);
  if (!input.restricted && alwaysRestricted(row.programme)) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "always_restricted");
  }
  return ctx.db.transaction(async (tx) => {
    const version = await claimVersion(tx, cases, row.id, input.version, { restricted: input.restricted });
    await recordAllowed(tx, ctx, "case.restriction.set", target, {
      restricted: input.restricted,
      was: row.restricted,
    });
    return { id: row.id, version, restricted: input.restricted };
  });
});
