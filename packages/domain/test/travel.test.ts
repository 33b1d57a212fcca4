import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../src/my-day";
import { type Actor, type CaseFacts, can } from "../src/policy";
import {
  departureDate,
  escortCovers,
  expiringTravelDocuments,
  isLocalDateTime,
  type TravelDocumentFacts,
  type TravelFacts,
  travelDocumentAddInput,
  travelDocumentCheck,
  travelDocumentExpiryDue,
  travelFitnessSetInput,
  travelLegAddInput,
} from "../src/travel";
import { checkTransition, travelReadyChecklist } from "../src/workflows";
import { READY, READY_TRAVEL } from "./workflows/fixtures";

const CASE = "7d0c0f5e-7a43-4c51-9a3b-6d7f4f0a2b11";
const isoDate = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const passport = (expiresOn: string | null, status: TravelDocumentFacts["status"] = "issued") => ({
  kind: "passport" as const,
  status,
  issuedOn: "2019-01-01",
  expiresOn,
});
const withLegOn = (travel: TravelFacts, day: string): TravelFacts => ({
  ...travel,
  legs: [
    {
      fromAirport: "VNO",
      toAirport: "TBS",
      departsAt: `${day}T08:00`,
      arrivesAt: `${day}T13:00`,
      escort: "none",
    },
  ],
});

describe("travel document check", () => {
  it("passes exactly when an issued document expires on or after the departure day (today without flights)", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.option(isoDate, { nil: null }),
        fc.array(fc.option(isoDate, { nil: null })),
        (today, flight, expiries) => {
          const base = { ...READY_TRAVEL, today, documents: expiries.map((e) => passport(e)) };
          const travel = flight === null ? { ...base, legs: [] } : withLegOn(base, flight);
          const through = flight ?? today;
          const valid = expiries.some((e) => e !== null && e >= through);
          const errors = travelDocumentCheck(travel);
          expect(errors.length === 0).toBe(valid);
          if (!valid) {
            expect(errors).toEqual(
              expiries.some((e) => e !== null)
                ? ["travel_document_expires_before_departure"]
                : ["travel_document_missing"],
            );
          }
        },
      ),
    );
  });

  it("never counts a document that is only requested, refused or cancelled", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.constantFrom("requested" as const, "refused" as const, "cancelled" as const),
        (expiry, status) => {
          expect(travelDocumentCheck({ ...READY_TRAVEL, documents: [passport(expiry, status)] })).toEqual([
            "travel_document_missing",
          ]);
        },
      ),
    );
  });

  it("a document expiring the day before departure blocks both travel steps, the day of departure does not", () => {
    const day = "2026-03-09";
    const onDay = { ...READY, travel: { ...READY_TRAVEL, documents: [passport(day)] } };
    const dayBefore = { ...READY, travel: { ...READY_TRAVEL, documents: [passport(addDays(day, -1))] } };
    expect(checkTransition("avrr", "travel_documents", "travel_booked", onDay).ok).toBe(true);
    for (const [from, to] of [
      ["travel_documents", "travel_booked"],
      ["travel_booked", "departed"],
    ] as const) {
      expect(checkTransition("avrr", from, to, dayBefore)).toEqual({
        ok: false,
        errors: ["travel_document_expires_before_departure"],
      });
    }
  });
});

describe("expiring travel documents", () => {
  it("are the issued ones expiring within the window (or expired), soonest first, and the task is due by then", () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.array(isoDate, { maxLength: 5 }),
        fc.integer({ min: 0, max: 120 }),
        (today, expiries, days) => {
          const documents = expiries.map((e) => passport(e));
          const expiring = expiringTravelDocuments(documents, today, days);
          const limit = addDays(today, days);
          expect(expiring.map((d) => d.expiresOn)).toEqual(expiries.filter((e) => e <= limit).sort());
          const due = travelDocumentExpiryDue(documents, today, days);
          if (expiring.length === 0) expect(due).toBeNull();
          else {
            expect(due !== null && due >= today && due <= limit).toBe(true);
          }
        },
      ),
    );
  });

  it("defaults to 30 days", () => {
    expect(expiringTravelDocuments([passport("2026-01-31")], "2026-01-01")).toHaveLength(1);
    expect(expiringTravelDocuments([passport("2026-02-01")], "2026-01-01")).toHaveLength(0);
  });
});

