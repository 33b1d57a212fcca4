import { can, type IdentificationRefusalReason } from "@kelias/domain";
import { deny } from "../authorize";
import type { LoadedCase } from "../case-access";
import { caseTarget } from "../case-record/audit";
import type { ProcedureContext } from "../trpc";

/**
 * Refuses a case that has no screening to read or write: only counter-trafficking cases have one
 * (BAD_REQUEST), and its facts are trafficking details, which the field policy decides on top of
 * the case access (FORBIDDEN). Both are audited under the procedure's path.
 */
export async function requireScreeningAccess(
  ctx: ProcedureContext,
  loaded: LoadedCase,
  kind: "case.field.read" | "case.field.write",
): Promise<void> {
  const target = caseTarget(loaded.row.id);
  if (loaded.row.programme !== "counter_trafficking") {
    await deny(
      ctx,
      ctx.action,
      "BAD_REQUEST",
      target,
      "not_counter_trafficking" satisfies IdentificationRefusalReason,
    );
  }
  if (!can(ctx.user, { kind, case: loaded.facts, category: "trafficking" })) {
    await deny(ctx, ctx.action, "FORBIDDEN", target);
  }
}
