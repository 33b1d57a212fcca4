import { z } from "zod";
import { isIsoDate } from "./age";
import { idInput, requiredTextInput, storableString, textInput, versionInput } from "./input-schemas";
import { addDays } from "./my-day";

/*
 * AVRR travel (domain brief §4: travel documents → tickets → departure → arrival): the documents the
 * person travels on, whether they are fit to travel and need an escort, the itinerary, and the
 * confirmations of departure and arrival. The travel-ready checklist built from them
 * (`workflows/travel-ready.ts`) is what the workflow's "travel booked" and "departed" steps require.
 * Pure: no clock, no I/O; "today" is passed in.
 */

/** What a person travels on: their own passport, or an emergency travel document (laissez-passer). */
export const TRAVEL_DOCUMENT_KINDS = ["passport", "emergency_travel_document"] as const;
export type TravelDocumentKind = (typeof TRAVEL_DOCUMENT_KINDS)[number];

/** Where a travel document stands: asked for, in hand, refused by the issuer, or no longer used. */
export const TRAVEL_DOCUMENT_STATUSES = ["requested", "issued", "refused", "cancelled"] as const;
export type TravelDocumentStatus = (typeof TRAVEL_DOCUMENT_STATUSES)[number];

/** The medical clearance to travel: asked for and waiting, given, or refused. */
export const MEDICAL_CLEARANCES = ["pending", "cleared", "not_cleared"] as const;
export type MedicalClearance = (typeof MEDICAL_CLEARANCES)[number];

/** Whether the person needs an escort, and which (the same vocabulary says who escorts each leg). */
export const ESCORT_KINDS = ["none", "medical", "non_medical"] as const;
export type EscortKind = (typeof ESCORT_KINDS)[number];

/**
 * How many days before its expiry a travel document raises a task on the case. The default; the
 * API reads the office's setting (`TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS`).
 */
export const DEFAULT_TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS = 30;

/** The states in which a travel document still matters for a departure to come. */
export const AVRR_PRE_DEPARTURE_STATES = [
  "application",
  "eligibility_counselling",
  "eligible",
  "travel_documents",
  "travel_booked",
] as const;

/** Where departure and arrival may be confirmed (and corrected, in the state after). */
export const DEPARTURE_CONFIRMATION_STATES: readonly string[] = ["travel_booked", "departed"];
export const ARRIVAL_CONFIRMATION_STATES: readonly string[] = ["departed", "arrived"];

export interface TravelDocumentFacts {
  kind: TravelDocumentKind;
  status: TravelDocumentStatus;
  /** ISO date, when issued. */
  issuedOn: string | null;
  /** ISO date: the last day the document is valid. */
  expiresOn: string | null;
}

export interface TravelLegFacts {
  /** IATA airport codes. */
  fromAirport: string;
  toAirport: string;
  /** Local time at the airport, `YYYY-MM-DDTHH:MM`. */
  departsAt: string;
  arrivesAt: string;
  escort: EscortKind;
}

/** What the travel-ready checklist reads about a case (`travelFacts` builds it from the stored rows). */
export interface TravelFacts {
  /** The office's calendar day now (ISO date): a document must still be valid then. */
  today: string;
  documents: readonly TravelDocumentFacts[];
  /** Null: fitness to travel not recorded yet. */
  medicalClearance: MedicalClearance | null;
  escortNeeded: EscortKind | null;
  legs: readonly TravelLegFacts[];
  /** ISO date the departure was confirmed for; null while not confirmed. */
  departedOn: string | null;
}

/** The stored travel of a case, as far as the checklist reads it (any extra columns are ignored). */
export interface StoredTravel {
  documents: readonly TravelDocumentFacts[];
  travel: {
    medicalClearance: MedicalClearance | null;
    escortNeeded: EscortKind | null;
    departedOn: string | null;
  } | null;
  legs: readonly TravelLegFacts[];
}

