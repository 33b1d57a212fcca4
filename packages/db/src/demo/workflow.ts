import {
  avrrArrivalTasks,
  CASE_STATES,
  CONTRACT_RED_FLAGS,
  type CountryCode,
  DURABLE_SOLUTION_KINDS,
  ELIGIBILITY_CRITERIA,
  type Programme,
  VULNERABILITY_CATEGORIES,
} from "@kelias/domain";
import type { Executor } from "../audit";
import { caseApprovals, caseWorkflowFacts, caseWorkflowTasks, unsafeDestinationList } from "../schema";
import { DAY, isoDay } from "./days";
import type { SeededRandom } from "./random";

/**
 * The unsafe-destinations list of the demo: the empty list the migration sets up (its contents are
 * data an administrator sets; none is invented here).
 */
export async function seedUnsafeDestinationList(tx: Executor): Promise<void> {
  await tx.insert(unsafeDestinationList).values({ id: 1, version: 1 }).onConflictDoNothing();
}

/**
 * The day a demo AVRR case that arrived arrived: halfway between its opening and its closing (or
 * now). Its facts record it and its state history moves it to "arrived" on that day.
 */
export function demoArrivalDate(openedAt: Date, closedAt: Date | null, now: Date): string {
  const end = closedAt ?? now;
  return isoDay(
    new Date(openedAt.getTime() + Math.floor((end.getTime() - openedAt.getTime()) / 2 / DAY) * DAY),
  );
}

export interface DemoCase {
  caseId: string;
  programme: Programme;
  state: string;
  ownerId: string;
  openedAt: Date;
  closedAt: Date | null;
  now: Date;
  /** The person's citizenship: where an AVRR return goes. */
  country: CountryCode;
  /** When the case entered its present state (its state history's last move). */
  enteredAt: Date;
}

/** How far along the AVRR workflow a state is (withdrawn and not eligible count as before eligibility). */
function avrrStep(state: string): number {
  if (state === "withdrawn" || state === "not_eligible") return 1;
  return (CASE_STATES.avrr as readonly string[]).indexOf(state);
}

/**
 * Workflow facts consistent with a demo case's state: an AVRR case past eligibility has its
 * criterion, voluntary decision and destination (its travel documents, itinerary and departure are in
 * the travel record: `travel.ts`); past arrival, the arrival date and the monitoring tasks counted from it (those already due, done). Some
 * cases in eligibility counselling wait for a manager's approval. Counter-trafficking cases at the
 * end have their durable solution; some labour-migration cases past the contract check, red flags.
 */
export async function seedWorkflow(tx: Executor, random: SeededRandom, c: DemoCase): Promise<void> {
  const base = { caseId: c.caseId, updatedBy: c.ownerId, updatedAt: c.openedAt };
  if (c.programme === "avrr") {
    const step = avrrStep(c.state);
    const eligible = step >= avrrStep("eligible");
    const complete = eligible || (step === avrrStep("eligibility_counselling") && random.chance(0.5));
    const arrived = step >= avrrStep("arrived");
    const arrival = arrived ? demoArrivalDate(c.openedAt, c.closedAt, c.now) : null;
    const vulnerable = random.chance(0.3);
    await tx.insert(caseWorkflowFacts).values({
      ...base,
      eligibilityCriterion: step >= 1 || complete ? random.pick(ELIGIBILITY_CRITERIA) : null,
      voluntaryDecisionRecorded: complete,
      destinationCountry: complete ? c.country : null,
      arrivalDate: arrival,
      vulnerabilityCategories: vulnerable ? [random.pick(VULNERABILITY_CATEGORIES)] : [],
    });
    if (c.state === "eligibility_counselling" && complete && random.chance(0.5)) {
      await tx.insert(caseApprovals).values({
        caseId: c.caseId,
        fromState: "eligibility_counselling",
        toState: "eligible",
        kind: "advance",
        requestedBy: c.ownerId,
        // Asked after the case reached counselling, as the workflow allows.
        requestedAt: new Date(Math.min(c.now.getTime(), c.enteredAt.getTime() + 2 * DAY)),
      });
    }
    if (arrival && ["arrived", "reintegration", "monitoring"].includes(c.state)) {
      const today = isoDay(c.now);
      await tx.insert(caseWorkflowTasks).values(
        avrrArrivalTasks(arrival).map((task) => {
          const done = c.state !== "arrived" && task.dueDate <= today;
          return {
            caseId: c.caseId,
            kind: task.kind,
            dueDate: task.dueDate,
            createdBy: c.ownerId,
            createdAt: new Date(`${arrival}T12:00:00Z`),
            doneAt: done ? new Date(`${task.dueDate}T12:00:00Z`) : null,
            doneBy: done ? c.ownerId : null,
          };
        }),
      );
    }
    return;
  }
  if (c.programme === "counter_trafficking" && (c.state === "durable_solution" || c.state === "closed")) {
    const chosen = c.state === "closed" || random.chance(0.5);
    await tx
      .insert(caseWorkflowFacts)
      .values({ ...base, durableSolutionKind: chosen ? random.pick(DURABLE_SOLUTION_KINDS) : null });
    return;
  }
  if (
    c.programme === "labour_migration" &&
    ["pre_departure", "follow_up", "closed"].includes(c.state) &&
    random.chance(0.25)
  ) {
    const flags = CONTRACT_RED_FLAGS.filter(() => random.chance(0.5));
    await tx
      .insert(caseWorkflowFacts)
      .values({ ...base, contractRedFlags: flags.length > 0 ? flags : [random.pick(CONTRACT_RED_FLAGS)] });
  }
}
