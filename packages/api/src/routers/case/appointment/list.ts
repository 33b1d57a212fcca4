import { caseAppointments } from "@kelias/db";
import { eq } from "drizzle-orm";
import { caseProcedure } from "../../../case-procedure";
import { appointmentsWhere } from "../../../my-day/appointments";

/**
 * The case's appointments, cancelled ones included (marked), in the order they start. The case page
 * reads the case with `case.get`, which audits the read; this list adds nothing to audit.
 */
export const list = caseProcedure("case.read").query(({ ctx }) =>
  appointmentsWhere(ctx.db, eq(caseAppointments.caseId, ctx.case.row.id)),
);
