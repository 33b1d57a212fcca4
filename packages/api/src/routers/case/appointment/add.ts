import { caseAppointments } from "@kelias/db";
import { appointmentAddInput, officeInstant } from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { deny } from "../../../authorize";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { writeOnce } from "../../../idempotency";
import { mayWorkOn } from "../../../my-day/workers";

/**
 * Plans an appointment on the case at the office's local date and time, with the colleague who goes
 * (one who works on the case; the author when left out). Naming the case's owner stores no name, so
 * the appointment follows the case when it is handed over.
 */
export const add = caseProcedure("case.update", appointmentAddInput).mutation(async ({ ctx, input }) => {
  const { row, facts } = ctx.case;
  const target = caseTarget(row.id);
  const chosen = input.attendeeId ?? ctx.user.id;
  if (chosen !== ctx.user.id && !(await mayWorkOn(ctx.db, chosen, facts))) {
    return deny(ctx, ctx.action, "BAD_REQUEST", target, "attendee_not_on_case");
  }
  const startsAt = officeInstant(input.date, input.time);
  return writeOnce(ctx, { procedure: ctx.action, input }, async (tx) => {
    const [appointment] = await tx
      .insert(caseAppointments)
      .values({
        caseId: row.id,
        kind: input.kind,
        startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place,
        note: input.note,
        attendeeId: chosen === row.ownerId ? null : chosen,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      })
      .returning({ id: caseAppointments.id, version: caseAppointments.version });
    if (!appointment) throw new Error("appointment insert returned nothing");
    await recordAllowed(tx, ctx, "case.appointment.add", target, {
      appointmentId: appointment.id,
      kind: input.kind,
      startsAt: startsAt.toISOString(),
      attendeeId: chosen,
    });
    return appointment;
  });
});
