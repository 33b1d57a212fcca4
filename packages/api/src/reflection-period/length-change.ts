import { type Executor, reflectionPeriodLengthChanges } from "@kelias/db";
import type { CountryCode } from "@kelias/domain";
import { authorize } from "../authorize";
import { staleAgainst } from "../stale-target";
import type { ProcedureContext } from "../trpc";

type Target = { entityType: string; entityId: string };

/**
 * A change to a country's reflection-period length: the policy asked, `write` run in a transaction
 * with the moment of the change (a stale version found inside refused against the country), and the
 * new length (null when removed) kept among the changes with who made it and when.
 */
export async function changeLength<T>(
  ctx: ProcedureContext,
  countryCode: CountryCode,
  days: number | null,
  write: (tx: Executor, now: Date, target: Target) => Promise<T>,
): Promise<T> {
  const target = { entityType: "reflection_period", entityId: countryCode };
  await authorize(ctx, { kind: "reference.manage" }, target);
  const now = new Date();
  return staleAgainst(target, () =>
    ctx.db.transaction(async (tx) => {
      const result = await write(tx, now, target);
      await tx
        .insert(reflectionPeriodLengthChanges)
        .values({ countryCode, days, changedBy: ctx.user.id, changedAt: now });
      return result;
    }),
  );
}
