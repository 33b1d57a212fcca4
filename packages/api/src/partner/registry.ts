import { type Executor, partners } from "@kelias/db";
import { and, eq, ne, sql } from "drizzle-orm";

/** An active partner of the registry, or null: consents and referrals may only name those. */
export async function activePartner(db: Executor, partnerId: string) {
  const [partner] = await db
    .select({ id: partners.id, active: partners.active })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  return partner?.active ? partner : null;
}

/** True when another partner already has this name (names are unique, case-insensitively). */
export async function partnerNameTaken(db: Executor, name: string, exceptId?: string): Promise<boolean> {
  const same = sql`lower(${partners.name}) = lower(${name})`;
  const found = await db
    .select({ id: partners.id })
    .from(partners)
    .where(exceptId ? and(same, ne(partners.id, exceptId)) : same)
    .limit(1);
  return found.length > 0;
}
