import { unsafeDestinationList, unsafeDestinations } from "@kelias/db";
import { unsafeDestinationsSetInput } from "@kelias/domain";
import { notInArray } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { claimVersion } from "../../../concurrency";
import { recordReferenceVersion } from "../../../reference-history";
import { staleAgainst } from "../../../stale-target";
import { authedProcedure } from "../../../trpc";

/** Replaces the list as a whole; countries already on it keep who added them and when. */
export const set = authedProcedure
  .meta({ action: "reference.manage" })
  .input(unsafeDestinationsSetInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "reference.manage" });
    const target = { entityType: "reference", entityId: "unsafe_destinations" };
    const now = new Date();
    return staleAgainst(target, () =>
      ctx.db.transaction(async (tx) => {
        const version = await claimVersion(tx, unsafeDestinationList, 1, input.version, {
          updatedBy: ctx.user.id,
          updatedAt: now,
        });
        const before = (
          await tx.select({ code: unsafeDestinations.countryCode }).from(unsafeDestinations)
        ).map((r) => r.code);
        const removed = before.filter((code) => !input.countries.includes(code));
        const added = input.countries.filter((code) => !before.includes(code));
        if (input.countries.length === 0) {
          await tx.delete(unsafeDestinations);
        } else {
          await tx
            .delete(unsafeDestinations)
            .where(notInArray(unsafeDestinations.countryCode, input.countries));
        }
        if (added.length > 0) {
          await tx
            .insert(unsafeDestinations)
            .values(added.map((countryCode) => ({ countryCode, addedBy: ctx.user.id, addedAt: now })));
        }
        const countries = [...input.countries].sort();
        await recordReferenceVersion(tx, {
          kind: "unsafe_destinations",
          entityId: "unsafe_destinations",
          version,
          snapshot: { countries },
          change: { added, removed },
          changedBy: ctx.user.id,
          changedAt: now,
        });
        await recordAllowed(tx, ctx, "reference.unsafeDestination.set", target, { added, removed, version });
        return { version, countries };
      }),
    );
  });
