import { serviceTypes } from "@kelias/db";
import { serviceTypeListInput } from "@kelias/domain";
import { asc, eq, sql } from "drizzle-orm";
import { authorize } from "../../authorize";
import { serviceTypeColumns } from "../../service-type/columns";
import { authedProcedure } from "../../trpc";

/** The service types the case services form offers, built-in first; the retired ones on request. */
export const list = authedProcedure
  .meta({ action: "reference.read" })
  .input(serviceTypeListInput)
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "reference.read" });
    // Retired types are no secret: they still name the services recorded with them.
    return ctx.db
      .select(serviceTypeColumns)
      .from(serviceTypes)
      .where(input.includeInactive ? undefined : eq(serviceTypes.active, true))
      .orderBy(sql`${serviceTypes.builtIn} desc`, asc(serviceTypes.code));
  });
