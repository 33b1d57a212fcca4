import { type Executor, reintegrationSettings } from "@kelias/db";
import type { Currency } from "@kelias/domain";
import { eq } from "drizzle-orm";

/** The deployment's reintegration currency and the settings' version (EUR if the row is missing). */
export async function reintegrationCurrency(db: Executor): Promise<{ currency: Currency; version: number }> {
  const [row] = await db
    .select({ currency: reintegrationSettings.currency, version: reintegrationSettings.version })
    .from(reintegrationSettings)
    .where(eq(reintegrationSettings.key, "office"))
    .limit(1);
  return row ?? { currency: "EUR", version: 1 };
}
