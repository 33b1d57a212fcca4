import {
  APPOINTMENT_KINDS,
  ASSESSMENT_KINDS,
  auditSearchFilters,
  CONSENT_PURPOSES,
  COUNTRY_CODES,
  CTDC_QUASI_IDENTIFIERS,
  CURRENCIES,
  DECIDING_ORGANISATIONS,
  DOCUMENT_CATEGORIES,
  EMPTY_WORKFLOW_FACTS,
  ESCORT_KINDS,
  FAMILY_RELATIONSHIPS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUSES,
  HISTORY_RECORDS,
  MEDICAL_CLEARANCES,
  MONITORING_MODES,
  PARTNER_KINDS,
  PROGRAMMES,
  RECOMMENDATIONS,
  REFERRAL_STATUSES,
  REINTEGRATION_DIMENSIONS,
  ROLES,
  reflectionPeriodSetInput,
  reportPeriod,
  SEARCH_KINDS,
  SENSITIVE_CATEGORIES,
  SUPPORT_KINDS,
  SUPPORT_STATUSES,
  TASK_ORIGINS,
  TASK_PRIORITIES,
  TRAFFICKING_STATUSES,
  TRANSITION_KINDS,
  TRAVEL_DOCUMENT_KINDS,
  TRAVEL_DOCUMENT_STATUSES,
  WORKFLOW_TASK_KINDS,
  type WorkflowFactField,
} from "@kelias/domain";
import { z } from "zod";

/**
 * Every action the audit log records, with the shape of its detail. A procedure's action is its
 * tRPC path (`case.note.add`); the router-walk test holds the catalogue and the router together, so
 * a procedure cannot ship without an entry, and an entry cannot outlive its procedure.
 *
 * Refusals are recorded under the same action with the refusal detail (`refusalDetail`), whatever
 * the procedure: the outcome column tells them apart.
 */
const noteId = z.uuid();
const userId = z.uuid();
const state = z.string();
const approvalId = z.uuid();
const transitionKind = z.enum(TRANSITION_KINDS);
/** The kinds of the tasks a move created (their due dates are on the tasks). */
const taskKinds = z.array(z.enum(WORKFLOW_TASK_KINDS));
/** Reads of a case record who read it and when; the entry has no detail. */
const read = z.object({}).strict();

const version = z.number().int();
/**
 * The write's rows in the field history (`field_changes`), which hold the values before and after:
 * the log names the change, never the values, as administrators read it and it is kept for ever.
 */
const changeId = z.uuid();
const consentId = z.uuid();
const referralId = z.uuid();
const serviceId = z.uuid();
const taskId = z.uuid();
const appointmentId = z.uuid();
const partnerId = z.uuid();
const personId = z.uuid();
/** The service type code a service names (it may keep a type since retired). */
const serviceType = z.string();
const dueDate = z.string().nullable();
const purpose = z.enum(CONSENT_PURPOSES);
const referralStatus = z.enum(REFERRAL_STATUSES);
const count = z.number().int().min(0);
const countries = z.array(z.enum(COUNTRY_CODES));
/** The office's sign-in settings, as saved (without their version). */
const securitySettingValues = z.strictObject({
  idleTimeoutMinutes: z.number().int(),
  absoluteLifetimeHours: z.number().int(),
  mfaRequiredForCaseworkers: z.boolean(),
});
const nothing = z.strictObject({});
const caseId = z.uuid();
const proposalId = z.uuid();
const recommendation = z.enum(RECOMMENDATIONS);
const traffickingStatus = z.enum(TRAFFICKING_STATUSES);
const isoDate = z.iso.date();
const roles = z.array(z.enum(ROLES));
const programmes = z.array(z.enum(PROGRAMMES));
/** Whether the set-password link was shown to the administrator (no mail server) or emailed. */
const link = z.enum(["shown", "emailed"]);
/** An account as `user.update` records it before and after the change. */
const account = z.strictObject({
  name: z.string(),
  team: z.string().nullable(),
  roles,
  programmes,
  active: z.boolean(),
});

