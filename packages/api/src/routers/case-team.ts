import { appendAudit, caseAssignments, caseHandovers, cases, users } from "@kelias/db";
import { alwaysRestricted, caseAssignInput, caseRestrictInput, caseUnassignInput } from "@kelias/domain";
import { and, eq, sql } from "drizzle-orm";
import { deny, refuseStale, STALE } from "../authorize";
import { requireCase } from "../case-access";
import { type AuthedContext, authedProcedure } from "../trpc";

/** Bumps the case's version if it is still the one the user saw; false when someone changed it meanwhile. */
export async function claimVersion(
  tx: Parameters<Parameters<AuthedContext["db"]["transaction"]>[0]>[0],
  caseId: string,
  version: number,
  set: Partial<typeof cases.$inferInsert> = {},
): Promise<boolean> {
  const updated = await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, caseId), eq(cases.version, version)))
    .returning({ id: cases.id });
  return updated.length === 1;
}

/** Who can take a case: an active caseworker who belongs to the case's programme. */
export async function eligibleAssignee(ctx: AuthedContext, userId: string, programme: string) {
  const [user] = await ctx.db
    .select({ id: users.id, roles: users.roles, programmes: users.programmes, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return Boolean(
    user?.active && user.roles.includes("caseworker") && (user.programmes as string[]).includes(programme),
  );
}

export const caseTeamProcedures = {
  /** Hands a case over to a new owner, or adds a co-worker, with a note for whoever takes over. */
  assign: authedProcedure
    .meta({ action: "case.assign" })
    .input(caseAssignInput)
    .mutation(async ({ ctx, input }) => {
      const { row, facts } = await requireCase(ctx, input.caseId, "case.assign");
      const target = { entityType: "case", entityId: row.id };
      if (!(await eligibleAssignee(ctx, input.userId, row.programme))) {
        return deny(ctx, "case.assign", "BAD_REQUEST", target, "assignee_not_eligible");
      }
      const alreadyAssigned = facts.assigneeIds.includes(input.userId);
      if (input.as === "co" && alreadyAssigned) {
        return deny(ctx, "case.assign", "BAD_REQUEST", target, "already_assigned");
      }
      if (input.as === "owner" && row.ownerId === input.userId) {
        return deny(ctx, "case.assign", "BAD_REQUEST", target, "already_owner");
      }
      const result = await ctx.db.transaction(async (tx) => {
        const set = input.as === "owner" ? { ownerId: input.userId } : {};
        if (!(await claimVersion(tx, row.id, input.version, set))) return STALE;
        if (input.as === "owner") {
          // The previous owner leaves the case; a co-worker who becomes owner changes role.
          await tx
            .delete(caseAssignments)
            .where(and(eq(caseAssignments.caseId, row.id), eq(caseAssignments.userId, row.ownerId)));
          await tx
            .insert(caseAssignments)
            .values({ caseId: row.id, userId: input.userId, kind: "owner" })
            .onConflictDoUpdate({
              target: [caseAssignments.caseId, caseAssignments.userId],
              set: { kind: "owner", assignedAt: new Date() },
            });
        } else {
          await tx.insert(caseAssignments).values({ caseId: row.id, userId: input.userId, kind: "co" });
        }
        await tx.insert(caseHandovers).values({
          caseId: row.id,
          kind: input.as === "owner" ? "owner" : "co_added",
          fromUserId: input.as === "owner" ? row.ownerId : null,
          toUserId: input.userId,
          note: input.note,
          createdBy: ctx.user.id,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.assign",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { as: input.as, userId: input.userId, previousOwnerId: row.ownerId },
        });
        return { id: row.id, version: input.version + 1 };
      });
      if (result === STALE) return refuseStale(ctx, "case.assign", target);
      return result;
    }),

  /** Removes a co-worker; the owner can only be replaced, never removed. */
  unassign: authedProcedure
    .meta({ action: "case.assign" })
    .input(caseUnassignInput)
    .mutation(async ({ ctx, input }) => {
      const { row, facts } = await requireCase(ctx, input.caseId, "case.assign");
      const target = { entityType: "case", entityId: row.id };
      if (input.userId === row.ownerId) {
        return deny(ctx, "case.unassign", "BAD_REQUEST", target, "owner_cannot_be_removed");
      }
      if (!facts.assigneeIds.includes(input.userId)) {
        return deny(ctx, "case.unassign", "BAD_REQUEST", target, "not_assigned");
      }
      const result = await ctx.db.transaction(async (tx) => {
        if (!(await claimVersion(tx, row.id, input.version))) return STALE;
        await tx
          .delete(caseAssignments)
          .where(and(eq(caseAssignments.caseId, row.id), eq(caseAssignments.userId, input.userId)));
        await tx.insert(caseHandovers).values({
          caseId: row.id,
          kind: "co_removed",
          fromUserId: input.userId,
          note: input.note,
          createdBy: ctx.user.id,
        });
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.unassign",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { userId: input.userId },
        });
        return { id: row.id, version: input.version + 1 };
      });
      if (result === STALE) return refuseStale(ctx, "case.unassign", target);
      return result;
    }),

  /** Marks a case restricted or lifts it; counter-trafficking cases always stay restricted. */
  setRestricted: authedProcedure
    .meta({ action: "case.restrict" })
    .input(caseRestrictInput)
    .mutation(async ({ ctx, input }) => {
      const { row } = await requireCase(ctx, input.caseId, "case.restrict");
      const target = { entityType: "case", entityId: row.id };
      if (!input.restricted && alwaysRestricted(row.programme)) {
        return deny(ctx, "case.restrict", "BAD_REQUEST", target, "always_restricted");
      }
      const result = await ctx.db.transaction(async (tx) => {
        if (!(await claimVersion(tx, row.id, input.version, { restricted: input.restricted }))) return STALE;
        await appendAudit(tx, {
          actorId: ctx.user.id,
          action: "case.restrict",
          outcome: "allowed",
          ...target,
          ip: ctx.ip,
          detail: { restricted: input.restricted, was: row.restricted },
        });
        return { id: row.id, version: input.version + 1, restricted: input.restricted };
      });
      if (result === STALE) return refuseStale(ctx, "case.restrict", target);
      return result;
    }),
};