/** The checklist's facts from the stored rows, on `today`. */
export function travelFacts(stored: StoredTravel, today: string): TravelFacts {
  return {
    today,
    documents: stored.documents.map(({ kind, status, issuedOn, expiresOn }) => ({
      kind,
      status,
      issuedOn,
      expiresOn,
    })),
    medicalClearance: stored.travel?.medicalClearance ?? null,
    escortNeeded: stored.travel?.escortNeeded ?? null,
    legs: stored.legs.map(({ fromAirport, toAirport, departsAt, arrivesAt, escort }) => ({
      fromAirport,
      toAirport,
      departsAt,
      arrivesAt,
      escort,
    })),
    departedOn: stored.travel?.departedOn ?? null,
  };
}

/** Nothing recorded yet, on `today`. */
export function emptyTravelFacts(today: string): TravelFacts {
  return { today, documents: [], medicalClearance: null, escortNeeded: null, legs: [], departedOn: null };
}

/** Codes saying what the travel-ready checklist is missing; the interface translates them. */
export const TRAVEL_MESSAGE_CODES = [
  "travel_document_missing",
  "travel_document_expires_before_departure",
  "fitness_not_recorded",
  "medical_clearance_pending",
  "not_fit_to_travel",
  "itinerary_missing",
  "itinerary_not_connected",
  "escort_need_not_recorded",
  "escort_not_arranged",
  "departure_not_confirmed",
] as const;
export type TravelMessageCode = (typeof TRAVEL_MESSAGE_CODES)[number];

/** The legs in the order they are flown. */
export function orderedLegs<L extends Pick<TravelLegFacts, "departsAt">>(legs: readonly L[]): L[] {
  return [...legs].sort((a, b) => (a.departsAt < b.departsAt ? -1 : a.departsAt > b.departsAt ? 1 : 0));
}

/** The day of departure: the first leg's (local) date, or null without an itinerary. */
export function departureDate(travel: Pick<TravelFacts, "legs">): string | null {
  const first = orderedLegs(travel.legs)[0];
  return first ? first.departsAt.slice(0, 10) : null;
}

/**
 * The day a document must still be valid on: the departure day, or today when no flight is booked
 * yet (a document that has already expired is no good, whatever comes).
 */
function validThrough(travel: TravelFacts): string {
  return departureDate(travel) ?? travel.today;
}

/** An issued document whose expiry is recorded. */
function usable(document: TravelDocumentFacts): document is TravelDocumentFacts & { expiresOn: string } {
  return document.status === "issued" && document.expiresOn !== null && isIsoDate(document.expiresOn);
}

/** A valid travel document: issued and not expiring before the departure day (or today). */
export function travelDocumentCheck(travel: TravelFacts): TravelMessageCode[] {
  const issued = travel.documents.filter(usable);
  if (issued.length === 0) return ["travel_document_missing"];
  const through = validThrough(travel);
  return issued.some((document) => document.expiresOn >= through)
    ? []
    : ["travel_document_expires_before_departure"];
}

/** Fit to travel: the medical clearance given, and whether an escort is needed recorded. */
export function fitnessCheck(travel: TravelFacts): TravelMessageCode[] {
  switch (travel.medicalClearance) {
    case null:
      return ["fitness_not_recorded"];
    case "pending":
      return ["medical_clearance_pending"];
    case "not_cleared":
      return ["not_fit_to_travel"];
    case "cleared":
      return [];
  }
}

/**
 * An itinerary booked: at least one flight, and the flights connect: each leaves from the airport
 * the previous one landed at, after it landed (both times are local to that airport, so they compare).
 */
export function itineraryCheck(travel: TravelFacts): TravelMessageCode[] {
  const legs = orderedLegs(travel.legs);
  if (legs.length === 0) return ["itinerary_missing"];
  for (let i = 1; i < legs.length; i++) {
    const previous = legs[i - 1] as TravelLegFacts;
    const leg = legs[i] as TravelLegFacts;
    if (leg.fromAirport !== previous.toAirport || leg.departsAt <= previous.arrivesAt) {
      return ["itinerary_not_connected"];
    }
  }
  return [];
}

/** An escort of this kind covers that need (a medical escort also covers a non-medical need). */
export function escortCovers(escort: EscortKind, need: EscortKind): boolean {
  if (need === "none") return true;
  if (need === "non_medical") return escort !== "none";
  return escort === "medical";
}

