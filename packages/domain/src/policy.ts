import { DOCUMENT_SENSITIVITY, type DocumentCategory } from "./documents";
import type { Programme } from "./programmes";
import type { Role } from "./roles";

/** Who is acting: read fresh from the database on every request, never trusted from the session alone. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  programmes: readonly Programme[];
  /**
   * An administrator saw this account's set-password link (no mail server, so it was shown to them)
   * and no second administrator has yet confirmed that the account reached its person: until then
   * the account may only sign in and look after its own sign-in security (`HANDOVER_PENDING_ALLOWED`).
   */
  handoverPending: boolean;
}

/** What the policy needs to know about a case to decide; never its contents. */
export interface CaseFacts {
  programme: Programme;
  restricted: boolean;
  assigneeIds: readonly string[];
  /** The case's owner (one of the assignees): with the programme's managers, decides access requests. */
  ownerId?: string;
  /**
   * People granted read access to this one case through an access request (`access.decide`): they
   * read it (never change it, nor read its sensitive fields) while they work with cases at all.
   * Absent counts as none, so facts built without the grants never widen access.
   */
  readerIds?: readonly string[];
}

/**
 * What the policy needs to know about a person: who registered them, and the facts of their cases
 * (a case the actor may not read grants nothing, so passing more of them changes no decision).
 */
export interface PersonFacts {
  createdBy: string;
  cases: readonly CaseFacts[];
}

/** Fields whose contents are narrower than the case: everyone else sees them as withheld. */
export const SENSITIVE_CATEGORIES = ["health", "trafficking", "identity_documents"] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

/** An account waiting for a second administrator's confirmation that it reached its person. */
export interface Handover {
  targetId: string;
  /** The administrator who was shown the account's set-password link. */
  linkShownTo: string;
}

/** What the policy needs to know about a user account an admin is changing. */
export interface UserChange {
  targetId: string;
  /** True when roles, programmes or the active flag change (not just name or team). */
  changesAccess: boolean;
}

/**
 * Every action a procedure can perform. A procedure names exactly one; the router-walk test refuses
 * a procedure that names none, so nothing is reachable by default.
 */