export const auditCatalogue = {
  /**
   * A request for access (the request is the entry's record): the cases it asks for and the
   * people the duplicate check matched; never what the requester typed or wrote.
   */
  "accessRequest.create": z.strictObject({ caseIds: z.array(caseId), personIds: z.array(personId) }),
  /** On the case: a decision on a request for access to it; a grant gives the requester read access. */
  "accessRequest.decide": z.strictObject({
    requestId: z.uuid(),
    decisionId: z.uuid(),
    requesterId: userId,
    grant: z.boolean(),
  }),
  /** The cases whose access requests a decider was shown (their references and people's names). */
  "accessRequest.pending": z.strictObject({ caseIds: z.array(caseId) }),
  /** The requester withdrew the request: how many decisions were still waiting. */
  "accessRequest.withdraw": z.strictObject({ withdrawn: count }),
  "account.mfa.begin": nothing,
  "account.mfa.confirm": nothing,
  "account.mfa.disable": nothing,
  "account.mfa.newRecoveryCodes": nothing,
  "account.password.change": z.strictObject({ sessionsEnded: count }),
  "account.session.signOutOthers": z.strictObject({ ended: count }),
  /** One entry per case moved; `bulk` tells them from a single assignment. */
  "approvals.bulkReassign": z.object({
    bulk: z.literal(true),
    as: z.enum(["owner", "co"]),
    fromUserId: userId,
    userId,
  }),
  /** The cases whose approvals the manager was shown. */
  "approvals.queue": z.object({ caseIds: z.array(z.uuid()) }),
  /** The search made (reading the log is itself audited). */
  "audit.list": z.strictObject({ filters: auditSearchFilters, beforeSeq: z.number().int().nullable() }),
  /** What the check of the hash chain found: the entries checked, the first broken one if any. */
  "audit.verify": z.strictObject({
    ok: z.boolean(),
    entries: count,
    brokenAt: z.number().int().optional(),
  }),
  /**
   * A case opened for a person, with the reference it was given; `sourceCaseId` when it was opened
   * from a case of another programme (screen for trafficking).
   */
  "case.create": z.strictObject({
    programme: z.enum(PROGRAMMES),
    personId: z.uuid(),
    reference: z.string(),
    sourceCaseId: caseId.optional(),
  }),
  "case.consent.record": z.object({ consentId, purpose, partnerId: partnerId.nullable() }),
  "case.consent.withdraw": z.object({ consentId, purpose }),
  /**
   * A handover to the office in the country of origin: the handover, its consent, the receiving
   * country, the documents included and the signed files' digests; never the package's content.
   */
  "case.handover.create": z.strictObject({
    handoverId: z.uuid(),
    consentId,
    officeCountry: z.enum(COUNTRY_CODES),
    documentIds: z.array(z.uuid()),
    pdfSha256: z.string(),
    packageSha256: z.string(),
  }),
  /** The case's handovers were shown (offices, dates, who). */
  "case.handover.list": read,
  /** Reaching a case by its reference (the way to a restricted one); the case is the entry's record. */
  "case.findByReference": nothing,
  /** Which document, its new version and category (and the one it had); never the description. */
  "case.document.edit": z.object({
    documentId: z.uuid(),
    version,
    category: z.enum(DOCUMENT_CATEGORIES),
    from: z.enum(DOCUMENT_CATEGORIES),
  }),
  /** Which document and how many versions of it; the reason is kept on the document. */
  "case.document.delete": z.object({ documentId: z.uuid(), version, versions: count }),
  "case.note.add": z.object({ noteId }),
  "case.note.edit": z.object({ noteId, version: z.number().int() }),
  /** A case record opened (`case.get`); it kept the policy action's name. */
  "case.read": read,
  "case.referral.add": z.object({ referralId, partnerId, consentId }),
  "case.referral.setStatus": z.object({ referralId, from: referralStatus, status: referralStatus }),
  "case.restriction.set": z.object({ restricted: z.boolean(), was: z.boolean() }),
  /** Which note and its new version; never the content (admins read the log). */
  "case.sensitive.set": z.object({
    category: z.enum(SENSITIVE_CATEGORIES),
    version: z.number().int(),
    changeId: changeId.optional(),
  }),
  "case.service.add": z.object({ serviceId, type: serviceType }),
  /** The entry point changed: the case's new version and the field history's change (never the values). */
  "case.source.set": z.strictObject({ version, changeId }),
  /** Feedback recorded or edited: its kind and status, never what the person said. */
  "case.feedback.add": z.strictObject({
    feedbackId: z.uuid(),
    kind: z.enum(FEEDBACK_KINDS),
    status: z.enum(FEEDBACK_STATUSES),
  }),
  "case.feedback.edit": z.strictObject({
    feedbackId: z.uuid(),
    kind: z.enum(FEEDBACK_KINDS),
    status: z.enum(FEEDBACK_STATUSES),
    version,
    changeId,
  }),
  "case.service.edit": z.object({ serviceId, type: serviceType, version, changeId: changeId.optional() }),
  "case.task.add": z.object({
    taskId,
    dueDate,
    priority: z.enum(TASK_PRIORITIES).optional(),
    /** Null: the case's owner. */
    assigneeId: userId.nullable().optional(),
  }),
  "case.task.edit": z.object({ taskId, dueDate, priority: z.enum(TASK_PRIORITIES).optional(), version }),
  /** A task given to someone else who works on the case (`fromUserId` did it until then). */
  "case.task.assign": z.strictObject({
    taskId,
    origin: z.enum(TASK_ORIGINS),
    fromUserId: userId,
    toUserId: userId,
    version,
  }),
  "case.appointment.add": z.strictObject({
    appointmentId,
    kind: z.enum(APPOINTMENT_KINDS),
    startsAt: z.iso.datetime(),
    attendeeId: userId,
  }),
  "case.appointment.edit": z.strictObject({
    appointmentId,
    kind: z.enum(APPOINTMENT_KINDS),
    startsAt: z.iso.datetime(),
    attendeeId: userId,
    version,
  }),
  "case.appointment.cancel": z.strictObject({ appointmentId, version }),
  /** A new calendar feed address (the one before, if any, stopped working). */
  "calendar.feed.renew": nothing,
  "calendar.feed.revoke": z.strictObject({ revoked: z.boolean() }),
  /** `done` false: the task was opened again. */
  "case.task.setDone": z.object({ taskId, origin: z.enum(TASK_ORIGINS), done: z.boolean() }),
  "case.team.assign": z.object({ as: z.enum(["owner", "co"]), userId, previousOwnerId: userId }),
  "case.team.unassign": z.object({ userId }),
  "case.timeline": read,
  /** The field history of a part of the case was read: which part, never the values shown. */
  "case.history": z.strictObject({ record: z.enum(HISTORY_RECORDS), recordKey: z.string().optional() }),
  /** Approved (the move was made, with its tasks) or rejected (the case stayed). */
  "case.workflow.decideApproval": z.object({
    approvalId,
    approve: z.boolean(),
    from: state,
    to: state,
    tasks: taskKinds.optional(),
  }),
  "case.workflow.get": read,
  /** The requester withdrew the move they asked for; the case stayed (the reason is text, kept on the request). */
  "case.workflow.withdrawApproval": z.object({ approvalId, from: state, to: state }),
  /** Which facts were recorded, never their values: some (vulnerability) are sensitive. */
  "case.workflow.setFacts": z.object({
    fields: z.array(z.enum(Object.keys(EMPTY_WORKFLOW_FACTS) as [WorkflowFactField, ...WorkflowFactField[]])),
    changeId: changeId.optional(),
  }),
  /** A move made (with its tasks and the approvals it cancelled), or an approval asked for. */
  "case.workflow.transition": z.union([
    z.object({
      from: state,
      to: state,
      kind: transitionKind,
      tasks: taskKinds,
      cancelledApprovalIds: z.array(approvalId).optional(),
    }),
    z.object({ from: state, to: state, kind: transitionKind, approvalId, pending: z.literal(true) }),
  ]),
  /** A family formed of existing cases: its programme and its members with their relationships. */
  "family.create": z.strictObject({
    programme: z.enum(PROGRAMMES),
    members: z.array(z.strictObject({ caseId: z.uuid(), relationship: z.enum(FAMILY_RELATIONSHIPS) })),
  }),
  /** A household registered at once: each member's person and case, and their relationship. */
  "family.register": z.strictObject({
    programme: z.enum(PROGRAMMES),
    members: z.array(
      z.strictObject({
        personId: z.uuid(),
        caseId: z.uuid(),
        reference: z.string(),
        relationship: z.enum(FAMILY_RELATIONSHIPS),
      }),
    ),
  }),
  "family.get": read,
  "family.forCase": read,
  "family.member.add": z.strictObject({ caseId: z.uuid(), relationship: z.enum(FAMILY_RELATIONSHIPS) }),
  "family.member.remove": z.strictObject({ caseId: z.uuid() }),
  /**
   * A family step: one entry per member's case (the move made with its tasks, or the approval asked
   * for), and one on the family naming the members moved.
   */
  "family.transition": z.union([
    z.strictObject({
      familyId: z.uuid(),
      from: state,
      to: state,
      kind: transitionKind,
      tasks: taskKinds,
      cancelledApprovalIds: z.array(approvalId).optional(),
    }),
    z.strictObject({
      familyId: z.uuid(),
      from: state,
      to: state,
      kind: transitionKind,
      approvalId,
      pending: z.literal(true),
    }),
    z.strictObject({ to: state, kind: transitionKind, pending: z.boolean(), members: z.array(z.uuid()) }),
  ]),
  "case.travel.get": read,
  /** A travel document recorded (its number never in the log), and the expiry task it raised, if any. */
  "case.travel.document.add": z.strictObject({
    documentId: z.uuid(),
    kind: z.enum(TRAVEL_DOCUMENT_KINDS),
    status: z.enum(TRAVEL_DOCUMENT_STATUSES),
    taskId: z.uuid().nullable(),
  }),
  "case.travel.document.edit": z.strictObject({
    documentId: z.uuid(),
    kind: z.enum(TRAVEL_DOCUMENT_KINDS),
    status: z.enum(TRAVEL_DOCUMENT_STATUSES),
    version,
    taskId: z.uuid().nullable(),
  }),
  /** Whether cleared and which escort, never by whom (a health detail stays on the record). */
  "case.travel.fitness.set": z.strictObject({
    medicalClearance: z.enum(MEDICAL_CLEARANCES),
    escortNeeded: z.enum(ESCORT_KINDS),
    version,
  }),
  "case.travel.leg.add": z.strictObject({ legId: z.uuid() }),
  "case.travel.leg.edit": z.strictObject({ legId: z.uuid(), version }),
  "case.travel.leg.remove": z.strictObject({ legId: z.uuid() }),
  "case.travel.departure.confirm": z.strictObject({ departedOn: isoDate, version }),
  /** The arrival confirmed also set the workflow's arrival date. */
  "case.travel.arrival.confirm": z.strictObject({ arrivedOn: isoDate, version }),
  "dashboard.figures": z.strictObject({ programmes: z.array(z.enum(PROGRAMMES)), period: reportPeriod }),
  /** The entry points and feedback figures of the dashboard, for these programmes and period. */
  "dashboard.intake": z.strictObject({ programmes: z.array(z.enum(PROGRAMMES)), period: reportPeriod }),
  // Reintegration of AVRR returnees: which record and its vocabulary codes, never the text written.
  "case.reintegration.plan.save": z.strictObject({ version }),
  "case.reintegration.support.add": z.strictObject({
    itemId: z.uuid(),
    dimension: z.enum(REINTEGRATION_DIMENSIONS),
    kind: z.enum(SUPPORT_KINDS),
    status: z.enum(SUPPORT_STATUSES),
  }),
  "case.reintegration.support.edit": z.strictObject({
    itemId: z.uuid(),
    from: z.enum(SUPPORT_STATUSES),
    status: z.enum(SUPPORT_STATUSES),
    version,
  }),
  "case.monitoring.visit.record": z.strictObject({
    visitId: z.uuid(),
    mode: z.enum(MONITORING_MODES),
    pointMonths: z.number().int().nullable(),
    followUpNeeded: z.boolean(),
    /** The arrival's monitoring tasks the contact ticked. */
    tasksDone: z.array(taskId),
  }),
  "case.monitoring.visit.edit": z.strictObject({ visitId: z.uuid(), version }),
  /** Which survey, with which catalogue and how many indicators counted; never the answers. */
  "case.survey.record": z.strictObject({
    surveyId: z.uuid(),
    catalogueId: z.string(),
    visitId: z.uuid().nullable(),
    scoredIndicators: count,
  }),
  "dashboard.sustainability": z.strictObject({ casesSurveyed: count }),
  "reference.reintegrationCurrency.set": z.strictObject({ currency: z.enum(CURRENCIES), version }),
  /** What the CTDC file would hold: row counts and what k-anonymity generalised, suppressed, dropped. */
  "export.ctdcSummary": z.strictObject({
    k: z.number().int(),
    rowsIn: count,
    rowsOut: count,
    dropped: count,
    suppressed: z.partialRecord(z.enum(CTDC_QUASI_IDENTIFIERS), count),
    generalised: z.strictObject({ ageBroad: count, majorityStatusAtExploit: count }),
  }),
  /**
   * A decision on the pending proposal; one that started the reflection period names its days and
   * the state the case reached.
   */
  "identification.decide": z.object({
    proposalId,
    decisionId: z.uuid(),
    outcome: z.enum(["confirm", "overrule"]),
    status: traffickingStatus,
    decidingOrganisation: z.enum(DECIDING_ORGANISATIONS),
    reflectionStartsOn: isoDate.optional(),
    reflectionEndsOn: isoDate.optional(),
    state: state.optional(),
  }),
  /** Named ".read" (not after its path, `identification.history`) so the timeline counts it a read. */
  "identification.history.read": read,
  /** How many proposals the manager was shown. */
  "identification.pending": z.object({ count }),
  "identification.propose": z.object({ proposalId, status: traffickingStatus, recommendation }),
  /** Named ".read" (not after its path, `identification.get`) so the timeline counts it a read. */
  "identification.read": read,
  /** Which screening version and the recommendation it led to; never the facts. */
  "identification.save": z.object({ screeningId: z.uuid(), version, recommendation }),
  /** On the source case: the counter-trafficking case opened from it. */
  "identification.screenForTrafficking": z.object({ caseId }),
  "partner.create": z.object({ name: z.string(), kind: z.enum(PARTNER_KINDS) }),
  "partner.update": z.object({ name: z.string(), kind: z.enum(PARTNER_KINDS), active: z.boolean(), version }),
  /** A registration: how many identity documents, which household members were linked. */
  "person.create": z.strictObject({ documents: count, household: z.array(personId) }),
  /** Who the check named (the matches the actor may see), and how many it only announced. */
  "person.checkDuplicates": z.strictObject({ matches: z.array(personId), outOfScope: count }),
  /** Which people were shown; never what was searched for (a name). */
  "person.search": z.strictObject({ results: z.array(personId) }),
  /**
   * A global search: what kind of query it was and what it showed (the people and cases, by id, and
   * how many cases were found by a note), never the query. What was typed is a name, a number or
   * the words of a note, often of someone not in the actor's scope or not on record at all, and the
   * log is read by administrators, who see no case contents: it would put there the very details
   * the scope keeps from them. The ids shown answer who saw whom, which is what the log is for.
   */
  "search.find": z.strictObject({
    kinds: z.array(z.enum(SEARCH_KINDS)),
    people: z.array(personId),
    cases: z.array(caseId),
    noteMatches: count,
    sensitiveMatches: count,
  }),
  "person.list": z.strictObject({ results: z.array(personId), query: z.boolean() }),
  /**
   * `person.get` is recorded under this name, as it always was (its refusals under the path); the
   * detail says whether the identity documents were shown.
   */
  /** The field history of a person record was read. */
  "person.history": read,
  "person.read": z.strictObject({ identityDocuments: z.enum(["shown", "withheld"]) }),
  "person.update": z.strictObject({
    version,
    documents: z.union([z.literal("unchanged"), count]),
    household: z.array(personId),
    unlinked: z.array(personId),
    changeId: changeId.optional(),
  }),
  "reference.unsafeDestination.set": z.strictObject({ added: countries, removed: countries, version }),
  /** A case-list filter saved (the filter is the entry's record), with the list it belongs to. */
  "savedFilter.save": z.strictObject({ view: z.enum(["mine", "all"]) }),
  "savedFilter.delete": nothing,
  "reflectionPeriod.remove": nothing,
  "reflectionPeriod.set": z.strictObject({ days: reflectionPeriodSetInput.shape.days, version }),
  "security.settings.update": z.strictObject({
    before: securitySettingValues,
    after: securitySettingValues,
    version,
  }),
  "security.user.resetMfa": z.strictObject({ removed: z.boolean(), sessionsEnded: count }),
  "security.user.signOut": z.strictObject({ ended: count }),
  "serviceType.create": z.object({ code: z.string(), version }),
  "serviceType.update": z.object({ code: z.string(), active: z.boolean(), version }),
  "user.confirmHandover": z.strictObject({
    version,
    /** The administrator who was shown the link, and since when the account waited. */
    linkShownTo: userId,
    pendingSince: z.string().nullable(),
  }),
  "user.create": z.strictObject({ roles, programmes, link }),
  "user.resetPassword": z.strictObject({ version, link }),
  "user.update": z.strictObject({ before: account, after: account }),
  /** Which assessment, its kind and new version, and the review task it created; never its content. */
  "case.assessment.record": z.strictObject({
    assessmentId: z.uuid(),
    kind: z.enum(ASSESSMENT_KINDS),
    version,
    reviewTaskId: taskId.nullable(),
  }),
  /** The assessments of a case, or its risk level, were read. */
  "case.assessment.read": read,
  /** The revisions of one assessment were read. */
  "case.assessment.history.read": z.strictObject({ assessmentId: z.uuid() }),
  /** The high-risk panel of the dashboard: which programmes, and which cases it named. */
  "dashboard.highRisk": z.strictObject({ programmes: z.array(z.enum(PROGRAMMES)), cases: z.array(caseId) }),
  "reference.riskReview.set": z.strictObject({ days: z.number().int(), version }),
} as const satisfies Record<string, z.ZodType>;

