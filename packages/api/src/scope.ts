import { caseAccessGrants, caseAssignments, cases } from "@kelias/db";
import type { CaseScope } from "@kelias/domain";
import { and, eq, exists, inArray, or, type SQL, sql } from "drizzle-orm";
import type { AuthedContext } from "./context";

/**
 * The WHERE clause that keeps every case query inside the actor's scope. Every list, search, count
 * and lookup of cases goes through it, whatever other filters it has; a listing scope also leaves
 * out the restricted cases (`inCaseScope` is its reference meaning).
 */
export function caseScopeSql(ctx: Pick<AuthedContext, "db">, scope: CaseScope): SQL {
  const within = reachable(ctx, scope);
  return scope.includesRestricted ? within : (and(eq(cases.restricted, false), within) ?? sql`false`);
}

/** The cases of the scope's actor as a reader, restricted or not. */
function reachable(ctx: Pick<AuthedContext, "db">, scope: CaseScope): SQL {
  const parts: SQL[] = [];
  const working = workingCases(ctx, scope);
  if (working) parts.push(working);
  if (scope.managedProgrammes.length > 0) parts.push(inArray(cases.programme, [...scope.managedProgrammes]));
  if (scope.grantedUserId) parts.push(grantedTo(ctx, scope.grantedUserId));
  return parts.length > 0 ? (or(...parts) ?? sql`false`) : sql`false`;
}

/**
 * The cases an actor works on as a caseworker: assigned to them, in a programme they work in
 * (undefined when they work on none). Shared by the case scope and the sensitive-note scope.
 */
export function workingCases(
  ctx: Pick<AuthedContext, "db">,
  scope: Pick<CaseScope, "assignedUserId" | "workingProgrammes">,
): SQL | undefined {
  if (!scope.assignedUserId || scope.workingProgrammes.length === 0) return undefined;
  return and(assignedTo(ctx, scope.assignedUserId), inArray(cases.programme, [...scope.workingProgrammes]));
}

export function assignedTo(ctx: Pick<AuthedContext, "db">, userId: string): SQL {
  return exists(
    ctx.db
      .select({ one: sql`1` })
      .from(caseAssignments)
      .where(and(eq(caseAssignments.caseId, cases.id), eq(caseAssignments.userId, userId))),
  );
}

/** Cases the user was granted read access to by an access request (`CaseFacts.readerIds`). */
export function grantedTo(ctx: Pick<AuthedContext, "db">, userId: string): SQL {
  return exists(
    ctx.db
      .select({ one: sql`1` })
      .from(caseAccessGrants)
      .where(and(eq(caseAccessGrants.caseId, cases.id), eq(caseAccessGrants.userId, userId))),
  );
}
