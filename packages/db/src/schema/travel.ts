import {
  ESCORT_KINDS,
  type EscortKind,
  MEDICAL_CLEARANCES,
  type MedicalClearance,
  TRAVEL_DOCUMENT_KINDS,
  TRAVEL_DOCUMENT_STATUSES,
  type TravelDocumentKind,
  type TravelDocumentStatus,
} from "@kelias/domain";
import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { authored, updated, userRef } from "./authored";
import { cases } from "./cases";
import { belongsTo, id, oneOfChecks, version } from "./columns";

/*
 * AVRR travel (see `packages/domain/src/travel.ts`): what the travel-ready checklist, and so the
 * "travel booked" and "departed" steps, are computed from.
 */

/** A travel document of the case's person: a passport, or an emergency travel document requested from an embassy. */
export const caseTravelDocuments = pgTable(
  "case_travel_documents",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    kind: text().$type<TravelDocumentKind>().notNull(),
    status: text().$type<TravelDocumentStatus>().notNull(),
    /** For an emergency travel document: the embassy or consulate it was requested from. */
    issuingAuthority: text().notNull().default(""),
    requestedOn: date({ mode: "string" }),
    issuedOn: date({ mode: "string" }),
    /** An identity-document number: shown only to those who read identity documents. */
    number: text().notNull().default(""),
    expiresOn: date({ mode: "string" }),
    note: text().notNull().default(""),
    version: version(),
    ...authored(),
  },
  (t) => [
    index("case_travel_documents_case_idx").on(t.caseId),
    ...oneOfChecks("case_travel_documents", t, {
      kind: TRAVEL_DOCUMENT_KINDS,
      status: TRAVEL_DOCUMENT_STATUSES,
    }),
    check(
      "case_travel_documents_dates_check",
      sql`(${t.issuedOn} is null or ${t.expiresOn} is null or ${t.expiresOn} > ${t.issuedOn}) and (${t.status} <> 'issued' or (${t.issuedOn} is not null and ${t.expiresOn} is not null))`,
    ),
  ],
);

/**
 * The travel of a case as a whole, one row made by its first write: fitness to travel, and the
 * confirmations of departure and arrival (the arrival also sets the workflow's arrival date).
 */
export const caseTravel = pgTable(
  "case_travel",
  {
    caseId: uuid()
      .primaryKey()
      .references(() => cases.id, { onDelete: "cascade" }),
    medicalClearance: text().$type<MedicalClearance>(),
    clearanceDate: date({ mode: "string" }),
    clearedBy: text().notNull().default(""),
    escortNeeded: text().$type<EscortKind>(),
    departedOn: date({ mode: "string" }),
    departureConfirmedBy: text().notNull().default(""),
    departureNotes: text().notNull().default(""),
    departureRecordedBy: userRef(),
    arrivedOn: date({ mode: "string" }),
    arrivalConfirmedBy: text().notNull().default(""),
    arrivalNotes: text().notNull().default(""),
    arrivalRecordedBy: userRef(),
    version: version(),
    ...updated(),
  },
  (t) => [
    ...oneOfChecks("case_travel", t, { medicalClearance: MEDICAL_CLEARANCES, escortNeeded: ESCORT_KINDS }),
    check(
      "case_travel_arrival_check",
      sql`${t.arrivedOn} is null or (${t.departedOn} is not null and ${t.arrivedOn} >= ${t.departedOn})`,
    ),
  ],
);

/** A flight of the itinerary; the transit points are where one leg lands and the next leaves. */
export const caseTravelLegs = pgTable(
  "case_travel_legs",
  {
    id: id(),
    caseId: belongsTo(() => cases.id),
    carrier: text().notNull(),
    flightNumber: text().notNull(),
    /** IATA airport codes. */
    fromAirport: text().notNull(),
    toAirport: text().notNull(),
    /** Local time at the airport, `YYYY-MM-DDTHH:MM` (a flight's times are local to each end). */
    departsAt: text().notNull(),
    arrivesAt: text().notNull(),
    escort: text().$type<EscortKind>().notNull().default("none"),
    version: version(),
    ...authored(),
  },
  (t) => [
    index("case_travel_legs_case_idx").on(t.caseId, t.departsAt),
    ...oneOfChecks("case_travel_legs", t, { escort: ESCORT_KINDS }),
    check(
      "case_travel_legs_airports_check",
      sql`${t.fromAirport} ~ '^[A-Z]{3}$' and ${t.toAirport} ~ '^[A-Z]{3}$' and ${t.fromAirport} <> ${t.toAirport}`,
    ),
    check(
      "case_travel_legs_times_check",
      sql`${t.departsAt} ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' and ${t.arrivesAt} ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$'`,
    ),
  ],
);