export type Action =
  | { kind: "session.read" }
  /** The signed-in user's own sign-in security: password, second factor, sessions. */
  | { kind: "account.manage" }
  /**
   * Works without a second factor (and may turn theirs off): not admins and managers, nor
   * caseworkers while the office's security settings require one of them.
   */
  | { kind: "account.mfa.optional"; mfaRequiredForCaseworkers: boolean }
  /** Sign-in security settings, and ending another user's sessions or second factor: administrators. */
  | { kind: "security.manage" }
  | { kind: "person.create" }
  /**
   * Without a person: whether the actor reads people at all (which ones is the scope, applied in the
   * query: registered by the actor, or with a case in scope). With one: whether they may see this
   * person, having registered them or being able to read one of their cases.
   */
  | { kind: "person.read"; person?: PersonFacts }
  /**
   * Changes a person: someone who registers people, of a person they registered or on one of whose
   * cases they work (may change the case). Without a person: whether the actor changes people at all.
   */
  | { kind: "person.update"; person?: PersonFacts }
  /**
   * A person's identity documents: whoever registered the person (and reads people), or may read
   * identity documents on one of the person's cases.
   */
  | { kind: "person.documents.read"; person: PersonFacts }
  | { kind: "case.create"; programme: Programme }
  /** Which cases: decided by `caseScope`, applied in the query. */
  | { kind: "case.list" }
  /**
   * The global search: people and cases of the actor's scope by name, reference, document number,
   * phone or date of birth, and the notes they may read. Each match is in scope; none other counts.
   */
  | { kind: "search.run" }
  | { kind: "case.read"; case: CaseFacts }
  /**
   * The case may be a row of a list, an export or a dashboard drill-down, or be named by a search or
   * the duplicate check: a case the actor may read that is not restricted. Restricted cases are
   * opened by their link or reference only.
   */
  | { kind: "case.listed"; case: CaseFacts }
  | { kind: "case.update"; case: CaseFacts }
  | { kind: "case.assign"; case: CaseFacts }
  /**
   * Gives a task of the case to someone else who works on it: the people working on the case, and
   * the managers of its programme (who balance the work of their team). The new assignee must
   * themselves be allowed `case.update` on the case.
   */
  | { kind: "case.task.assign"; case: CaseFacts }
  /**
   * Being given a case of the programme, as owner or co-worker: asked of the person a manager
   * assigns (whose account must be active), not of the manager, who needs `case.assign`.
   */
  | { kind: "case.receive"; programme: Programme }
  | { kind: "case.restrict"; case: CaseFacts }
  /** Approves or rejects a transition that needs a second pair of eyes (the programme's managers). */
  | { kind: "case.approve"; case: CaseFacts }
  /**
   * Withdraws a move waiting for approval: only the person who asked for it, while they still work
   * on the case (may change it). Nobody withdraws a colleague's request; a manager rejects it.
   */
  | { kind: "case.approval.withdraw"; case: CaseFacts; requestedBy: string }
  | { kind: "case.field.read"; case: CaseFacts; category: SensitiveCategory }
  | { kind: "case.field.write"; case: CaseFacts; category: SensitiveCategory }
  /**
   * A document of the case by its category: its name, description and content (download). A
   * category with a sensitive field (`DOCUMENT_SENSITIVITY`: medical, legal, identity) is read as
   * that field; the others by whoever reads the case. Whoever reads the case but not the document
   * sees that it exists (its category and when it was added), as a withheld sensitive note shows.
   */
  | { kind: "case.document.read"; case: CaseFacts; category: DocumentCategory }
  /**
   * Adds, replaces, edits or deletes a document of this category: whoever changes the case, and for
   * a sensitive category whoever also reads and writes that field.
   */
  | { kind: "case.document.write"; case: CaseFacts; category: DocumentCategory }
  /**
   * Writes the reintegration record of an AVRR case (plan, support, monitoring contacts, surveys):
   * the people working on the case; other programmes have none. Reading it is `case.read`.
   */
  | { kind: "case.reintegration.write"; case: CaseFacts }
  /** The colleagues a manager can assign in a programme: the programmes the actor manages. */
  | { kind: "staff.list"; programme: Programme }
  | { kind: "user.list" }
  /** Opens an account; its first password is chosen by the user through a one-time link. */
  | { kind: "user.create" }
  | { kind: "user.update"; change: UserChange }
  /**
   * Confirms that an account whose set-password link an administrator saw reached its person: another
   * administrator than the one shown the link, never the account itself.
   */
  | { kind: "user.confirmHandover"; handover: Handover }
  | { kind: "audit.read" }
  /** Reference data the workflows read (the unsafe-destinations list): whoever works with cases, and admins. */
  | { kind: "reference.read" }
  /** Changes reference data: administrators. */
  | { kind: "reference.manage" }
  /** Adds and edits the partner organisations cases are referred to (the registry is read with reference.read). */
  | { kind: "partner.manage" }
  /**
   * Dashboards and period reports: figures of the programmes the actor manages, computed in the
   * query; with a programme, the figures of that one, which the actor must manage.
   */
  | { kind: "dashboard.read"; programme?: Programme }
  /**
   * The team's tasks: the open tasks of the programmes the actor manages (computed in the query);
   * with a programme, that one, which the actor must manage.
   */
  | { kind: "task.team"; programme?: Programme }
  /**
   * The actor's own appointments ("This week") and their private calendar feed address: whoever
   * works with cases. Which appointments is the case scope, applied at every request.
   */
  | { kind: "calendar.read" }
  /** The queue of decisions waiting for the actor; each decision is checked again on its case. */
  | { kind: "approval.list" }
  /** Case lists to CSV/XLSX: the rows of the actor's scope, sensitive fields withheld as on screen. */
  | { kind: "case.export" }
  /** The anonymised CTDC file of counter-trafficking cases: counter-trafficking managers only. */
  | { kind: "ctdc.export" }
  /**
   * Confirms or overrules a trafficking identification proposed on a counter-trafficking case:
   * the counter-trafficking programme's managers.
   */
  | { kind: "identification.decide"; case: CaseFacts }
  /**
   * Decides identifications at all, on no case in particular: whom the queue of pending proposals
   * has any for (the counter-trafficking managers). Each case is still checked with
   * `identification.decide` when the decision is made.
   */
  | { kind: "identification.decideAny" }
  /** The identification proposals waiting for a decision, in the counter-trafficking cases the actor manages. */
  | { kind: "identification.pending" }
  /**
   * Asks for access to the cases of a person the duplicate check matched outside the actor's scope:
   * whoever runs the duplicate check (registers people). Which cases it names is the domain's
   * `accessRequestTargets`, never the requester's choice.
   */
  | { kind: "access.request" }
  /**
   * Grants or refuses a request for access to this case: the programme's managers, and the case's
   * owner while working on it unless the case is restricted; never the requester.
   */
  | { kind: "access.decide"; case: CaseFacts; requesterId: string }
  /** The access requests page: one's own requests, and those waiting for one's decision. */
  | { kind: "access.list" }
  /** Withdraws a pending access request: its requester only. */
  | { kind: "access.withdraw"; requesterId: string }
  /** One's own saved case-list filters: whoever lists cases. */
  | { kind: "savedFilter.manage" }
  /** The assessments of a case and their revisions: whoever reads the case. */
  | { kind: "case.assessment.read"; case: CaseFacts }
  /** Records an assessment or a new revision of one: whoever changes the case. */
  | { kind: "case.assessment.write"; case: CaseFacts }
  /** The feedback of the people a case serves (satisfaction, complaints, suggestions): whoever reads the case. */
  | { kind: "case.feedback.read"; case: CaseFacts }
  /**
   * Records feedback and how it was resolved: the people working on the case, and the programme's
   * managers (a complaint may be about the people working on it; its managers answer it).
   */
  | { kind: "case.feedback.write"; case: CaseFacts }
  /**
   * A family (household, `family.ts`): seen by whoever reads one of its members' cases (each member
   * is then shown only if their own case is readable), changed or moved by whoever changes every
   * member's case (the cases it adds included).
   */
  | { kind: "family.read"; members: readonly CaseFacts[] }
  | { kind: "family.update"; members: readonly CaseFacts[] }
  /**
   * Hands an AVRR case over to the office in the country of origin (a signed package): the people
   * working on the case. The consent and the documents are the domain's rules (`origin-handover.ts`).
   */
  | { kind: "case.handover"; case: CaseFacts }
  /** AVRR travel record of a case (documents, fitness, itinerary, departure, arrival): read. */
  | { kind: "case.travel.read"; case: CaseFacts }
  /** AVRR travel record: record and correct it. */
  | { kind: "case.travel.write"; case: CaseFacts };

