import { caseServices } from "@kelias/db";
import { serviceAddInput } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { authoredBy } from "../../../authorship";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { requireOfferedServiceType } from "../../../case-record/offered-service-type";
import { serviceColumns } from "../../../case-record/service-columns";
import { writeOnce } from "../../../idempotency";

/**
 * Records a service delivered to the person: type, provider, date, quantity, exact cost and
 * currency. The type must be one the reference data offers for the case's programme.
 */
export const add = caseProcedure("case.update", serviceAddInput).mutation(async ({ ctx, input }) => {
  const caseRow = ctx.case.row;
  await requireOfferedServiceType(ctx, caseRow, input.type);
  return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const now = new Date();
    const [service] = await tx
      .insert(caseServices)
      .values({
        caseId: caseRow.id,
        ...serviceColumns(input),
        ...authoredBy(ctx.user.id, now),
      })
      .returning({ id: caseServices.id, version: caseServices.version });
    if (!service) throw new Error("service insert returned nothing");
    await recordAllowed(tx, ctx, "case.service.add", caseTarget(caseRow.id), {
      serviceId: service.id,
      type: input.type,
    });
    return service;
  });
});
