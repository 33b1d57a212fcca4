import { caseApprovals, caseAssignments, caseHandovers, people, users } from "@kelias/db";
import { alwaysRestricted, can, caseGetInput } from "@kelias/domain";
import { and, asc, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAllowed } from "../../audit/record";
import { requireCase } from "../../case-access";
import { caseTarget } from "../../case-record/audit";
import { caseRecordFor } from "../../case-record/record";
import { sensitiveNotesFor } from "../../case-record/sensitive-notes";
import { lastOriginHandover } from "../../origin-handover/last";
import { personSummary } from "../../person/summary";
import { authedProcedure } from "../../trpc";

const fromUser = alias(users, "from_user");
const toUser = alias(users, "to_user");

/**
 * A case record, with its person, team, handovers, the sensitive notes the actor may read and what
 * the interface may offer. Named by `id` (not `caseId`), so not a `caseProcedure`; audited as
 * `case.read`, the name its entries have always had.
 */
export const get = authedProcedure
  .meta({ action: "case.read" })
  .input(caseGetInput)
  .query(async ({ ctx, input }) => {
    const { row: c, facts } = await requireCase(ctx, input.id, "case.read");
    const [[person], assignees, handovers, sensitive, record, [pending]] = await Promise.all([
      ctx.db
        .select({ ...personSummary, sex: people.sex })
        .from(people)
        .where(eq(people.id, c.personId))
        .limit(1),
      ctx.db
        .select({ id: users.id, name: users.name, kind: caseAssignments.kind })
        .from(caseAssignments)
        .innerJoin(users, eq(users.id, caseAssignments.userId))
        .where(eq(caseAssignments.caseId, c.id))
        .orderBy(asc(caseAssignments.assignedAt)),
      ctx.db
        .select({
          id: caseHandovers.id,
          kind: caseHandovers.kind,
          fromName: fromUser.name,
          toName: toUser.name,
          byName: users.name,
          note: caseHandovers.note,
          createdAt: caseHandovers.createdAt,
        })
        .from(caseHandovers)
        .innerJoin(users, eq(users.id, caseHandovers.createdBy))
        .leftJoin(fromUser, eq(fromUser.id, caseHandovers.fromUserId))
        .leftJoin(toUser, eq(toUser.id, caseHandovers.toUserId))
        .where(eq(caseHandovers.caseId, c.id))
        .orderBy(desc(caseHandovers.createdAt)),
      sensitiveNotesFor(ctx, ctx.user, c.id, facts),
      caseRecordFor(ctx.db, c.id),
      ctx.db
        .select({ toState: caseApprovals.toState, requestedAt: caseApprovals.requestedAt })
        .from(caseApprovals)
        .where(and(eq(caseApprovals.caseId, c.id), eq(caseApprovals.status, "pending")))
        .limit(1),
    ]);
    if (!person) throw new Error(`case ${c.id} has no person`);
    const originHandover = await lastOriginHandover(ctx.db, c.id);
    await recordAllowed(ctx.db, ctx, "case.read", caseTarget(c.id), {});
    const owner = assignees.find((a) => a.id === c.ownerId);
    return {
      id: c.id,
      reference: c.reference,
      programme: c.programme,
      state: c.state,
      restricted: c.restricted,
      alwaysRestricted: alwaysRestricted(c.programme),
      /** The entry point; null for a case opened before it was asked ("not recorded"). */
      referralSource: c.referralSource,
      referralSourceDetail: c.referralSourceDetail,
      openedAt: c.openedAt,
      closedAt: c.closedAt,
      version: c.version,
      owner: { id: c.ownerId, name: owner?.name ?? "" },
      assignees,
      handovers,
      /** The move waiting for a manager's approval, if any (the case page's header names it). */
      pendingApproval: pending ?? null,
      sensitive,
      /** Notes, services, consents, referrals and tasks. */
      record,
      /** What the interface may offer; every procedure checks again. */
      permissions: {
        update: can(ctx.user, { kind: "case.update", case: facts }),
        writeSensitive: can(ctx.user, { kind: "case.field.write", case: facts, category: "health" }),
        assign: can(ctx.user, { kind: "case.assign", case: facts }),
        restrict: can(ctx.user, { kind: "case.restrict", case: facts }),
        reassignTasks: can(ctx.user, { kind: "case.task.assign", case: facts }),
      },
      person,
      /** The latest handover to the office in the country of origin (AVRR), if any. */
      originHandover,
    };
  });