export type ActionKind = Action["kind"];

const has = (actor: Actor, role: Role) => actor.roles.includes(role);

/**
 * Assigned and still a member of the case's programme: leaving a programme ends access to its cases
 * even before a manager reassigns them.
 */
function worksOn(actor: Actor, facts: CaseFacts): boolean {
  return (
    (has(actor, "caseworker") || has(actor, "manager")) &&
    facts.assigneeIds.includes(actor.id) &&
    actor.programmes.includes(facts.programme)
  );
}

/**
 * Granted read access to this case by an access request, while working with cases at all (a
 * change of role to admin only ends it, as it ends every case access).
 */
function grantedReader(actor: Actor, facts: CaseFacts): boolean {
  return (has(actor, "caseworker") || has(actor, "manager")) && (facts.readerIds ?? []).includes(actor.id);
}

/** Whoever registered a person keeps access to them, with or without a case. */
function registered(actor: Actor, person: PersonFacts): boolean {
  return person.createdBy === actor.id;
}

function managesProgramme(actor: Actor, programme: Programme): boolean {
  return has(actor, "manager") && actor.programmes.includes(programme);
}

/**
 * Who may read or write each kind of sensitive field, besides the people working on the case:
 * trafficking details also go to the counter-trafficking managers who confirm identifications, and
 * identity documents to the programme's managers who approve travel; health stays with the workers.
 */
function mayReadSensitive(actor: Actor, facts: CaseFacts, category: SensitiveCategory): boolean {
  if (worksOn(actor, facts)) return true;
  switch (category) {
    case "health":
      return false;
    case "trafficking":
      return managesProgramme(actor, "counter_trafficking") && managesProgramme(actor, facts.programme);
    case "identity_documents":
      return managesProgramme(actor, facts.programme);
  }
}

/**
 * All that an account waiting for its handover to be confirmed may do: whoever saw its link could be
 * the one signed in, so it reads no case, person or figure and changes no account but its own sign-in.
 */
export const HANDOVER_PENDING_ALLOWED: ReadonlySet<ActionKind> = new Set([
  "session.read",
  "account.manage",
  // Whether a second factor is required follows the roles, as for every account: waiting for the
  // handover neither adds nor waives it.
  "account.mfa.optional",
]);