describe("travel-ready checklist", () => {
  it("ticks every item when the travel is ready, and names what is missing otherwise", () => {
    expect(travelReadyChecklist(READY)).toEqual({
      ready: true,
      items: [
        { item: "travel_document_valid", ok: true, missing: [] },
        { item: "fit_to_travel", ok: true, missing: [] },
        { item: "itinerary_booked", ok: true, missing: [] },
        { item: "escort_arranged", ok: true, missing: [] },
        { item: "destination_safe", ok: true, missing: [] },
        { item: "departure_confirmed", ok: true, missing: [] },
      ],
    });
    const nothing = travelReadyChecklist({ ...READY, travel: null });
    expect(nothing.ready).toBe(false);
    expect(nothing.items.map((i) => i.missing)).toEqual([
      ["travel_document_missing"],
      ["fitness_not_recorded"],
      ["itinerary_missing"],
      ["escort_need_not_recorded"],
      [],
      ["departure_not_confirmed"],
    ]);
  });

  it("is ready without the departure confirmed (that is for the departure step)", () => {
    const checklist = travelReadyChecklist({ ...READY, travel: { ...READY_TRAVEL, departedOn: null } });
    expect(checklist.ready).toBe(true);
    expect(
      checkTransition("avrr", "travel_documents", "travel_booked", {
        ...READY,
        travel: { ...READY_TRAVEL, departedOn: null },
      }).ok,
    ).toBe(true);
  });

  it("needs medical clearance, and the escort on every leg when one is needed", () => {
    const pending = { ...READY, travel: { ...READY_TRAVEL, medicalClearance: "pending" as const } };
    expect(checkTransition("avrr", "travel_documents", "travel_booked", pending)).toEqual({
      ok: false,
      errors: ["medical_clearance_pending"],
    });
    const escortNeeded = { ...READY, travel: { ...READY_TRAVEL, escortNeeded: "medical" as const } };
    expect(checkTransition("avrr", "travel_documents", "travel_booked", escortNeeded)).toEqual({
      ok: false,
      errors: ["escort_not_arranged"],
    });
    const escorted = {
      ...READY,
      travel: {
        ...READY_TRAVEL,
        escortNeeded: "medical" as const,
        legs: READY_TRAVEL.legs.map((leg) => ({ ...leg, escort: "medical" as const })),
      },
    };
    expect(checkTransition("avrr", "travel_documents", "travel_booked", escorted).ok).toBe(true);
  });

  it("an escort covers a need when it is at least of that kind", () => {
    expect(escortCovers("none", "none")).toBe(true);
    expect(escortCovers("medical", "non_medical")).toBe(true);
    expect(escortCovers("non_medical", "medical")).toBe(false);
    expect(escortCovers("none", "non_medical")).toBe(false);
  });

  it("refuses an itinerary whose flights do not connect", () => {
    const [first, second] = READY_TRAVEL.legs as [TravelFacts["legs"][0], TravelFacts["legs"][0]];
    const elsewhere = { ...READY_TRAVEL, legs: [first, { ...second, fromAirport: "SAW" }] };
    const tooEarly = { ...READY_TRAVEL, legs: [first, { ...second, departsAt: first.arrivesAt }] };
    for (const travel of [elsewhere, tooEarly]) {
      expect(travelReadyChecklist({ ...READY, travel }).items[2]).toEqual({
        item: "itinerary_booked",
        ok: false,
        missing: ["itinerary_not_connected"],
      });
    }
    expect(departureDate({ legs: [second, first] })).toBe("2026-03-09");
  });
});

describe("travel inputs", () => {
  it("an emergency travel document names its embassy; an issued document its dates", () => {
    const result = travelDocumentAddInput.safeParse({
      caseId: CASE,
      kind: "emergency_travel_document",
      status: "issued",
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(paths).toEqual(["expiresOn", "issuedOn", "issuingAuthority"]);
    expect(
      travelDocumentAddInput.safeParse({
        caseId: CASE,
        kind: "passport",
        status: "issued",
        issuedOn: "2024-01-01",
        expiresOn: "2023-12-31",
      }).error?.issues[0]?.message,
    ).toBe("before_issued");
  });

  it("a medical clearance given says when and by whom", () => {
    expect(
      travelFitnessSetInput
        .safeParse({ caseId: CASE, version: null, medicalClearance: "cleared", escortNeeded: "none" })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(["clearanceDate", "clearedBy"]);
  });

  it("flights: airport codes, local times, flight numbers", () => {
    const leg = travelLegAddInput.parse({
      caseId: CASE,
      carrier: "Turkish Airlines",
      flightNumber: "tk 1410",
      fromAirport: "vno",
      toAirport: "IST",
      departsAt: "2026-03-09T06:10",
      arrivesAt: "2026-03-09T09:40",
    });
    expect(leg).toMatchObject({ flightNumber: "TK1410", fromAirport: "VNO", escort: "none" });
    expect(isLocalDateTime("2026-02-30T10:00")).toBe(false);
    expect(isLocalDateTime("2026-02-28T24:00")).toBe(false);
    expect(travelLegAddInput.safeParse({ ...leg, toAirport: "VNO" }).success).toBe(false);
  });
});

describe("travel policy", () => {
  const worker: Actor = {
    id: "w",
    roles: ["caseworker"],
    programmes: ["avrr", "social_assistance"],
    handoverPending: false,
  };
  const manager: Actor = { id: "m", roles: ["manager"], programmes: ["avrr"], handoverPending: false };
  const avrr: CaseFacts = { programme: "avrr", restricted: false, assigneeIds: ["w"] };
  const social: CaseFacts = { programme: "social_assistance", restricted: false, assigneeIds: ["w"] };

  it("reads travel where the case is read, writes it where the case is worked on, on AVRR cases only", () => {
    expect(can(worker, { kind: "case.travel.read", case: avrr })).toBe(true);
    expect(can(worker, { kind: "case.travel.write", case: avrr })).toBe(true);
    expect(can(manager, { kind: "case.travel.read", case: avrr })).toBe(true);
    expect(can(manager, { kind: "case.travel.write", case: avrr })).toBe(false);
    expect(can(worker, { kind: "case.travel.read", case: social })).toBe(false);
    expect(can(worker, { kind: "case.travel.write", case: social })).toBe(false);
  });
});
