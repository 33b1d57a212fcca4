import { cases, caseWorkflowFacts } from "@kelias/db";
import {
  ARRIVAL_CONFIRMATION_STATES,
  type TravelRefusalReason,
  travelArrivalConfirmInput,
} from "@kelias/domain";
import { recordAllowed } from "../../../../audit/record";
import { deny } from "../../../../authorize";
import { caseProcedure } from "../../../../case-procedure";
import { caseTarget } from "../../../../case-record/audit";
import { claimVersion } from "../../../../concurrency";
import { loadTravel } from "../../../../travel/record";
import { writeTravelRow } from "../../../../travel/write-row";

/**
 * Confirms the arrival (the day, who confirmed it, notes) after departure, and records it as the
 * workflow's arrival date, from which the reintegration and monitoring tasks count. The workflow
 * facts share the case's version, so the case's version moves on too (a transition asked for on
 * the case as it was is then refused as stale, never made on an arrival date nobody saw).
 */
export const confirm = caseProcedure("case.travel.write", travelArrivalConfirmInput).mutation(
  async ({ ctx, input }) => {
    const { row } = ctx.case;
    const target = caseTarget(row.id);
    if (!ARRIVAL_CONFIRMATION_STATES.includes(row.state)) {
      return deny(ctx, ctx.action, "BAD_REQUEST", target, "arrival_not_now" satisfies TravelRefusalReason);
    }
    const { travel } = await loadTravel(ctx.db, row.id);
    if (!travel?.departedOn) {
      return deny(
        ctx,
        ctx.action,
        "BAD_REQUEST",
        target,
        "arrival_without_departure" satisfies TravelRefusalReason,
      );
    }
    if (input.arrivedOn < travel.departedOn) {
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
          arrivedOn: input.arrivedOn,
          arrivalConfirmedBy: input.confirmedBy,
          arrivalNotes: input.notes,
          arrivalRecordedBy: ctx.user.id,
        },
        ctx.user.id,
      );
      const caseVersion = await claimVersion(tx, cases, row.id, row.version);
      const written = { arrivalDate: input.arrivedOn, updatedBy: ctx.user.id, updatedAt: new Date() };
      await tx
        .insert(caseWorkflowFacts)
        .values({ caseId: row.id, ...written })
        .onConflictDoUpdate({ target: caseWorkflowFacts.caseId, set: written });
      await recordAllowed(tx, ctx, "case.travel.arrival.confirm", target, {
        arrivedOn: input.arrivedOn,
        version,
      });
      return { id: row.id, version, caseVersion };
    });
  },
);
