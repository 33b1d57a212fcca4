import { randomUUID } from "node:crypto";
import { auditLog, verifyAuditChain } from "@kelias/db";
import type { ActionKind } from "@kelias/domain";
import { desc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appRouter } from "../src/server";
import { authedProcedure, createCallerFactory, publicProcedure, router } from "../src/trpc";
import { IP, PERSON, trpcError, useApiTest } from "./support/api-test";
import { callPath } from "./support/call-path";
import { FULL_CHECKLIST } from "./support/case-record";

const api = useApiTest();

/**
 * Every procedure and the action it declares. A new procedure fails this test until it is added
 * here, so each one's action is a reviewed decision.
 */
const DECLARED: Record<string, ActionKind> = {
  "accessRequest.create": "access.request",
  "accessRequest.mine": "access.list",
  "accessRequest.pending": "access.list",
  "accessRequest.decide": "access.decide",
  "accessRequest.withdraw": "access.withdraw",
  "savedFilter.list": "savedFilter.manage",
  "savedFilter.save": "savedFilter.manage",
  "savedFilter.delete": "savedFilter.manage",
  "account.mfa.status": "account.manage",
  "account.mfa.begin": "account.manage",
  "account.mfa.confirm": "account.manage",
  "account.mfa.disable": "account.manage",
  "account.mfa.newRecoveryCodes": "account.manage",
  "account.session.list": "account.manage",
  "account.session.signOutOthers": "account.manage",
  "account.password.change": "account.manage",
  "security.settings.get": "security.manage",
  "security.settings.update": "security.manage",
  "security.user.signOut": "security.manage",
  "security.user.resetMfa": "security.manage",
  "approvals.queue": "approval.list",
  "approvals.bulkReassign": "case.assign",
  "dashboard.figures": "dashboard.read",
  "export.ctdcSummary": "ctdc.export",
  "audit.list": "audit.read",
  "audit.verify": "audit.read",
  "case.create": "case.create",
  "family.create": "family.update",
  "family.register": "case.create",
  "family.get": "family.read",
  "family.forCase": "case.read",
  "family.member.add": "family.update",
  "family.member.remove": "family.update",
  "family.transition": "family.update",
  "case.list": "case.list",
  "case.get": "case.read",
  "case.findByReference": "case.read",
  "case.team.assign": "case.assign",
  "case.team.unassign": "case.assign",
  "case.restriction.set": "case.restrict",
  "case.sensitive.set": "case.field.write",
  "case.workflow.get": "case.read",
  "case.workflow.setFacts": "case.update",
  "case.travel.get": "case.travel.read",
  "case.travel.document.add": "case.travel.write",
  "case.travel.document.edit": "case.travel.write",
  "case.travel.fitness.set": "case.travel.write",
  "case.travel.leg.add": "case.travel.write",
  "case.travel.leg.edit": "case.travel.write",
  "case.travel.leg.remove": "case.travel.write",
  "case.travel.departure.confirm": "case.travel.write",
  "case.travel.arrival.confirm": "case.travel.write",
  "case.workflow.transition": "case.update",
  "case.workflow.decideApproval": "case.approve",
  "case.workflow.withdrawApproval": "case.approval.withdraw",
  "case.note.add": "case.update",
  "case.note.edit": "case.update",
  "case.service.add": "case.update",
  "case.service.edit": "case.update",
  "case.consent.record": "case.update",
  "case.consent.withdraw": "case.update",
  "case.handover.create": "case.update",
  "case.handover.list": "case.read",
  "case.referral.add": "case.update",
  "case.referral.setStatus": "case.update",
  "case.task.add": "case.update",
  "case.task.edit": "case.update",
  "case.task.setDone": "case.update",
  "case.timeline": "case.read",
  "case.history": "case.read",
  "case.task.mine": "case.list",
  "case.task.team": "task.team",
  "case.task.assign": "case.task.assign",
  "case.appointment.list": "case.read",
  "case.appointment.add": "case.update",
  "case.appointment.edit": "case.update",
  "case.appointment.cancel": "case.update",
  "case.source.set": "case.update",
  "case.feedback.list": "case.feedback.read",
  "case.feedback.add": "case.feedback.write",
  "case.feedback.edit": "case.feedback.write",
  "dashboard.intake": "dashboard.read",
  "calendar.week": "calendar.read",
  "calendar.feed.status": "calendar.read",
  "calendar.feed.renew": "calendar.read",
  "calendar.feed.revoke": "calendar.read",
  "case.document.list": "case.read",
  "case.document.edit": "case.document.write",
  "case.document.delete": "case.document.write",
  "partner.list": "reference.read",
  "partner.create": "partner.manage",
  "partner.update": "partner.manage",
  "person.create": "person.create",
  "person.checkDuplicates": "person.create",
  "person.get": "person.read",
  "person.history": "person.read",
  "person.search": "person.read",
  "person.list": "person.read",
  "search.find": "search.run",
  "person.update": "person.update",
  "reference.unsafeDestination.get": "reference.read",
  "reference.unsafeDestination.set": "reference.manage",
  "reference.history": "reference.manage",
  "serviceType.list": "reference.read",
  "serviceType.create": "reference.manage",
  "serviceType.update": "reference.manage",
  "staff.caseworkers": "staff.list",
  "user.me": "session.read",
  "case.reintegration.get": "case.read",
  "case.reintegration.plan.save": "case.reintegration.write",
  "case.reintegration.support.add": "case.reintegration.write",
  "case.reintegration.support.edit": "case.reintegration.write",
  "case.monitoring.visit.record": "case.reintegration.write",
  "case.monitoring.visit.edit": "case.reintegration.write",
  "case.survey.record": "case.reintegration.write",
  "dashboard.sustainability": "dashboard.read",
  "reference.reintegrationCurrency.get": "reference.read",
  "reference.reintegrationCurrency.set": "reference.manage",
  "user.list": "user.list",
  "user.update": "user.update",
  "identification.get": "case.read",
  "identification.history": "case.read",
  "identification.save": "case.field.write",
  "identification.propose": "case.update",
  "identification.decide": "identification.decide",
  "identification.pending": "identification.pending",
  "identification.screenForTrafficking": "case.create",
  "reflectionPeriod.list": "reference.read",
  "reflectionPeriod.set": "reference.manage",
  "reflectionPeriod.remove": "reference.manage",
  "user.create": "user.create",
  "user.resetPassword": "user.update",
  "user.confirmHandover": "user.confirmHandover",
  "case.assessment.record": "case.assessment.write",
  "case.assessment.list": "case.assessment.read",
  "case.assessment.get": "case.assessment.read",
  "case.assessment.current": "case.assessment.read",
  "dashboard.highRisk": "dashboard.read",
  "reference.riskReview.list": "reference.read",
  "reference.riskReview.set": "reference.manage",
};

