import { serviceTypes } from "@kelias/db";
import type { Programme } from "@kelias/domain";
import { eq } from "drizzle-orm";
import { refuseField } from "../field-refusal";
import type { ProcedureContext } from "../trpc";
import { caseTarget } from "./audit";

/**
 * A service is recorded with a type the service-type reference data offers: active, and for the
 * case's programme; otherwise the `type` field is refused (`unknown_service_type`). A service keeps
 * the type it was recorded with (`keeping`) even once that type is retired.
 */
export async function requireOfferedServiceType(
  ctx: ProcedureContext,
  caseRow: { id: string; programme: Programme },
  code: string,
  keeping: string | null = null,
): Promise<void> {
  if (code === keeping) return;
  const [type] = await ctx.db
    .select({ active: serviceTypes.active, programmes: serviceTypes.programmes })
    .from(serviceTypes)
    .where(eq(serviceTypes.code, code))
    .limit(1);
  const offered =
    type?.active && (type.programmes.length === 0 || type.programmes.includes(caseRow.programme));
  if (!offered) {
    await refuseField(ctx, ctx.action, caseTarget(caseRow.id), "type", "unknown_service_type");
  }
}