/** The single decision point: may this actor perform this action? Deny unless a rule allows. */
export function can(actor: Actor, action: Action): boolean {
  if (actor.handoverPending && !HANDOVER_PENDING_ALLOWED.has(action.kind)) return false;
  switch (action.kind) {
    case "session.read":
      return true;
    case "account.manage":
      // Anyone who works in the app; an account without any role has nothing to protect yet.
      return actor.roles.length > 0;
    case "account.mfa.optional":
      // Without a role there is nothing to protect yet, and no enrolment to make (account.manage).
      if (has(actor, "admin") || has(actor, "manager")) return false;
      return !(has(actor, "caseworker") && action.mfaRequiredForCaseworkers);
    case "person.create":
      return has(actor, "caseworker");
    case "person.read":
      if (!(has(actor, "caseworker") || has(actor, "manager"))) return false;
      return (
        !action.person ||
        registered(actor, action.person) ||
        action.person.cases.some((facts) => can(actor, { kind: "case.read", case: facts }))
      );
    case "person.update":
      return (
        can(actor, { kind: "person.create" }) &&
        (!action.person ||
          registered(actor, action.person) ||
          action.person.cases.some((facts) => can(actor, { kind: "case.update", case: facts })))
      );
    case "person.documents.read":
      return (
        (registered(actor, action.person) && can(actor, { kind: "person.read" })) ||
        action.person.cases.some((facts) =>
          can(actor, { kind: "case.field.read", case: facts, category: "identity_documents" }),
        )
      );
    case "case.list":
    case "search.run":
      return has(actor, "caseworker") || has(actor, "manager");
    case "case.create":
    case "case.receive":
      // The caseworkers of the programme open its cases, and are the ones its cases go to.
      return has(actor, "caseworker") && actor.programmes.includes(action.programme);
    case "case.read":
      return (
        worksOn(actor, action.case) ||
        managesProgramme(actor, action.case.programme) ||
        grantedReader(actor, action.case)
      );
    case "case.task.assign":
      // Reassigning is work on the case: never what a granted read gives.
      return worksOn(actor, action.case) || managesProgramme(actor, action.case.programme);
    case "case.listed":
      return !action.case.restricted && can(actor, { kind: "case.read", case: action.case });
    case "case.update":
      // A manager edits the record only when also assigned to the case.
      return worksOn(actor, action.case);
    case "case.travel.read":
      // Only AVRR cases travel; whoever reads such a case reads its travel.
      return action.case.programme === "avrr" && can(actor, { kind: "case.read", case: action.case });
    case "case.travel.write":
      return action.case.programme === "avrr" && can(actor, { kind: "case.update", case: action.case });
    case "case.assign":
    case "case.restrict":
    case "case.approve":
      return managesProgramme(actor, action.case.programme);
    case "case.approval.withdraw":
      return action.requestedBy === actor.id && can(actor, { kind: "case.update", case: action.case });
    case "case.field.read":
      return mayReadSensitive(actor, action.case, action.category);
    case "case.field.write":
      return worksOn(actor, action.case);
    case "case.document.read": {
      const field = DOCUMENT_SENSITIVITY[action.category];
      return field
        ? can(actor, { kind: "case.field.read", case: action.case, category: field })
        : can(actor, { kind: "case.read", case: action.case });
    }
    case "case.document.write": {
      const field = DOCUMENT_SENSITIVITY[action.category];
      return (
        can(actor, { kind: "case.update", case: action.case }) &&
        (!field ||
          (can(actor, { kind: "case.field.read", case: action.case, category: field }) &&
            can(actor, { kind: "case.field.write", case: action.case, category: field })))
      );
    }
    case "case.reintegration.write":
      return action.case.programme === "avrr" && can(actor, { kind: "case.update", case: action.case });
    case "staff.list":
      return managesProgramme(actor, action.programme);
    case "user.list":
    case "user.create":
    case "audit.read":
    case "reference.manage":
    case "partner.manage":
    case "security.manage":
      return has(actor, "admin");
    case "reference.read":
      return has(actor, "caseworker") || has(actor, "manager") || has(actor, "admin");
    case "dashboard.read":
    case "task.team":
      return action.programme ? managesProgramme(actor, action.programme) : has(actor, "manager");
    case "calendar.read":
      return has(actor, "caseworker") || has(actor, "manager");
    case "approval.list":
      return has(actor, "manager");
    case "case.export":
      return has(actor, "caseworker") || has(actor, "manager");
    case "ctdc.export":
    case "identification.decideAny":
      return managesProgramme(actor, "counter_trafficking");
    case "identification.decide":
      return (
        action.case.programme === "counter_trafficking" && managesProgramme(actor, "counter_trafficking")
      );
    case "identification.pending":
      return has(actor, "manager");
    case "access.request":
      return can(actor, { kind: "person.create" });
    case "access.decide":
      // Nobody widens their own access; a restricted case's reach is its managers' decision alone.
      if (action.requesterId === actor.id) return false;
      if (managesProgramme(actor, action.case.programme)) return true;
      return !action.case.restricted && action.case.ownerId === actor.id && worksOn(actor, action.case);
    case "access.list":
      return has(actor, "caseworker") || has(actor, "manager");
    case "access.withdraw":
      return action.requesterId === actor.id && can(actor, { kind: "access.request" });
    case "savedFilter.manage":
      return can(actor, { kind: "case.list" });
    case "case.assessment.read":
      return can(actor, { kind: "case.read", case: action.case });
    case "case.assessment.write":
      return can(actor, { kind: "case.update", case: action.case });
    case "case.feedback.read":
      return can(actor, { kind: "case.read", case: action.case });
    case "case.feedback.write":
      return worksOn(actor, action.case) || managesProgramme(actor, action.case.programme);
    case "family.read":
      return action.members.some((facts) => can(actor, { kind: "case.read", case: facts }));
    case "family.update":
      return (
        action.members.length > 0 &&
        action.members.every((facts) => can(actor, { kind: "case.update", case: facts }))
      );
    case "case.handover":
      return action.case.programme === "avrr" && can(actor, { kind: "case.update", case: action.case });
    case "user.update":
      // Separation of duties: nobody changes their own access.
      return has(actor, "admin") && !(action.change.targetId === actor.id && action.change.changesAccess);
    case "user.confirmHandover":
      // Two people: the administrator who saw the link cannot vouch for where it went.
      return (
        has(actor, "admin") &&
        action.handover.targetId !== actor.id &&
        action.handover.linkShownTo !== actor.id
      );
  }
}

