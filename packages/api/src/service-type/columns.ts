import { type Executor, serviceTypes } from "@kelias/db";
import { eq } from "drizzle-orm";

/** What the service-type procedures answer with and the history keeps of a type. */
export const serviceTypeColumns = {
  id: serviceTypes.id,
  code: serviceTypes.code,
  nameEn: serviceTypes.nameEn,
  nameLt: serviceTypes.nameLt,
  programmes: serviceTypes.programmes,
  defaultUnitCost: serviceTypes.defaultUnitCost,
  currency: serviceTypes.currency,
  active: serviceTypes.active,
  builtIn: serviceTypes.builtIn,
  version: serviceTypes.version,
};

export async function loadServiceType(db: Executor, id: string) {
  const [row] = await db
    .select(serviceTypeColumns)
    .from(serviceTypes)
    .where(eq(serviceTypes.id, id))
    .limit(1);
  return row;
}
