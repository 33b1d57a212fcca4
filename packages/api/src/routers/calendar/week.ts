import {
  addDays,
  appointmentWeekInput,
  caseScope,
  officeToday,
  officeWeek,
  officeWeekSpan,
} from "@kelias/domain";
import { authorize } from "../../authorize";
import { appointmentsWhere, userAppointmentsWhere } from "../../my-day/appointments";
import { caseScopeSql } from "../../scope";
import { authedProcedure } from "../../trpc";

/**
 * "This week": the actor's appointments of an office week (Monday to Sunday, local time), those they
 * go to and those of the cases they work on, in the cases within their scope now; cancelled ones
 * marked. With the week's days, and the weeks before and after for paging.
 */
export const week = authedProcedure
  .meta({ action: "calendar.read" })
  .input(appointmentWeekInput.optional())
  .query(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "calendar.read" });
    const today = officeToday(new Date());
    const day = input?.day ?? today;
    const { start, end } = officeWeek(day);
    const appointments = await appointmentsWhere(
      ctx.db,
      userAppointmentsWhere(
        ctx,
        ctx.user.id,
        caseScopeSql(ctx, caseScope(ctx.user, "access")),
        officeWeekSpan(day),
      ),
    );
    return {
      today,
      start,
      end,
      days: Array.from({ length: 7 }, (_, i) => addDays(start, i)),
      previous: addDays(start, -7),
      next: addDays(start, 7),
      appointments,
    };
  });
