import {
  cases,
  caseTravelDocuments,
  caseWorkflowFacts,
  caseWorkflowTasks,
  verifyAuditChain,
} from "@kelias/db";
import { addDays, officeToday } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { raiseExpiringTravelDocumentTasks } from "../src/travel/record";
import { useTestDatabase } from "./support/db";
import {
  assign,
  errorShape,
  fingerprint,
  lastAuditOf,
  openCase,
  signedIn,
  type TestUser,
  testUser,
  trpcError,
} from "./support/fixtures";
import { confirmDeparture, recordReadyTravel } from "./support/travel";

const t = useTestDatabase();
const worker = testUser(t, ["caseworker"], ["avrr", "social_assistance"]);
const colleague = testUser(t, ["caseworker"], ["avrr"]);
const manager = testUser(t, ["manager"], ["avrr"]);

/** An AVRR case of `owner` standing in `state`, with its country of return recorded. */
async function avrrCaseIn(owner: TestUser, state: string) {
  const c = await openCase(t.db, owner, "avrr");
  await t.db.update(cases).set({ state }).where(eq(cases.id, c.id));
  await t.db
    .insert(caseWorkflowFacts)
    .values({ caseId: c.id, destinationCountry: "GE", updatedBy: owner.id });
  return c;
}

async function caseVersion(caseId: string) {
  const [row] = await t.db
    .select({ version: cases.version, state: cases.state })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row) throw new Error("no case");
  return row;
}

async function expiryTasks(caseId: string) {
  return t.db
    .select()
    .from(caseWorkflowTasks)
    .where(and(eq(caseWorkflowTasks.caseId, caseId), eq(caseWorkflowTasks.kind, "travel_document_expiring")));
}

