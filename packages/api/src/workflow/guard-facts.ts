import { caseWorkflowFacts, type Executor, unsafeDestinationList, unsafeDestinations } from "@kelias/db";
import {
  type CaseWorkflowFacts,
  EMPTY_WORKFLOW_FACTS,
  officeToday,
  type RecordedWorkflowFacts,
  workflowFacts,
} from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { travelFactsOf } from "../travel/record";

/** What has been recorded for the case's workflow (nothing yet: every fact missing). */
export async function recordedFacts(db: Executor, caseId: string): Promise<RecordedWorkflowFacts> {
  const [row] = await db
    .select()
    .from(caseWorkflowFacts)
    .where(eq(caseWorkflowFacts.caseId, caseId))
    .limit(1);
  if (!row) return { ...EMPTY_WORKFLOW_FACTS };
  return {
    eligibilityCriterion: row.eligibilityCriterion,
    voluntaryDecisionRecorded: row.voluntaryDecisionRecorded,
    destinationCountry: row.destinationCountry,
    arrivalDate: row.arrivalDate,
    vulnerabilityCategories: row.vulnerabilityCategories,
    durableSolutionKind: row.durableSolutionKind,
    contractRedFlags: row.contractRedFlags,
  };
}

/** The unsafe-destinations list in force, or null when there is none (the guards then refuse). */
export async function unsafeDestinationCodes(db: Executor): Promise<string[] | null> {
  const [list] = await db.select({ id: unsafeDestinationList.id }).from(unsafeDestinationList).limit(1);
  if (!list) return null;
  const rows = await db
    .select({ code: unsafeDestinations.countryCode })
    .from(unsafeDestinations)
    .orderBy(asc(unsafeDestinations.countryCode));
  return rows.map((r) => r.code);
}

export interface GuardFacts {
  recorded: RecordedWorkflowFacts;
  /** What the workflow guards read: the recorded facts and the unsafe-destinations list. */
  facts: CaseWorkflowFacts;
  unsafeAvailable: boolean;
}

/**
 * Everything the guards of a case's transitions read, as it stands now: the recorded facts, the
 * unsafe-destinations list and the travel record (the travel-ready checklist of AVRR).
 */
export async function guardFacts(db: Executor, caseId: string, now: Date = new Date()): Promise<GuardFacts> {
  const [recorded, unsafe, travel] = await Promise.all([
    recordedFacts(db, caseId),
    unsafeDestinationCodes(db),
    travelFactsOf(db, caseId, officeToday(now)),
  ]);
  return { recorded, facts: workflowFacts(recorded, unsafe, travel), unsafeAvailable: unsafe !== null };
}