/** A valid input for each procedure, so that a refusal cannot come from input validation. */
const VALID_INPUT: Record<string, unknown> = {
  "accessRequest.create": {
    candidate: { givenName: "Olena", familyName: "Kovalenko", dateOfBirth: "1990-04-12" },
    reason: "Same passport",
  },
  "accessRequest.mine": undefined,
  "accessRequest.pending": undefined,
  "accessRequest.decide": { decisionId: "00000000-0000-4000-8000-00000000000d", version: 1, grant: false },
  "accessRequest.withdraw": { requestId: "00000000-0000-4000-8000-00000000000e", version: 1 },
  "savedFilter.list": undefined,
  "savedFilter.save": { name: "Overdue", view: "mine", query: { overdue: "1" } },
  "savedFilter.delete": { id: "00000000-0000-4000-8000-00000000000f" },
  "account.mfa.status": undefined,
  "account.mfa.begin": undefined,
  "account.mfa.confirm": { code: "123456" },
  "account.mfa.disable": { password: "a long passphrase" },
  "account.mfa.newRecoveryCodes": { password: "a long passphrase" },
  "account.session.list": undefined,
  "account.session.signOutOthers": undefined,
  "account.password.change": { currentPassword: "old passphrase", newPassword: "a new long passphrase" },
  "security.settings.get": undefined,
  "security.settings.update": {
    idleTimeoutMinutes: 30,
    absoluteLifetimeHours: 12,
    mfaRequiredForCaseworkers: false,
    version: 0,
  },
  "security.user.signOut": { userId: randomUUID() },
  "security.user.resetMfa": { userId: randomUUID() },
  "approvals.queue": undefined,
  "approvals.bulkReassign": {
    fromUserId: randomUUID(),
    toUserId: randomUUID(),
    cases: [{ caseId: randomUUID(), version: 1 }],
  },
  "dashboard.figures": {},
  "export.ctdcSummary": undefined,
  "audit.list": { limit: 10 },
  "audit.verify": undefined,
  "case.create": { personId: randomUUID(), programme: "avrr", referralSource: "police" },
  "case.list": { view: "all" },
  "case.get": { id: randomUUID() },
  "case.findByReference": { reference: "AVRR-2026-00001" },
  "case.team.assign": { caseId: randomUUID(), version: 1, userId: randomUUID(), as: "co", note: "" },
  "case.team.unassign": { caseId: randomUUID(), version: 1, userId: randomUUID() },
  "case.restriction.set": { caseId: randomUUID(), version: 1, restricted: true },
  "case.sensitive.set": { caseId: randomUUID(), category: "health", content: "note", version: null },
  "case.workflow.get": { caseId: randomUUID() },
  "case.workflow.setFacts": { caseId: randomUUID(), version: 1, voluntaryDecisionRecorded: true },
  "case.travel.get": { caseId: randomUUID() },
  "case.travel.document.add": { caseId: randomUUID(), kind: "passport", status: "requested" },
  "case.travel.document.edit": {
    caseId: randomUUID(),
    documentId: randomUUID(),
    version: 1,
    kind: "passport",
    status: "requested",
  },
  "case.travel.fitness.set": {
    caseId: randomUUID(),
    version: null,
    medicalClearance: "pending",
    escortNeeded: "none",
  },
  "case.travel.leg.add": {
    caseId: randomUUID(),
    carrier: "LOT",
    flightNumber: "LO772",
    fromAirport: "VNO",
    toAirport: "WAW",
    departsAt: "2026-03-01T06:00",
    arrivesAt: "2026-03-01T07:10",
  },
  "case.travel.leg.edit": {
    caseId: randomUUID(),
    legId: randomUUID(),
    version: 1,
    carrier: "LOT",
    flightNumber: "LO772",
    fromAirport: "VNO",
    toAirport: "WAW",
    departsAt: "2026-03-01T06:00",
    arrivesAt: "2026-03-01T07:10",
  },
  "case.travel.leg.remove": { caseId: randomUUID(), legId: randomUUID(), version: 1 },
  "case.travel.departure.confirm": {
    caseId: randomUUID(),
    version: null,
    departedOn: "2026-03-01",
    confirmedBy: "Escort",
  },
  "case.travel.arrival.confirm": {
    caseId: randomUUID(),
    version: null,
    arrivedOn: "2026-03-02",
    confirmedBy: "Office",
  },
  "case.workflow.transition": { caseId: randomUUID(), version: 1, to: "eligibility_counselling", reason: "" },
  "case.workflow.decideApproval": { approvalId: randomUUID(), version: 1, approve: true, reason: "" },
  "case.workflow.withdrawApproval": { approvalId: randomUUID(), version: 1 },
  "case.note.add": { caseId: randomUUID(), content: "Called the person." },
  "case.note.edit": { caseId: randomUUID(), noteId: randomUUID(), version: 1, content: "Called twice." },
  "case.service.add": {
    caseId: randomUUID(),
    type: "Health",
    provider: "Clinic",
    deliveredOn: "2026-01-10",
    quantity: 1,
    cost: null,
    currency: null,
  },
  "case.service.edit": {
    caseId: randomUUID(),
    serviceId: randomUUID(),
    version: 1,
    type: "Legal",
    provider: "Lawyer",
    deliveredOn: "2026-01-10",
    quantity: 1,
    cost: "50",
    currency: "EUR",
  },
  "case.consent.record": {
    caseId: randomUUID(),
    purpose: "referral",
    givenOn: "2026-01-10",
    checklist: { ...FULL_CHECKLIST, researchUse: false },
  },
  "case.consent.withdraw": {
    caseId: randomUUID(),
    consentId: randomUUID(),
    version: 1,
    withdrawnOn: "2026-01-11",
  },
  "case.handover.create": {
    caseId: randomUUID(),
    officeName: "Tbilisi office",
    officeCountry: "GE",
    handedOverOn: "2026-01-20",
    consentId: randomUUID(),
  },
  "case.handover.list": { caseId: randomUUID() },
  "case.referral.add": { caseId: randomUUID(), partnerId: randomUUID(), reason: "Legal advice" },
  "case.referral.setStatus": {
    caseId: randomUUID(),
    referralId: randomUUID(),
    version: 1,
    status: "accepted",
  },
  "case.task.add": { caseId: randomUUID(), title: "Call back", dueDate: null },
  "case.task.edit": {
    caseId: randomUUID(),
    taskId: randomUUID(),
    version: 1,
    title: "Call",
    dueDate: "2026-02-01",
  },
  "case.task.setDone": {
    caseId: randomUUID(),
    taskId: randomUUID(),
    origin: "manual",
    version: 1,
    done: true,
  },
  "case.timeline": { caseId: randomUUID() },
  "case.history": { caseId: randomUUID(), record: "workflow_facts" },
  "case.task.mine": undefined,
  "case.task.team": undefined,
  "case.task.assign": {
    caseId: randomUUID(),
    taskId: randomUUID(),
    origin: "manual",
    version: 1,
    assigneeId: randomUUID(),
  },
  "case.appointment.list": { caseId: randomUUID() },
  "case.appointment.add": {
    caseId: randomUUID(),
    kind: "flight",
    date: "2026-12-10",
    time: "06:40",
    durationMinutes: 180,
    place: "Vilnius airport",
  },
  "case.appointment.edit": {
    caseId: randomUUID(),
    appointmentId: randomUUID(),
    version: 1,
    kind: "flight",
    date: "2026-12-10",
    time: "06:40",
    durationMinutes: 180,
    place: "Vilnius airport",
  },
  "case.appointment.cancel": { caseId: randomUUID(), appointmentId: randomUUID(), version: 1 },
  "case.source.set": {
    caseId: randomUUID(),
    version: 1,
    referralSource: "ngo",
    referralSourceDetail: "Caritas",
  },
  "case.feedback.list": { caseId: randomUUID() },
  "case.feedback.add": {
    caseId: randomUUID(),
    kind: "complaint",
    channel: "phone",
    receivedOn: "2026-01-05",
    topic: "Waiting time",
  },
  "case.feedback.edit": {
    caseId: randomUUID(),
    feedbackId: randomUUID(),
    version: 1,
    kind: "complaint",
    channel: "phone",
    receivedOn: "2026-01-05",
    topic: "Waiting time",
    resolution: "Apologised; appointments now within a week.",
    resolvedOn: "2026-01-09",
  },
  "dashboard.intake": {},
  "calendar.week": undefined,
  "calendar.feed.status": undefined,
  "calendar.feed.renew": undefined,
  "calendar.feed.revoke": undefined,
  "case.document.list": { caseId: randomUUID() },
  "case.document.edit": {
    caseId: randomUUID(),
    documentId: randomUUID(),
    version: 1,
    category: "other",
    expiresOn: null,
    description: "",
  },
  "case.document.delete": { caseId: randomUUID(), documentId: randomUUID(), version: 1, reason: "Duplicate" },
  "partner.list": undefined,
  "partner.create": { name: "Caritas Vilnius", kind: "ngo" },
  "partner.update": { id: randomUUID(), version: 1, name: "Caritas", kind: "ngo", active: true },
  "person.create": PERSON,
  "person.checkDuplicates": PERSON,
  "person.get": { id: randomUUID() },
  "person.history": { id: randomUUID() },
  "person.search": { query: "Olena" },
  "person.list": {},
  "search.find": { query: "Olena" },
  "person.update": { ...PERSON, id: randomUUID(), version: 1 },
  "reference.unsafeDestination.get": undefined,
  "reference.unsafeDestination.set": { version: 1, countries: [] },
  "reference.history": { kind: "partner" },
  "serviceType.list": undefined,
  "serviceType.create": { code: "counselling", nameEn: "Counselling", nameLt: "Konsultavimas" },
  "serviceType.update": { id: randomUUID(), version: 1, active: false },
  "staff.caseworkers": { programme: "avrr" },
  "user.me": undefined,
  "case.reintegration.get": { caseId: randomUUID() },
  "case.reintegration.plan.save": { caseId: randomUUID(), version: null },
  "case.reintegration.support.add": {
    caseId: randomUUID(),
    dimension: "economic",
    kind: "cash",
    description: "Business start-up grant",
    amount: "500",
    currency: "EUR",
    status: "planned",
    plannedOn: null,
    deliveredOn: null,
  },
  "case.reintegration.support.edit": {
    caseId: randomUUID(),
    itemId: randomUUID(),
    version: 1,
    dimension: "economic",
    kind: "in_kind",
    description: "Tools",
    amount: null,
    currency: null,
    status: "planned",
    plannedOn: null,
    deliveredOn: null,
  },
  "case.monitoring.visit.record": {
    caseId: randomUUID(),
    mode: "call",
    date: "2026-04-10",
    pointMonths: 3,
    situation: "stable",
    followUpNeeded: false,
  },
  "case.monitoring.visit.edit": {
    caseId: randomUUID(),
    visitId: randomUUID(),
    version: 1,
    mode: "call",
    date: "2026-04-10",
    pointMonths: 3,
    situation: "stable",
    followUpNeeded: false,
  },
  "case.survey.record": {
    caseId: randomUUID(),
    takenOn: "2026-04-10",
    visitId: null,
    answers: { "eco.debt": "no" },
  },
  "dashboard.sustainability": undefined,
  "reference.reintegrationCurrency.get": undefined,
  "reference.reintegrationCurrency.set": { currency: "EUR", version: 1 },
  "user.list": undefined,
  "user.update": { id: randomUUID(), version: 1, name: "Someone" },
  "identification.get": { caseId: randomUUID() },
  "identification.history": { caseId: randomUUID() },
  "identification.save": { caseId: randomUUID(), version: 1, facts: {}, profile: {} },
  "identification.propose": {
    caseId: randomUUID(),
    screeningVersion: 1,
    status: "PossibleVictimOfTrafficking",
    reason: "",
  },
  "identification.decide": {
    proposalId: randomUUID(),
    outcome: "confirm",
    decidingOrganisation: "NGO",
    reason: "The facts hold.",
  },
  "identification.pending": undefined,
  "identification.screenForTrafficking": { sourceCaseId: randomUUID() },
  "reflectionPeriod.list": undefined,
  "reflectionPeriod.set": { countryCode: "LT", days: 30, version: null },
  "reflectionPeriod.remove": { countryCode: "LT", version: 1 },
  "user.create": { name: "Someone", email: "someone@example.org", roles: ["caseworker"] },
  "user.resetPassword": { id: randomUUID(), version: 1 },
  "user.confirmHandover": { id: randomUUID(), version: 1 },
  "case.assessment.record": {
    caseId: randomUUID(),
    assessedOn: "2026-03-01",
    riskLevel: "low",
    content: { kind: "vulnerability", categories: [], escort: "none" },
  },
  "case.assessment.list": { caseId: randomUUID() },
  "case.assessment.get": { caseId: randomUUID(), assessmentId: randomUUID() },
  "case.assessment.current": { caseId: randomUUID() },
  "dashboard.highRisk": {},
  "reference.riskReview.list": undefined,
  "reference.riskReview.set": { riskLevel: "medium", days: 30, version: 1 },
};

