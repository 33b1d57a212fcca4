import { caseAppointments } from "@kelias/db";
import { appointmentEditInput, officeInstant } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { claimVersion } from "../../../concurrency";
import { mayWorkOn } from "../../../my-day/workers";

/** Changes an appointment against the version that was read; a cancelled one is changed no more. */
export const edit = caseProcedure("case.update", appointmentEditInput).mutation(async ({ ctx, input }) => {
  const { row, facts } = ctx.case;
  const target = caseTarget(row.id);
  const [current] = await ctx.db
    .select({ id: caseAppointments.id, cancelledAt: caseAppointments.cancelledAt })
    .from(caseAppointments)
    .where(and(eq(caseAppointments.id, input.appointmentId), eq(caseAppointments.caseId, row.id)))
    .limit(1);
  if (!current) return deny(ctx, ctx.action, "NOT_FOUND", target);
  if (current.cancelledAt !== null)
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "appointment_cancelled");
  const chosen = input.attendeeId ?? ctx.user.id;
  if (chosen !== ctx.user.id && !(await mayWorkOn(ctx.db, chosen, facts))) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "attendee_not_on_case");
  }
  const startsAt = officeInstant(input.date, input.time);
  return ctx.db.transaction(async (tx) => {
    const version = await claimVersion(tx, caseAppointments, current.id, input.version, {
      kind: input.kind,
      startsAt,
      durationMinutes: input.durationMinutes,
      place: input.place,
      note: input.note,
      attendeeId: chosen === row.ownerId ? null : chosen,
      updatedBy: ctx.user.id,
    });
    await recordAllowed(tx, ctx, "case.appointment.edit", target, {
      appointmentId: current.id,
      kind: input.kind,
      startsAt: startsAt.toISOString(),
      attendeeId: chosen,
      version,
    });
    return { id: current.id, version };
  });
});
