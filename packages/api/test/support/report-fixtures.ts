import {
  caseServices,
  caseStateHistory,
  cases,
  caseTasks,
  caseWorkflowFacts,
  type Database,
  identificationDecisions,
  people,
  traffickingScreenings,
} from "@kelias/db";
import {
  type CountryCode,
  CURRENT_ILO_CATALOGUE,
  initialState,
  type Programme,
  type TypeOfExploitation,
} from "@kelias/domain";
import { eq } from "drizzle-orm";
import { openCase, type TestUser } from "./fixtures";

/**
 * Cases with a hand-written history for the dashboard and export tests: opened, moved and closed
 * on the given days (written directly; the workflow itself is tested through the API).
 */
export interface ShapedCase {
  owner: TestUser;
  programme: Programme;
  state: string;
  openedAt: string;
  closedAt?: string;
  /** States entered, with the instant they were entered. */
  history?: [state: string, at: string][];
  destination?: CountryCode;
  redFlags?: string[];
  citizenships?: CountryCode[];
}

export async function shapedCase(db: Database, shape: ShapedCase) {
  const c = await openCase(db, shape.owner, shape.programme);
  await db
    .update(cases)
    .set({
      state: shape.state,
      openedAt: new Date(shape.openedAt),
      closedAt: shape.closedAt ? new Date(shape.closedAt) : null,
    })
    .where(eq(cases.id, c.id));
  for (const [toState, at] of shape.history ?? []) {
    await db.insert(caseStateHistory).values({
      caseId: c.id,
      // Where it came from does not count; the database takes only states it knows.
      fromState: initialState(shape.programme),
      toState,
      kind: "advance",
      movedBy: shape.owner.id,
      at: new Date(at),
    });
  }
  if (shape.destination || shape.redFlags) {
    await db.insert(caseWorkflowFacts).values({
      caseId: c.id,
      destinationCountry: shape.destination ?? null,
      contractRedFlags: (shape.redFlags ?? []) as never,
      updatedBy: shape.owner.id,
    });
  }
  if (shape.citizenships) {
    await db.update(people).set({ citizenships: shape.citizenships }).where(eq(people.id, c.personId));
  }
  return c;
}

export async function addService(
  db: Database,
  caseId: string,
  by: TestUser,
  service: { type: string; deliveredOn: string; quantity: number; cost: string | null },
) {
  await db.insert(caseServices).values({
    caseId,
    type: service.type,
    provider: "Provider",
    deliveredOn: service.deliveredOn,
    quantity: service.quantity,
    cost: service.cost,
    currency: service.cost === null ? null : "EUR",
    createdBy: by.id,
    updatedBy: by.id,
  });
}

export async function addOverdueTask(db: Database, caseId: string, by: TestUser, dueDate: string) {
  await db
    .insert(caseTasks)
    .values({ caseId, title: "Call back", dueDate, createdBy: by.id, updatedBy: by.id });
}

/** A screening opened at `at`, and optionally an identification confirmed as actual victim at `identifiedAt`. */
export async function addScreening(
  db: Database,
  caseId: string,
  by: TestUser,
  screening: {
    at: string;
    types: TypeOfExploitation[];
    identifiedAt?: string;
    countryOfExploitation?: CountryCode;
    facts?: Record<string, unknown>;
  },
) {
  const facts = (screening.facts ?? {}) as never;
  const [row] = await db
    .insert(traffickingScreenings)
    .values({
      caseId,
      facts,
      indicatorCatalogueId: CURRENT_ILO_CATALOGUE.id,
      assessment: {} as never,
      typesOfExploitation: screening.types,
      countryOfExploitation: screening.countryOfExploitation ?? null,
      createdBy: by.id,
      updatedBy: by.id,
      createdAt: new Date(screening.at),
    })
    .returning({ id: traffickingScreenings.id });
  if (!row) throw new Error("screening insert returned nothing");
  if (screening.identifiedAt) {
    const common = {
      caseId,
      screeningId: row.id,
      screeningVersion: 1,
      indicatorCatalogueId: CURRENT_ILO_CATALOGUE.id,
      facts,
      assessment: {} as never,
      actorId: by.id,
    };
    const [proposal] = await db
      .insert(identificationDecisions)
      .values({
        ...common,
        kind: "proposal",
        status: "ActualVictimOfTrafficking",
        at: new Date(screening.at),
      })
      .returning({ id: identificationDecisions.id });
    await db.insert(identificationDecisions).values({
      ...common,
      kind: "decision",
      proposalId: proposal?.id ?? null,
      outcome: "confirm",
      status: "ActualVictimOfTrafficking",
      decidingOrganisation: "Police",
      reason: "Confirmed.",
      at: new Date(screening.identifiedAt),
    });
  }
  return row;
}
