import { CASE_STATES, type CountryCode, type EscortKind } from "@kelias/domain";
import type { Executor } from "../audit";
import { caseTravel, caseTravelDocuments, caseTravelLegs } from "../schema";
import { DAY, isoDay } from "./days";
import type { SeededRandom } from "./random";
import { type DemoCase, demoArrivalDate } from "./workflow";

/** Where the demo's returns fly: a transit airport and the one nearest home, with the carrier. */
const ROUTES: Partial<Record<CountryCode, { via: string; to: string; carrier: string; code: string }>> = {
  UA: { via: "WAW", to: "RZE", carrier: "LOT Polish Airlines", code: "LO" },
  BY: { via: "IST", to: "MSQ", carrier: "Turkish Airlines", code: "TK" },
  TJ: { via: "IST", to: "DYU", carrier: "Turkish Airlines", code: "TK" },
  UZ: { via: "IST", to: "TAS", carrier: "Turkish Airlines", code: "TK" },
  IQ: { via: "IST", to: "BGW", carrier: "Turkish Airlines", code: "TK" },
  SY: { via: "IST", to: "DAM", carrier: "Turkish Airlines", code: "TK" },
  NG: { via: "IST", to: "LOS", carrier: "Turkish Airlines", code: "TK" },
  LK: { via: "IST", to: "CMB", carrier: "Turkish Airlines", code: "TK" },
  IN: { via: "IST", to: "DEL", carrier: "Turkish Airlines", code: "TK" },
  VN: { via: "IST", to: "SGN", carrier: "Turkish Airlines", code: "TK" },
};

/** The later of two ISO dates. */
const later = (a: string, b: string) => [a, b].sort()[1] as string;
const step = (state: string) => (CASE_STATES.avrr as readonly string[]).indexOf(state);
const day = (date: Date) => isoDay(date);
const plus = (iso: string, days: number) =>
  isoDay(new Date(new Date(`${iso}T12:00:00Z`).getTime() + days * DAY));

/**
 * The day a demo AVRR case departs (or will): the day before its arrival (as its state history has
 * it), the day it entered "departed", the day before an early closure, or, for a booked case, a few
 * days from now. Null before the travel is booked.
 */
function travelDays(c: DemoCase, random: SeededRandom): { departure: string; arrival: string | null } | null {
  if (c.state === "withdrawn" || c.state === "not_eligible") return null;
  if (step(c.state) < step("travel_booked")) return null;
  if (c.state === "travel_booked") return { departure: plus(day(c.now), random.int(3, 21)), arrival: null };
  if (c.state === "departed") return { departure: day(c.enteredAt), arrival: null };
  const arrival = demoArrivalDate(c.openedAt, c.closedAt, c.now);
  if (c.state === "closed" && c.closedAt && new Date(`${arrival}T10:00:00Z`) > c.closedAt) {
    // Closed early after departing, before arriving.
    const before = plus(day(c.closedAt), -1);
    return { departure: later(before, day(c.openedAt)), arrival: null };
  }
  return { departure: plus(arrival, -1), arrival };
}

/**
 * Travel data consistent with a demo AVRR case's state: a case gathering its travel documents may
 * have an emergency travel document requested and its medical clearance pending; a case past "travel
 * booked" has a valid document, the clearance, a two-flight itinerary (with a medical escort where
 * one is needed), and, once departed, the departure confirmed; once arrived, the arrival (on the
 * workflow's arrival date). No demo document expires within the warning window, so no expiry task.
 */
export async function seedTravel(tx: Executor, random: SeededRandom, c: DemoCase): Promise<void> {
  if (c.programme !== "avrr") return;
  const route = ROUTES[c.country] ?? { via: "IST", to: "TBS", carrier: "Turkish Airlines", code: "TK" };
  const authored = {
    createdBy: c.ownerId,
    updatedBy: c.ownerId,
    createdAt: c.openedAt,
    updatedAt: c.openedAt,
  };
  const today = day(c.now);
  const opened = day(c.openedAt);
  if (c.state === "travel_documents") {
    if (random.chance(0.5)) {
      await tx.insert(caseTravelDocuments).values({
        caseId: c.caseId,
        kind: "emergency_travel_document",
        status: "requested",
        issuingAuthority: `Embassy (${c.country}) accredited to Lithuania`,
        requestedOn: day(c.enteredAt),
        ...authored,
      });
    }
    if (random.chance(0.5)) {
      await tx.insert(caseTravel).values({
        caseId: c.caseId,
        medicalClearance: "pending",
        escortNeeded: "none",
        updatedBy: c.ownerId,
        updatedAt: c.enteredAt,
      });
    }
    return;
  }
  const days = travelDays(c, random);
  if (days === null) return;
  const { departure, arrival } = days;
  const latest = (iso: string) => (iso > today ? today : iso);
  if (random.chance(0.6)) {
    const issuedOn = plus(opened, -random.int(200, 2500));
    await tx.insert(caseTravelDocuments).values({
      caseId: c.caseId,
      kind: "passport",
      status: "issued",
      issuedOn,
      number: `${c.country}${random.int(1_000_000, 9_999_999)}`,
      expiresOn: plus(issuedOn, 3652),
      ...authored,
    });
  } else {
    const issuedOn = latest(later(plus(departure, -20), opened));
    const requestedOn = later(plus(issuedOn, -14), opened);
    await tx.insert(caseTravelDocuments).values({
      caseId: c.caseId,
      kind: "emergency_travel_document",
      status: "issued",
      issuingAuthority: `Embassy (${c.country}) accredited to Lithuania`,
      requestedOn,
      issuedOn,
      number: `ETD-${random.int(10_000, 99_999)}`,
      expiresOn: plus(departure, 60),
      ...authored,
    });
  }
  const escort: EscortKind = random.chance(0.15) ? "medical" : "none";
  const departed = step(c.state) >= step("departed");
  await tx.insert(caseTravel).values({
    caseId: c.caseId,
    medicalClearance: "cleared",
    clearanceDate: latest(later(plus(departure, -7), opened)),
    clearedBy: "Dr. Rūta Jankauskienė, Vilnius outpatient clinic",
    escortNeeded: escort,
    departedOn: departed ? departure : null,
    departureConfirmedBy: departed ? "IOM Vilnius airport assistant" : "",
    departureRecordedBy: departed ? c.ownerId : null,
    arrivedOn: arrival,
    arrivalConfirmedBy: arrival ? `IOM office in the country of origin (${c.country})` : "",
    arrivalRecordedBy: arrival ? c.ownerId : null,
    updatedBy: c.ownerId,
    updatedAt: c.enteredAt,
  });
  const flight = () => `${route.code}${random.int(100, 1999)}`;
  await tx.insert(caseTravelLegs).values([
    {
      caseId: c.caseId,
      carrier: route.carrier,
      flightNumber: flight(),
      fromAirport: "VNO",
      toAirport: route.via,
      departsAt: `${departure}T06:10`,
      arrivesAt: `${departure}T09:40`,
      escort,
      ...authored,
    },
    {
      caseId: c.caseId,
      carrier: route.carrier,
      flightNumber: flight(),
      fromAirport: route.via,
      toAirport: route.to,
      departsAt: `${departure}T22:30`,
      arrivesAt: `${plus(departure, 1)}T04:15`,
      escort,
      ...authored,
    },
  ]);
}
