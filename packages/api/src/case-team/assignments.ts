import { caseAppointments, caseAssignments, caseTasks, caseWorkflowTasks, type Executor } from "@kelias/db";
import { can, type Programme } from "@kelias/domain";
import { and, eq, gte, isNull, sql } from "drizzle-orm";
import { activeActor } from "../user/active-actor";

/**
 * Whether a case of the programme may be given to the user: the policy decides on their roles and
 * programmes (`case.receive`); a deactivated account is given nothing.
 */
export async function eligibleAssignee(db: Executor, userId: string, programme: Programme): Promise<boolean> {
  const actor = await activeActor(db, userId);
  return actor !== null && can(actor, { kind: "case.receive", programme });
}

/** Makes the user the case's owner; a co-worker who becomes owner changes role. */
export async function makeOwner(tx: Executor, caseId: string, userId: string): Promise<void> {
  await tx
    .insert(caseAssignments)
    .values({ caseId, userId, kind: "owner" })
    .onConflictDoUpdate({
      target: [caseAssignments.caseId, caseAssignments.userId],
      set: { kind: "owner", assignedAt: new Date() },
    });
}

/** Adds the user to the case as a co-worker. */
export async function addCoWorker(tx: Executor, caseId: string, userId: string): Promise<void> {
  await tx.insert(caseAssignments).values({ caseId, userId, kind: "co" });
}

/**
 * Takes the user off the case, whatever their role on it. Their open tasks and coming appointments
 * on it go back to the case's owner (who no longer works on a case does its work no more); done
 * tasks and past appointments keep their name.
 */
export async function removeAssignee(tx: Executor, caseId: string, userId: string): Promise<void> {
  await tx
    .delete(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.userId, userId)));
  for (const table of [caseTasks, caseWorkflowTasks]) {
    await tx
      .update(table)
      .set({ assigneeId: null, version: sql`${table.version} + 1` })
      .where(and(eq(table.caseId, caseId), eq(table.assigneeId, userId), isNull(table.doneAt)));
  }
  await tx
    .update(caseAppointments)
    .set({ attendeeId: null, version: sql`${caseAppointments.version} + 1` })
    .where(
      and(
        eq(caseAppointments.caseId, caseId),
        eq(caseAppointments.attendeeId, userId),
        gte(caseAppointments.startsAt, new Date()),
      ),
    );
}