/** The escort arranged where one is needed: on every leg, of the kind needed. */
export function escortCheck(travel: TravelFacts): TravelMessageCode[] {
  if (travel.escortNeeded === null) return ["escort_need_not_recorded"];
  const need = travel.escortNeeded;
  if (need === "none") return [];
  if (travel.legs.length === 0) return ["escort_not_arranged"];
  return travel.legs.every((leg) => escortCovers(leg.escort, need)) ? [] : ["escort_not_arranged"];
}

export function departureCheck(travel: TravelFacts): TravelMessageCode[] {
  return travel.departedOn === null ? ["departure_not_confirmed"] : [];
}

/**
 * The issued documents expiring within `withinDays` of `today` (or already expired), soonest first:
 * each needs renewing, or the departure planning around it.
 */
export function expiringTravelDocuments<D extends TravelDocumentFacts>(
  documents: readonly D[],
  today: string,
  withinDays: number = DEFAULT_TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS,
): D[] {
  const limit = addDays(today, withinDays);
  return documents
    .filter(
      (document): document is D & { expiresOn: string } => usable(document) && document.expiresOn <= limit,
    )
    .sort((a, b) => (a.expiresOn < b.expiresOn ? -1 : a.expiresOn > b.expiresOn ? 1 : 0));
}

/**
 * The due date of the task an expiring document raises: renew it before it expires (today, when it
 * already has). Null when no document is expiring.
 */
export function travelDocumentExpiryDue(
  documents: readonly TravelDocumentFacts[],
  today: string,
  withinDays: number = DEFAULT_TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS,
): string | null {
  const soonest = expiringTravelDocuments(documents, today, withinDays)[0];
  if (!soonest?.expiresOn) return null;
  return soonest.expiresOn > today ? soonest.expiresOn : today;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** The latest calendar date anywhere on Earth (UTC+14): "today" for someone, so never "in the future". */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const caseId = idInput();
const isoDate = storableString()
  .trim()
  .refine(isIsoDate, { message: "invalid_date" })
  .refine((value) => value >= "1990-01-01" && value <= "2099-12-31", { message: "invalid_date" });
const pastDate = isoDate.refine((value) => value <= latestToday(new Date()), { message: "in_future" });

/** A local date and time, `YYYY-MM-DDTHH:MM`, on a valid day. */
export function isLocalDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(value);
  return match !== null && isIsoDate(match[1] as string);
}
const localDateTime = storableString()
  .trim()
  .refine(isLocalDateTime, { message: "invalid_date_time" })
  .refine((value) => value >= "2000-01-01" && value <= "2099-12-31T23:59", { message: "invalid_date_time" });
const airport = storableString()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => /^[A-Z]{3}$/.test(value), { message: "invalid_airport" });

const documentFields = {
  kind: z.enum(TRAVEL_DOCUMENT_KINDS),
  status: z.enum(TRAVEL_DOCUMENT_STATUSES),
  /** For an emergency travel document, the embassy or consulate it was requested from. */
  issuingAuthority: textInput(200).default(""),
  requestedOn: pastDate.nullable().default(null),
  issuedOn: pastDate.nullable().default(null),
  number: textInput(50).default(""),
  expiresOn: isoDate.nullable().default(null),
  note: textInput(2000).default(""),
};

function documentRules(
  value: {
    kind: TravelDocumentKind;
    status: TravelDocumentStatus;
    issuingAuthority: string;
    requestedOn: string | null;
    issuedOn: string | null;
    expiresOn: string | null;
  },
  ctx: z.RefinementCtx,
) {
  if (value.kind === "emergency_travel_document" && value.issuingAuthority.trim() === "") {
    ctx.addIssue({ code: "custom", path: ["issuingAuthority"], message: "required" });
  }
  if (value.status === "issued") {
    if (value.issuedOn === null) ctx.addIssue({ code: "custom", path: ["issuedOn"], message: "required" });
    if (value.expiresOn === null) ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "required" });
  }
  if (value.requestedOn !== null && value.issuedOn !== null && value.issuedOn < value.requestedOn) {
    ctx.addIssue({ code: "custom", path: ["issuedOn"], message: "before_requested" });
  }
  if (value.issuedOn !== null && value.expiresOn !== null && value.expiresOn <= value.issuedOn) {
    ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "before_issued" });
  }
}