export type AuditAction = keyof typeof auditCatalogue;

/**
 * The procedures whose allowed calls are recorded under other names than their path (`case.get`
 * writes `case.read`), or, with an empty list, not at all: reads of lists, settings and one's own
 * session, which would fill the log without telling anyone anything. Their refusals are still
 * recorded under their path, with the refusal detail. The router-walk test
 * (test/audit-catalogue.test.ts) requires every procedure to be here or in the catalogue.
 */
export const AUDITED_UNDER_OTHER_NAMES: Readonly<Record<string, readonly AuditAction[]>> = {
  // One's own requests: nothing out of one's scope is in them before a grant.
  "accessRequest.mine": [],
  "account.mfa.status": [],
  "account.session.list": [],
  "case.document.list": [],
  "case.get": ["case.read"],
  "case.list": [],
  "case.task.mine": [],
  "case.task.team": [],
  "case.appointment.list": [],
  "case.feedback.list": [],
  "case.reintegration.get": [],
  "reference.reintegrationCurrency.get": [],
  "calendar.week": [],
  "calendar.feed.status": [],
  "identification.get": ["identification.read"],
  "identification.history": ["identification.history.read"],
  "partner.list": [],
  "person.get": ["person.read"],
  "reference.history": [],
  "reference.unsafeDestination.get": [],
  "reflectionPeriod.list": [],
  "savedFilter.list": [],
  "security.settings.get": [],
  "serviceType.list": [],
  "staff.caseworkers": [],
  "user.list": [],
  "user.me": [],
  "case.assessment.list": ["case.assessment.read"],
  "case.assessment.current": ["case.assessment.read"],
  "case.assessment.get": ["case.assessment.history.read"],
  "reference.riskReview.list": [],
};
export type AuditDetail<A extends AuditAction> = z.input<(typeof auditCatalogue)[A]>;

