import {
  DEPARTURE_CONFIRMATION_STATES,
  type TravelRefusalReason,
  travelDepartureConfirmInput,
} from "@kelias/domain";
import { recordAllowed } from "../../../../audit/record";
import { deny } from "../../../../authorize";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { loadTravel } from "../../../../travel/record";
import { writeTravelRow } from "../../../../travel/write-row";

/**
 * Confirms the departure (the day, who confirmed it, notes): once the travel is booked, or to
 * correct it after. "Departed" needs it.
 */
export const confirm = caseProcedure("case.travel.write", travelDepartureConfirmInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    if (!DEPARTURE_CONFIRMATION_STATES.includes(row.state)) {
      return deny(ctx, ctx.action, "BAD_REQUEST", target, "departure_not_now" satisfies TravelRefusalReason);
    }
    const { travel } = await loadTravel(ctx.db, row.id);
    if (travel?.arrivedOn && travel.arrivedOn < input.departedOn) {
      return deny(
        ctx,
        ctx.action,
        "BAD_REQUEST",
        target,
        "arrival_before_departure" satisfies TravelRefusalReason,
      );
    }
    return ctx.db.transaction(async (tx) => {
      const version = await writeTravelRow(
        tx,
        row.id,
        input.version,
        {
          departedOn: input.departedOn,
          departureConfirmedBy: input.confirmedBy,
          departureNotes: input.notes,
          departureRecordedBy: ctx.user.id,
        },
        ctx.user.id,
      );
      await recordAllowed(tx, ctx, "case.travel.departure.confirm", target, {
        departedOn: input.departedOn,
        version,
      });
      return { id: row.id, version };
    });
  },
);