export const travelDocumentAddInput = z.object({ caseId, ...documentFields }).superRefine(documentRules);
export type TravelDocumentAddInput = z.infer<typeof travelDocumentAddInput>;

export const travelDocumentEditInput = z
  .object({ caseId, documentId: idInput(), version: versionInput, ...documentFields })
  .superRefine(documentRules);
export type TravelDocumentEditInput = z.infer<typeof travelDocumentEditInput>;

/**
 * The case's travel record (fitness, departure, arrival) is one row, made by its first write: a
 * write names the version it read, or null when there was none yet.
 */
const travelVersion = versionInput.nullable();

export const travelFitnessSetInput = z
  .object({
    caseId,
    version: travelVersion,
    medicalClearance: z.enum(MEDICAL_CLEARANCES),
    /** When the clearance was given or refused. */
    clearanceDate: pastDate.nullable().default(null),
    /** Who gave or refused it (a doctor, a clinic). */
    clearedBy: textInput(200).default(""),
    escortNeeded: z.enum(ESCORT_KINDS),
  })
  .superRefine((value, ctx) => {
    if (value.medicalClearance !== "pending") {
      if (value.clearanceDate === null) {
        ctx.addIssue({ code: "custom", path: ["clearanceDate"], message: "required" });
      }
      if (value.clearedBy.trim() === "")
        ctx.addIssue({ code: "custom", path: ["clearedBy"], message: "required" });
    }
  });
export type TravelFitnessSetInput = z.infer<typeof travelFitnessSetInput>;

const legFields = {
  carrier: requiredTextInput(100),
  flightNumber: storableString()
    .trim()
    .transform((value) => value.toUpperCase().replace(/\s+/g, ""))
    .refine((value) => /^[A-Z0-9]{2}\d{1,4}[A-Z]?$/.test(value), { message: "invalid_flight_number" }),
  fromAirport: airport,
  toAirport: airport,
  departsAt: localDateTime,
  arrivesAt: localDateTime,
  escort: z.enum(ESCORT_KINDS).default("none"),
};

function legRules(value: { fromAirport: string; toAirport: string }, ctx: z.RefinementCtx) {
  if (value.fromAirport === value.toAirport) {
    ctx.addIssue({ code: "custom", path: ["toAirport"], message: "same_airport" });
  }
}

export const travelLegAddInput = z.object({ caseId, ...legFields }).superRefine(legRules);
export type TravelLegAddInput = z.infer<typeof travelLegAddInput>;

export const travelLegEditInput = z
  .object({ caseId, legId: idInput(), version: versionInput, ...legFields })
  .superRefine(legRules);
export type TravelLegEditInput = z.infer<typeof travelLegEditInput>;

export const travelLegRemoveInput = z.object({ caseId, legId: idInput(), version: versionInput });
export type TravelLegRemoveInput = z.infer<typeof travelLegRemoveInput>;

const confirmationFields = {
  caseId,
  version: travelVersion,
  /** Who confirmed it: the escort, the airport, the office in the country of origin. */
  confirmedBy: requiredTextInput(200),
  notes: textInput(2000).default(""),
};

export const travelDepartureConfirmInput = z.object({ ...confirmationFields, departedOn: pastDate });
export type TravelDepartureConfirmInput = z.infer<typeof travelDepartureConfirmInput>;

export const travelArrivalConfirmInput = z.object({ ...confirmationFields, arrivedOn: pastDate });
export type TravelArrivalConfirmInput = z.infer<typeof travelArrivalConfirmInput>;

/** Why a travel write is refused (besides input errors and versions); the interface translates them. */
export const TRAVEL_REFUSAL_REASONS = [
  /** Departure is confirmed once the travel is booked (or corrected after). */
  "departure_not_now",
  /** Arrival is confirmed after departure (or corrected after arrival). */
  "arrival_not_now",
  /** The arrival is before the confirmed departure. */
  "arrival_before_departure",
  /** An arrival needs the departure confirmed first. */
  "arrival_without_departure",
] as const;
export type TravelRefusalReason = (typeof TRAVEL_REFUSAL_REASONS)[number];
