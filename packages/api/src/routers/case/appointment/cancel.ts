import { caseAppointments } from "@kelias/db";
import { appointmentCancelInput } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";

/** Calls an appointment off against the version that was read; it stays on the case, marked. */
export const cancel = caseProcedure("case.update", appointmentCancelInput).mutation(
  async ({ ctx, input }) => {
    const target = caseTarget(ctx.case.row.id);
    const [current] = await ctx.db
      .select({ id: caseAppointments.id, cancelledAt: caseAppointments.cancelledAt })
      .from(caseAppointments)
      .where(and(eq(caseAppointments.id, input.appointmentId), eq(caseAppointments.caseId, ctx.case.row.id)))
      .limit(1);
    if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
    if (current.cancelledAt !== null)
      return deny(ctx, ctx.action, "BAD_REQUEST", target, "appointment_cancelled");
    return ctx.db.transaction(async (tx) => {
      const version = await claimVersion(tx, caseAppointments, current.id, input.version, {
        cancelledAt: new Date(),
        cancelledBy: ctx.user.id,
        cancelReason: input.reason,
        updatedBy: ctx.user.id,
      });
      await recordAllowed(tx, ctx, "case.appointment.cancel", target, { appointmentId: current.id, version });
      return { id: current.id, version };
    });
  },
);
