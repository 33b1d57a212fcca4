import {
  cases,
  caseTravel,
  caseTravelDocuments,
  caseTravelLegs,
  caseWorkflowTasks,
  type Executor,
} from "@kelias/db";
import {
  AVRR_PRE_DEPARTURE_STATES,
  type TravelFacts,
  travelDocumentExpiryDue,
  travelFacts,
} from "@kelias/domain";
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";

/** The stored travel of a case: its documents, its travel row (null before the first write), its legs in order. */
export async function loadTravel(db: Executor, caseId: string) {
  const [documents, rows, legs] = await Promise.all([
    db
      .select()
      .from(caseTravelDocuments)
      .where(eq(caseTravelDocuments.caseId, caseId))
      .orderBy(asc(caseTravelDocuments.createdAt)),
    db.select().from(caseTravel).where(eq(caseTravel.caseId, caseId)).limit(1),
    db
      .select()
      .from(caseTravelLegs)
      .where(eq(caseTravelLegs.caseId, caseId))
      .orderBy(asc(caseTravelLegs.departsAt), asc(caseTravelLegs.createdAt)),
  ]);
  return { documents, travel: rows[0] ?? null, legs };
}

/** What the travel-ready guards read about a case, on `today`. */
export async function travelFactsOf(db: Executor, caseId: string, today: string): Promise<TravelFacts> {
  return travelFacts(await loadTravel(db, caseId), today);
}

const PRE_DEPARTURE: readonly string[] = AVRR_PRE_DEPARTURE_STATES;

/**
 * Raises the task an expiring travel document calls for (one open task per case: a unique index
 * makes it idempotent), while the case has yet to depart. Runs in the transaction of the write that
 * recorded or changed a document; returns the task's id when one was created now.
 */
export async function raiseTravelDocumentExpiryTask(
  tx: Executor,
  c: { id: string; state: string },
  actorId: string,
  today: string,
  withinDays: number,
): Promise<string | null> {
  if (!PRE_DEPARTURE.includes(c.state)) return null;
  const documents = await tx.select().from(caseTravelDocuments).where(eq(caseTravelDocuments.caseId, c.id));
  const due = travelDocumentExpiryDue(documents, today, withinDays);
  if (due === null) return null;
  const [task] = await tx
    .insert(caseWorkflowTasks)
    .values({ caseId: c.id, kind: "travel_document_expiring", dueDate: due, createdBy: actorId })
    .onConflictDoNothing()
    .returning({ id: caseWorkflowTasks.id });
  return task?.id ?? null;
}

/**
 * The same check over every AVRR case yet to depart, for the start-up hook (and, once there is a job
 * queue, a daily job): a document whose expiry came within the window since it was last written
 * raises its task. The task is attributed to whoever last wrote the document. Idempotent.
 */
export async function raiseExpiringTravelDocumentTasks(
  db: Executor,
  today: string,
  withinDays: number,
): Promise<number> {
  const limit = sql<string>`(${today}::date + ${withinDays}::int)`;
  const expiring = await db
    .selectDistinctOn([caseTravelDocuments.caseId], {
      caseId: caseTravelDocuments.caseId,
      expiresOn: caseTravelDocuments.expiresOn,
      updatedBy: caseTravelDocuments.updatedBy,
    })
    .from(caseTravelDocuments)
    .innerJoin(cases, eq(cases.id, caseTravelDocuments.caseId))
    .where(
      and(
        eq(cases.programme, "avrr"),
        inArray(cases.state, [...PRE_DEPARTURE]),
        isNull(cases.closedAt),
        eq(caseTravelDocuments.status, "issued"),
        lte(caseTravelDocuments.expiresOn, limit),
      ),
    )
    .orderBy(caseTravelDocuments.caseId, asc(caseTravelDocuments.expiresOn));
  if (expiring.length === 0) return 0;
  const raised = await db
    .insert(caseWorkflowTasks)
    .values(
      expiring.map((row) => ({
        caseId: row.caseId,
        kind: "travel_document_expiring" as const,
        dueDate: row.expiresOn && row.expiresOn > today ? row.expiresOn : today,
        createdBy: row.updatedBy,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: caseWorkflowTasks.id });
  return raised.length;
}