/** The detail of every refusal: the answered code and, where there is one, the stable reason. */
export const refusalDetail = z
  .object({
    code: z.enum(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "BAD_REQUEST"]),
    reason: z.string().optional(),
  })
  .loose();

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(auditCatalogue, action);
}

/**
 * Names older entries were written under, by the name that replaced them. The log is append-only
 * and hash-chained, so old entries keep their names; the search looks for both.
 */
export const LEGACY_AUDIT_ACTIONS: Partial<Record<AuditAction, readonly string[]>> = {
  // Before, a bulk reassignment wrote `case.assign` per case (found under case.team.assign) and
  // its refusals `case.bulkReassign`.
  // Ticking and reopening were two names; the detail's `done` tells them apart now.
  "account.mfa.begin": [],
  "account.mfa.confirm": [],
  "account.mfa.disable": [],
  "account.mfa.newRecoveryCodes": ["account.mfa.recoveryCodes"],
  "account.password.change": [],
  "account.session.signOutOthers": ["account.sessions.signOutOthers"],
  // Before, a bulk reassignment wrote `case.assign` per case (found under case.team.assign) and
  // its refusals `case.bulkReassign`.
  "approvals.bulkReassign": ["case.bulkReassign"],
  "approvals.queue": ["approval.list"],
  "audit.list": ["audit.search"],
  "audit.verify": [],
  "case.note.add": [],
  "case.note.edit": [],
  "case.referral.add": ["case.referral.create"],
  "case.referral.setStatus": ["case.referral.status"],
  "case.restriction.set": ["case.restrict"],
  "case.sensitive.set": ["case.field.write"],
  // Ticking and reopening were two names; the detail's `done` tells them apart now.
  "case.task.setDone": ["case.task.done", "case.task.reopen"],
  "case.team.assign": ["case.assign"],
  "case.team.unassign": ["case.unassign"],
  "case.workflow.decideApproval": ["case.decideApproval"],
  "case.workflow.get": ["case.workflow"],
  "case.workflow.setFacts": ["case.setWorkflowFacts"],
  "case.workflow.transition": ["case.transition"],
  "dashboard.figures": ["dashboard.read"],
  "export.ctdcSummary": ["ctdc.summary"],
  "reference.unsafeDestination.set": ["reference.setUnsafeDestinations"],
  "reflectionPeriod.remove": [],
  "reflectionPeriod.set": [],
  "security.settings.update": [],
  "security.user.resetMfa": ["security.resetMfa"],
  "security.user.signOut": ["security.signOutUser"],
};

/** Every name an entry of `action` may carry: the action and the names it replaced. */
export function auditNamesOf(action: string): string[] {
  return isAuditAction(action) ? [action, ...(LEGACY_AUDIT_ACTIONS[action] ?? [])] : [action];
}

/** The name an entry's action carries today: an older name gives the action that replaced it. */
export function currentAuditName(action: string): string {
  for (const [current, old] of Object.entries(LEGACY_AUDIT_ACTIONS)) {
    if (old?.includes(action)) return current;
  }
  return action;
}

/** The legacy names of every action under a prefix (`case.` → the old names of every case.* action). */
export function legacyNamesUnder(prefix: string): string[] {
  return Object.entries(LEGACY_AUDIT_ACTIONS).flatMap(([action, old]) =>
    action.startsWith(prefix) ? [...(old ?? [])] : [],
  );
}
