import {
  can,
  departureDate,
  expiringTravelDocuments,
  officeToday,
  orderedLegs,
  travelReadyChecklist,
  withhold,
} from "@kelias/domain";
import { recordAllowed } from "../../../audit/record";
import { caseProcedure } from "../../../case-procedure";
import { caseTarget } from "../../../case-record/audit";
import { apiEnv } from "../../../env";
import { loadTravel } from "../../../travel/record";
import { guardFacts } from "../../../workflow/guard-facts";

/**
 * The travel of an AVRR case: its documents (numbers withheld from those who may not read identity
 * documents), fitness to travel, itinerary in flight order, departure and arrival, and the
 * travel-ready checklist computed from them (each item ticked, or what is missing).
 */
export const get = caseProcedure("case.travel.read").query(async ({ ctx }) => {
  const { row, facts } = ctx.case;
  const now = new Date();
  const today = officeToday(now);
  const [stored, guard] = await Promise.all([loadTravel(ctx.db, row.id), guardFacts(ctx.db, row.id, now)]);
  const expiring = new Set(
    expiringTravelDocuments(stored.documents, today, apiEnv().travelDocumentExpiryWarningDays).map(
      (d) => d.id,
    ),
  );
  await recordAllowed(ctx.db, ctx, "case.travel.get", caseTarget(row.id), {});
  const travel = stored.travel;
  return {
    caseId: row.id,
    state: row.state,
    today,
    documents: stored.documents.map((d) => ({
      id: d.id,
      version: d.version,
      kind: d.kind,
      status: d.status,
      issuingAuthority: d.issuingAuthority,
      requestedOn: d.requestedOn,
      issuedOn: d.issuedOn,
      number: withhold(ctx.user, facts, "identity_documents", d.number),
      expiresOn: d.expiresOn,
      note: d.note,
      expiringSoon: expiring.has(d.id),
    })),
    travel: travel
      ? {
          version: travel.version,
          medicalClearance: travel.medicalClearance,
          clearanceDate: travel.clearanceDate,
          clearedBy: travel.clearedBy,
          escortNeeded: travel.escortNeeded,
          departedOn: travel.departedOn,
          departureConfirmedBy: travel.departureConfirmedBy,
          departureNotes: travel.departureNotes,
          arrivedOn: travel.arrivedOn,
          arrivalConfirmedBy: travel.arrivalConfirmedBy,
          arrivalNotes: travel.arrivalNotes,
        }
      : null,
    legs: orderedLegs(stored.legs).map((l) => ({
      id: l.id,
      version: l.version,
      carrier: l.carrier,
      flightNumber: l.flightNumber,
      fromAirport: l.fromAirport,
      toAirport: l.toAirport,
      departsAt: l.departsAt,
      arrivesAt: l.arrivesAt,
      escort: l.escort,
    })),
    departureDate: departureDate(stored),
    checklist: travelReadyChecklist(guard.facts),
    permissions: { write: can(ctx.user, { kind: "case.travel.write", case: facts }) },
  };
});