// At run time tRPC v11 keeps a flat record of dotted path to procedure here (its type says otherwise).
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: unknown } }>,
);

describe("router walk", () => {
  it("finds the procedures", () => {
    expect(procedures.map(([path]) => path).sort()).toEqual(Object.keys(DECLARED).sort());
  });

  it.each(procedures)("%s declares its action", (path, procedure) => {
    const meta = procedure._def.meta as { action?: unknown } | undefined;
    expect(meta?.action).toBe(DECLARED[path]);
  });

  it.each(Object.keys(DECLARED))("%s refuses a signed-out caller with UNAUTHORIZED", async (path) => {
    const caller = await api.callerFor(null);
    expect((await trpcError(callPath(caller, path, VALID_INPUT[path]))).code).toBe("UNAUTHORIZED");
    // Also with input it would refuse: signing in is checked before anything else.
    expect((await trpcError(callPath(caller, path, { id: "not-a-uuid", view: 7 }))).code).toBe(
      "UNAUTHORIZED",
    );
  });
});

describe("a procedure without declared action", () => {
  let ran = 0;
  const tiny = router({
    undeclared: publicProcedure.query(() => {
      ran += 1;
      return "secret";
    }),
    undeclaredAuthed: authedProcedure.query(() => {
      ran += 1;
      return "secret";
    }),
    declared: publicProcedure.meta({ action: "session.read" }).query(() => "hello"),
  });
  const createTinyCaller = createCallerFactory(tiny);

  it("runs when it declares one (the control)", async () => {
    const caller = createTinyCaller({ db: api.db, user: null, ip: IP });
    expect(await caller.declared()).toBe("hello");
  });

  it("is refused with FORBIDDEN, without running, and the refusal is audited", async () => {
    const caller = createTinyCaller({ db: api.db, user: null, ip: IP });
    const error = await trpcError(caller.undeclared());
    expect(error.code).toBe("FORBIDDEN");
    expect(ran).toBe(0);
    const [last] = await api.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(last).toMatchObject({
      actorId: null,
      action: "undeclared",
      outcome: "denied",
      ip: IP,
      detail: { reason: "undeclared_action" },
    });
  });

  it("is refused for a signed-in caller too, whose id is audited", async () => {
    const user = await api.createUser(["caseworker", "manager", "admin"], ["avrr"]);
    const sessionUser = {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: [],
      programmes: [],
      handoverPending: false,
    };
    const caller = createTinyCaller({ db: api.db, user: sessionUser, ip: IP });
    expect((await trpcError(caller.undeclaredAuthed())).code).toBe("FORBIDDEN");
    expect(ran).toBe(0);
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "undeclaredAuthed",
      outcome: "denied",
      detail: { reason: "undeclared_action" },
    });
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