/**
 * What a case query is for. `access`: opening one case by its id or reference, the work waiting for
 * the actor personally (their tasks, the decisions they are asked for) and anonymised or aggregate
 * figures. `listing`: the rows of case lists, exports and dashboard drill-downs, and the people that
 * lists, searches and the duplicate check name; restricted cases are never among them.
 */
export type CaseScopeUse = "access" | "listing";

/**
 * The set of cases an actor may see, as data the query layer turns into a WHERE clause. A case is in
 * scope when the actor works on it (assigned, in a programme they belong to) or manages its programme;
 * a listing scope leaves out restricted cases. No scope ever widens to a whole programme for a caseworker.
 */
export interface CaseScope {
  /** Cases this user is assigned to, limited to `workingProgrammes`. */
  assignedUserId: string | null;
  workingProgrammes: readonly Programme[];
  managedProgrammes: readonly Programme[];
  /** False for a listing: restricted cases are reached by their link or reference only. */
  includesRestricted: boolean;
  /** Cases this user was granted read access to by an access request (`CaseFacts.readerIds`). */
  grantedUserId: string | null;
}

export function caseScope(actor: Actor, use: CaseScopeUse): CaseScope {
  const active = !actor.handoverPending;
  const works = active && (has(actor, "caseworker") || has(actor, "manager"));
  return {
    assignedUserId: works ? actor.id : null,
    workingProgrammes: works ? [...actor.programmes] : [],
    managedProgrammes: active && has(actor, "manager") ? [...actor.programmes] : [],
    includesRestricted: use === "access",
    grantedUserId: works ? actor.id : null,
  };
}

/**
 * The reference meaning of a scope; the SQL filter is tested against it. An access scope holds the
 * cases of `can(case.read)`, a listing scope those of `can(case.listed)`.
 */
export function inCaseScope(scope: CaseScope, facts: CaseFacts): boolean {
  if (facts.restricted && !scope.includesRestricted) return false;
  return (
    (scope.assignedUserId !== null &&
      facts.assigneeIds.includes(scope.assignedUserId) &&
      scope.workingProgrammes.includes(facts.programme)) ||
    scope.managedProgrammes.includes(facts.programme) ||
    (scope.grantedUserId !== null && (facts.readerIds ?? []).includes(scope.grantedUserId))
  );
}

/** A field the reader may not see: shown as withheld, never as empty. */
export interface Withheld {
  withheld: true;
}

export function withhold<T>(
  actor: Actor,
  facts: CaseFacts,
  category: SensitiveCategory,
  value: T,
): T | Withheld {
  return can(actor, { kind: "case.field.read", case: facts, category }) ? value : { withheld: true };
}

export function isWithheld(value: unknown): value is Withheld {
  return typeof value === "object" && value !== null && (value as Withheld).withheld === true;
}