describe("AVRR travel", () => {
  it("the checklist says what is missing, then lets the travel be booked, departed and arrived", async () => {
    const c = await avrrCaseIn(worker, "travel_documents");
    const caller = await signedIn(t.db, worker);
    const empty = await caller.case.travel.get({ caseId: c.id });
    expect(empty.checklist.ready).toBe(false);
    expect(empty.checklist.items.filter((i) => !i.ok).map((i) => i.missing)).toEqual([
      ["travel_document_missing"],
      ["fitness_not_recorded"],
      ["itinerary_missing"],
      ["escort_need_not_recorded"],
      ["departure_not_confirmed"],
    ]);
    await recordReadyTravel(caller, c.id, "2026-11-20");
    const ready = await caller.case.travel.get({ caseId: c.id });
    expect(ready.checklist.ready).toBe(true);
    expect(ready.departureDate).toBe("2026-11-20");
    expect(ready.legs.map((l) => `${l.fromAirport}-${l.toAirport}`)).toEqual(["VNO-IST", "IST-TBS"]);
    const move = async (to: string) =>
      caller.case.workflow.transition({
        caseId: c.id,
        version: (await caseVersion(c.id)).version,
        to,
        reason: "",
      });
    await move("travel_booked");
    const notYet = await trpcError(move("departed"));
    expect(errorShape(notYet, "case.workflow.transition", "mutation").data.reasons).toEqual([
      "departure_not_confirmed",
    ]);
    // Arrival waits for the departure.
    expect(
      (
        await trpcError(
          caller.case.travel.arrival.confirm({
            caseId: c.id,
            version: 1,
            arrivedOn: "2026-11-21",
            confirmedBy: "Office",
          }),
        )
      ).message,
    ).toBe("arrival_not_now");
    await confirmDeparture(caller, c.id, "2026-11-20");
    await move("departed");
    const seen = await caller.case.travel.get({ caseId: c.id });
    const early = await trpcError(
      caller.case.travel.arrival.confirm({
        caseId: c.id,
        version: seen.travel?.version ?? 0,
        arrivedOn: "2026-11-19",
        confirmedBy: "Office",
      }),
    );
    expect(early).toMatchObject({ code: "BAD_REQUEST", message: "arrival_before_departure" });
    const before = await caseVersion(c.id);
    const confirmed = await caller.case.travel.arrival.confirm({
      caseId: c.id,
      version: seen.travel?.version ?? 0,
      arrivedOn: "2026-11-21",
      confirmedBy: "IOM Tbilisi",
      notes: "Met at the airport.",
    });
    // The arrival is the workflow's arrival date, and the case's version moved with it.
    expect(confirmed.caseVersion).toBe(before.version + 1);
    const workflow = await caller.case.workflow.get({ caseId: c.id });
    expect(workflow.facts.arrivalDate).toBe("2026-11-21");
    await move("arrived");
    expect(await lastAuditOf(t.db, worker.id)).toMatchObject({
      action: "case.workflow.transition",
      outcome: "allowed",
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it("refuses a document expiring before the departure day", async () => {
    const c = await avrrCaseIn(worker, "travel_documents");
    const caller = await signedIn(t.db, worker);
    await recordReadyTravel(caller, c.id, "2030-02-01");
    const refused = await trpcError(
      caller.case.workflow.transition({
        caseId: c.id,
        version: (await caseVersion(c.id)).version,
        to: "travel_booked",
        reason: "",
      }),
    );
    expect(errorShape(refused, "case.workflow.transition", "mutation").data.reasons).toEqual([
      "travel_document_expires_before_departure",
    ]);
  });

  it("an expiring document raises one task, however often it is written or checked at start-up", async () => {
    const c = await avrrCaseIn(worker, "travel_documents");
    const caller = await signedIn(t.db, worker);
    const today = officeToday(new Date());
    const soon = addDays(today, 10);
    const added = await caller.case.travel.document.add({
      caseId: c.id,
      kind: "emergency_travel_document",
      status: "issued",
      issuingAuthority: "Embassy of Georgia in Vilnius",
      requestedOn: addDays(today, -20),
      issuedOn: addDays(today, -5),
      expiresOn: soon,
    });
    expect(added.taskId).not.toBeNull();
    const edited = await caller.case.travel.document.edit({
      caseId: c.id,
      documentId: added.id,
      version: added.version,
      kind: "emergency_travel_document",
      status: "issued",
      issuingAuthority: "Embassy of Georgia in Vilnius",
      issuedOn: addDays(today, -5),
      expiresOn: soon,
      number: "ETD-1",
    });
    expect(edited.taskId).toBeNull();
    expect(await raiseExpiringTravelDocumentTasks(t.db, today, 30)).toBe(0);
    expect((await expiryTasks(c.id)).map((task) => task.dueDate)).toEqual([soon]);
    expect((await caller.case.travel.get({ caseId: c.id })).documents[0]?.expiringSoon).toBe(true);
    // A document written before its expiry came near: the start-up pass raises its task, once.
    const later = await avrrCaseIn(worker, "eligible");
    await t.db.insert(caseTravelDocuments).values({
      caseId: later.id,
      kind: "passport",
      status: "issued",
      issuedOn: "2016-01-01",
      expiresOn: addDays(today, 20),
      createdBy: worker.id,
      updatedBy: worker.id,
    });
    expect(await raiseExpiringTravelDocumentTasks(t.db, today, 30)).toBe(1);
    expect(await raiseExpiringTravelDocumentTasks(t.db, today, 30)).toBe(0);
    expect(await expiryTasks(later.id)).toHaveLength(1);
  });

  it("who may: the caseworker writes, the manager reads, others do not see it, only AVRR cases travel", async () => {
    const c = await avrrCaseIn(worker, "travel_documents");
    const own = await signedIn(t.db, worker);
    const boss = await signedIn(t.db, manager);
    const other = await signedIn(t.db, colleague);
    const fitness = {
      caseId: c.id,
      version: null,
      medicalClearance: "pending",
      escortNeeded: "none",
    } as const;
    expect((await boss.case.travel.get({ caseId: c.id })).permissions.write).toBe(false);
    expect((await trpcError(boss.case.travel.fitness.set(fitness))).code).toBe("FORBIDDEN");
    expect((await trpcError(other.case.travel.get({ caseId: c.id }))).code).toBe("NOT_FOUND");
    expect((await trpcError(other.case.travel.fitness.set(fitness))).code).toBe("NOT_FOUND");
    const social = await openCase(t.db, worker, "social_assistance");
    expect((await trpcError(own.case.travel.get({ caseId: social.id }))).code).toBe("FORBIDDEN");
    // The number of a passport is an identity document: the manager reads it, a granted reader would not.
    await own.case.travel.document.add({
      caseId: c.id,
      kind: "passport",
      status: "requested",
      number: "GE77",
    });
    expect((await boss.case.travel.get({ caseId: c.id })).documents[0]?.number).toBe("GE77");
    // First write makes the travel row; a second against no version is stale.
    await own.case.travel.fitness.set(fitness);
    expect(await trpcError(own.case.travel.fitness.set(fitness))).toMatchObject({
      code: "CONFLICT",
      message: "stale_version",
    });
    // Bad input changes nothing.
    const unchanged = await fingerprint(t.db);
    const bad = await trpcError(
      own.case.travel.leg.add({
        caseId: c.id,
        carrier: "LOT",
        flightNumber: "??",
        fromAirport: "VNO",
        toAirport: "VNO",
        departsAt: "2026-02-30T10:00",
        arrivesAt: "2026-03-01T10:00",
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(
      Object.keys(
        errorShape(bad, "case.travel.leg.add", "mutation").data.fieldErrors?.fieldErrors ?? {},
      ).sort(),
    ).toEqual(["departsAt", "flightNumber", "toAirport"]);
    expect(await fingerprint(t.db)).toEqual(unchanged);
    await assign(t.db, c.id, manager.id);
    const seen = await boss.case.travel.get({ caseId: c.id });
    await boss.case.travel.fitness.set({
      ...fitness,
      version: seen.travel?.version ?? null,
      medicalClearance: "not_cleared",
      clearanceDate: "2026-01-05",
      clearedBy: "Dr. P.",
    });
  });
});
