import { readSecuritySettings } from "@kelias/auth";
import { securitySettings } from "@kelias/db";
import { securitySettingsInput } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { authorize } from "../../../authorize";
import { claimVersion, requireVersion, StaleVersion } from "../../../concurrency";
import { staleAgainst } from "../../../stale-target";
import { authedProcedure } from "../../../trpc";

/** Changes the settings with the version read; audited with the values before and after. */
export const update = authedProcedure
  .meta({ action: "security.manage" })
  .input(securitySettingsInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "security.manage" }, { entityType: "security_settings" });
    const target = { entityType: "security_settings", entityId: "1" };
    const { version, ...values } = input;
    return staleAgainst(target, () =>
      ctx.db.transaction(async (tx) => {
        // Locks the row (when there is one) so that two administrators saving at once queue up.
        const [locked] = await tx
          .select({ version: securitySettings.version })
          .from(securitySettings)
          .where(eq(securitySettings.id, 1))
          .for("update");
        requireVersion(locked?.version ?? 0, version);
        const { version: _, ...before } = await readSecuritySettings(tx);
        const set = { ...values, updatedBy: ctx.user.id };
        const saved = locked
          ? await claimVersion(tx, securitySettings, 1, version, set)
          : (
              await tx
                .insert(securitySettings)
                .values({ id: 1, ...set })
                .onConflictDoNothing()
                .returning({ version: securitySettings.version })
            )[0]?.version;
        // The first save of all found no row, and a concurrent first save created it since.
        if (saved === undefined) throw new StaleVersion();
        await recordAllowed(tx, ctx, "security.settings.update", target, {
          before,
          after: values,
          version: saved,
        });
        return { ...values, version: saved };
      }),
    );
  });
