import type { Programme } from "./programmes";
import type { Role } from "./roles";

/** Who is acting: read fresh from the database on every request, never trusted from the session alone. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  programmes: readonly Programme[];
}

/** What the policy needs to know about a case to decide; never its contents. */
export interface CaseFacts {
  programme: Programme;
  restricted: boolean;
  assigneeIds: readonly string[];
}

/**
 * Every action a procedure can perform. A procedure names exactly one; the router-walk test refuses
 * a procedure that names none, so nothing is reachable by default.
 */
export type Action =
  | { kind: "public" }
  | { kind: "session.read" }
  | { kind: "person.create" }
  /** Which people: decided by the scope (registered by the actor, or with a case in scope). */
  | { kind: "person.read" }
  | { kind: "case.create"; programme: Programme }
  /** Which cases: decided by `caseScope`, applied in the query. */
  | { kind: "case.list" }
  | { kind: "case.read"; case: CaseFacts }
  | { kind: "user.list" };

export type ActionKind = Action["kind"];

const has = (actor: Actor, role: Role) => actor.roles.includes(role);

function isAssigned(actor: Actor, facts: CaseFacts): boolean {
  return facts.assigneeIds.includes(actor.id);
}

function managesProgramme(actor: Actor, programme: Programme): boolean {
  return has(actor, "manager") && actor.programmes.includes(programme);
}

/** The single decision point: may this actor perform this action? Deny unless a rule allows. */
export function can(actor: Actor, action: Action): boolean {
  switch (action.kind) {
    case "public":
    case "session.read":
      return true;
    case "person.create":
      return has(actor, "caseworker");
    case "case.create":
      return has(actor, "caseworker") && actor.programmes.includes(action.programme);
    case "person.read":
    case "case.list":
      return has(actor, "caseworker") || has(actor, "manager");
    case "case.read":
      return (
        (has(actor, "caseworker") && isAssigned(actor, action.case)) ||
        managesProgramme(actor, action.case.programme)
      );
    case "user.list":
      return has(actor, "admin");
  }
}

/**
 * The set of cases an actor may see, as data the query layer turns into a WHERE clause. A case is in
 * scope when the actor is assigned to it (as a caseworker) or manages its programme.
 */
export interface CaseScope {
  assignedUserId: string | null;
  managedProgrammes: readonly Programme[];
}

export function caseScope(actor: Actor): CaseScope {
  return {
    assignedUserId: has(actor, "caseworker") ? actor.id : null,
    managedProgrammes: has(actor, "manager") ? [...actor.programmes] : [],
  };
}

/** The reference meaning of a scope; the SQL filter is tested against it. */
export function inCaseScope(scope: CaseScope, facts: CaseFacts): boolean {
  return (
    (scope.assignedUserId !== null && facts.assigneeIds.includes(scope.assignedUserId)) ||
    scope.managedProgrammes.includes(facts.programme)
  );
}
