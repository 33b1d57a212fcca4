import { cases, caseTravelDocuments, caseTravelLegs, type Database } from "@kelias/db";
import { eq } from "drizzle-orm";
import type { signedIn } from "./fixtures";

type Caller = Awaited<ReturnType<typeof signedIn>>;

/**
 * Records, through the API, a travel on which the travel-ready checklist passes: a valid passport,
 * medical clearance, no escort needed and a two-flight itinerary leaving on `departure` (ISO date).
 */
export async function recordReadyTravel(caller: Caller, caseId: string, departure: string): Promise<void> {
  await caller.case.travel.document.add({
    caseId,
    kind: "passport",
    status: "issued",
    issuedOn: "2020-01-10",
    expiresOn: "2030-01-09",
    number: "GE1234567",
  });
  const seen = await caller.case.travel.get({ caseId });
  await caller.case.travel.fitness.set({
    caseId,
    version: seen.travel?.version ?? null,
    medicalClearance: "cleared",
    clearanceDate: "2025-12-01",
    clearedBy: "Dr. Petraitis",
    escortNeeded: "none",
  });
  await caller.case.travel.leg.add({
    caseId,
    carrier: "Turkish Airlines",
    flightNumber: "TK1410",
    fromAirport: "VNO",
    toAirport: "IST",
    departsAt: `${departure}T06:10`,
    arrivesAt: `${departure}T09:40`,
  });
  await caller.case.travel.leg.add({
    caseId,
    carrier: "Turkish Airlines",
    flightNumber: "TK378",
    fromAirport: "IST",
    toAirport: "TBS",
    departsAt: `${departure}T12:00`,
    arrivesAt: `${departure}T15:30`,
  });
}

/** Confirms the departure on `day`, against the travel record as it is now. */
export async function confirmDeparture(caller: Caller, caseId: string, day: string): Promise<void> {
  const seen = await caller.case.travel.get({ caseId });
  await caller.case.travel.departure.confirm({
    caseId,
    version: seen.travel?.version ?? null,
    departedOn: day,
    confirmedBy: "Airport escort",
  });
}

/** A stored travel document and flight on a case, written as its owner. */
export async function insertTravelRows(db: Database, caseId: string) {
  const [owner] = await db.select({ id: cases.ownerId }).from(cases).where(eq(cases.id, caseId));
  if (!owner?.id) throw new Error(`no owner of ${caseId}`);
  const by = { createdBy: owner.id, updatedBy: owner.id };
  const [document] = await db
    .insert(caseTravelDocuments)
    .values({ caseId, kind: "passport", status: "requested", ...by })
    .returning({ id: caseTravelDocuments.id, version: caseTravelDocuments.version });
  const [leg] = await db
    .insert(caseTravelLegs)
    .values({
      caseId,
      carrier: "LOT",
      flightNumber: "LO772",
      fromAirport: "VNO",
      toAirport: "WAW",
      departsAt: "2026-03-01T06:00",
      arrivesAt: "2026-03-01T07:10",
      ...by,
    })
    .returning({ id: caseTravelLegs.id, version: caseTravelLegs.version });
  if (!document || !leg) throw new Error("travel insert returned nothing");
  return { document, leg };
}
