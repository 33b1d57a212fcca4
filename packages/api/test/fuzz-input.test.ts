import { randomUUID } from "node:crypto";
import { resolveSessionUser } from "@kelias/auth";
import { serviceTypes, verifyAuditChain } from "@kelias/db";
import {
  type DocumentReplaceInput,
  type DocumentUploadInput,
  INVALID_CHARACTERS,
  type SetPasswordInput,
} from "@kelias/domain";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Context } from "../src/context";
import {
  appRouter,
  type ExportLabels,
  exportAuditCsv,
  exportCases,
  exportPeriodReport,
  readCaseDocument,
  replaceCaseDocument,
  setPasswordWithToken,
  uploadCaseDocument,
} from "../src/server";
import { IP, PERSON, type TestUser, useApiTest } from "./support/api-test";
import { callPath } from "./support/call-path";
import {
  FULL_CHECKLIST,
  insertAppointment,
  insertConsent,
  insertDocument,
  insertNote,
  insertPartner,
  insertReferral,
  insertService,
  insertTask,
} from "./support/case-record";

/** What the duplicate check compares of `PERSON` (it takes nothing else). */
const { sex: _sex, ...DUPLICATE_CANDIDATE } = PERSON;

/**
 * Hostile input, sent to every procedure of the router as an admin, a manager and a caseworker:
 * text with U+0000 (Postgres stores none) or a lone UTF-16 surrogate (refused in JSON, silently
 * replaced in text), strings longer than any field, values of the wrong type, ids that are not
 * uuids, integers the database's columns cannot hold. Each must be refused as BAD_REQUEST before it
 * reaches the database: never INTERNAL_SERVER_ERROR, and no row changes (the audit log, which
 * records refusals, is left out of the comparison).
 *
 * The valid inputs name real records the actor may change, so that a hostile value the schemas let
 * through would reach an insert or an update, not stop at a NOT_FOUND.
 */

const api = useApiTest();
const actors: Record<"admin" | "manager" | "caseworker", TestUser> = {} as never;
let base: Record<string, unknown>;
let transferInputs: Record<string, unknown>;

beforeAll(async () => {
  actors.admin = await api.createUser(["admin"]);
  actors.manager = await api.createUser(["manager"], ["avrr", "counter_trafficking"]);
  actors.caseworker = await api.createUser(["caseworker"], ["avrr", "counter_trafficking"]);
  const worker = actors.caseworker;
  const avrr = await api.openCase(worker, "avrr");
  const ct = await api.openCase(worker, "counter_trafficking");
  const partner = await insertPartner(api.db);
  const note = await insertNote(api.db, avrr.id);
  const service = await insertService(api.db, avrr.id);
  const consent = await insertConsent(api.db, avrr.id);
  const referral = await insertReferral(api.db, avrr.id, partner.id);
  const task = await insertTask(api.db, avrr.id);
  const caseDocument = await insertDocument(api.db, avrr.id, "travel");
  const appointment = await insertAppointment(api.db, avrr.id);
  const [serviceType] = await api.db
    .select({ id: serviceTypes.id, version: serviceTypes.version })
    .from(serviceTypes)
    .where(eq(serviceTypes.code, "Health"))
    .limit(1);
  if (!serviceType) throw new Error("no built-in service type Health");
  base = validInputs({
    worker,
    avrr,
    ct,
    partner,
    note,
    service,
    consent,
    referral,
    task,
    serviceType,
    document: caseDocument,
    appointment,
  });
  const document = await uploadCaseDocument(await contextOf(worker), {
    caseId: avrr.id,
    fileName: "scan.png",
    bytes: PNG,
    category: "identity",
    description: "",
  });
  transferInputs = {
    "exports/cases": {
      format: "csv",
      columns: ["reference", "state"],
      view: "all",
      assigneeId: worker.id,
      openedSince: "2026-01-01",
      serviceType: "Health",
    },
    "exports/report": { programme: "avrr", period: { from: "2026-01", to: "2026-03" } },
    "audit/export": {
      actorId: worker.id,
      entityId: avrr.id,
      action: "case.",
      outcome: "allowed",
      from: null,
      to: null,
    },
    "cases/[id]/documents": {
      caseId: avrr.id,
      fileName: "scan.png",
      category: "identity",
      expiresOn: "2030-01-01",
      description: "Passport",
    },
    "documents/[id]": { id: document.id },
    "documents/[id]/versions": {
      documentId: document.id,
      version: 1,
      fileName: "scan-2.png",
      expiresOn: "2031-01-01",
      description: "Passport, renewed",
    },
    "set-password": { token: "a".repeat(43), password: "a long new passphrase" },
  };
});

interface Records {
  worker: TestUser;
  avrr: { id: string; personId: string };
  ct: { id: string };
  partner: { id: string; version: number };
  note: { id: string; version: number };
  service: { id: string; version: number };
  consent: { id: string; version: number };
  referral: { id: string; version: number };
  task: { id: string; version: number };
  appointment: { id: string; version: number };
  serviceType: { id: string; version: number };
  document: { id: string; version: number };
}

/** A valid input for each procedure that takes one, naming the records above. */
function validInputs(r: Records): Record<string, unknown> {
  const caseId = r.avrr.id;
  return {
    "account.mfa.confirm": { code: "123456" },
    "account.mfa.disable": { password: "a long passphrase" },
    "account.mfa.newRecoveryCodes": { password: "a long passphrase" },
    "account.password.change": { currentPassword: "old passphrase", newPassword: "a new long passphrase" },
    "security.settings.update": {
      idleTimeoutMinutes: 30,
      absoluteLifetimeHours: 12,
      mfaRequiredForCaseworkers: false,
      version: 0,
    },
    "security.user.signOut": { userId: r.worker.id },
    "security.user.resetMfa": { userId: r.worker.id },
    "approvals.bulkReassign": {
      fromUserId: r.worker.id,
      toUserId: randomUUID(),
      cases: [{ caseId, version: 1 }],
      note: "Handover",
    },
    "dashboard.figures": { programme: "avrr", period: { from: "2026-01", to: "2026-03" } },
    "dashboard.intake": { programme: "avrr", period: { from: "2026-01", to: "2026-03" } },
    "audit.list": {
      filters: {
        actorId: r.worker.id,
        entityId: caseId,
        action: "case.",
        outcome: "allowed",
        from: null,
        to: null,
      },
      beforeSeq: 10,
      limit: 10,
    },
    "case.create": { personId: r.avrr.personId, programme: "avrr", referralSource: "police" },
    "case.findByReference": { reference: "AV-2026-00001" },
    "family.create": {
      members: [
        { caseId, relationship: "head" },
        { caseId: randomUUID(), relationship: "child" },
      ],
    },
    "family.register": {
      referralSource: "self_referral",
      programme: "avrr",
      members: [
        { person: PERSON, relationship: "head" },
        { person: { ...PERSON, givenName: "Daryna" }, relationship: "child" },
      ],
    },
    "family.get": { familyId: randomUUID() },
    "family.forCase": { caseId },
    "family.member.add": { familyId: randomUUID(), version: 1, caseId, relationship: "spouse" },
    "family.member.remove": { familyId: randomUUID(), version: 1, caseId },
    "family.transition": {
      familyId: randomUUID(),
      version: 1,
      to: "departed",
      reason: "Together",
      members: [{ caseId, version: 1 }],
    },
    "case.list": {
      view: "all",
      programme: "avrr",
      assigneeId: r.worker.id,
      openedSince: "2026-01-01",
      serviceType: "Health",
      limit: 10,
    },
    "case.get": { id: caseId },
    "case.team.assign": { caseId, version: 1, userId: r.worker.id, as: "co", note: "Helps" },
    "case.team.unassign": { caseId, version: 1, userId: r.worker.id, note: "Done" },
    "case.restriction.set": { caseId, version: 1, restricted: true },
    "case.sensitive.set": { caseId, category: "health", content: "Needs insulin.", version: null },
    "case.workflow.get": { caseId },
    "case.workflow.setFacts": {
      caseId,
      version: 1,
      voluntaryDecisionRecorded: true,
      arrivalDate: "2026-01-10",
    },
    "case.travel.get": { caseId },
    "case.travel.document.add": {
      caseId,
      kind: "emergency_travel_document",
      status: "requested",
      issuingAuthority: "Embassy of Georgia",
      requestedOn: "2026-01-05",
    },
    "case.travel.document.edit": {
      caseId,
      documentId: randomUUID(),
      version: 1,
      kind: "passport",
      status: "issued",
      issuedOn: "2020-01-10",
      expiresOn: "2030-01-09",
      number: "GE123",
    },
    "case.travel.fitness.set": {
      caseId,
      version: null,
      medicalClearance: "cleared",
      clearanceDate: "2026-01-05",
      clearedBy: "Dr. Petraitis",
      escortNeeded: "medical",
    },
    "case.travel.leg.add": {
      caseId,
      carrier: "Turkish Airlines",
      flightNumber: "TK1410",
      fromAirport: "VNO",
      toAirport: "IST",
      departsAt: "2026-03-09T06:10",
      arrivesAt: "2026-03-09T09:40",
      escort: "medical",
    },
    "case.travel.leg.edit": {
      caseId,
      legId: randomUUID(),
      version: 1,
      carrier: "Turkish Airlines",
      flightNumber: "TK1410",
      fromAirport: "VNO",
      toAirport: "IST",
      departsAt: "2026-03-09T06:10",
      arrivesAt: "2026-03-09T09:40",
    },
    "case.travel.leg.remove": { caseId, legId: randomUUID(), version: 1 },
    "case.travel.departure.confirm": {
      caseId,
      version: 1,
      departedOn: "2026-01-09",
      confirmedBy: "Escort",
      notes: "",
    },
    "case.travel.arrival.confirm": {
      caseId,
      version: 1,
      arrivedOn: "2026-01-10",
      confirmedBy: "Office",
      notes: "",
    },
    "case.workflow.transition": { caseId, version: 1, to: "eligibility_counselling", reason: "Ready" },
    "case.workflow.decideApproval": { approvalId: randomUUID(), version: 1, approve: false, reason: "No" },
    "case.workflow.withdrawApproval": { approvalId: randomUUID(), version: 1, reason: "Asked too early" },
    "case.note.add": { caseId, content: "Called the person." },
    "case.note.edit": { caseId, noteId: r.note.id, version: r.note.version, content: "Called twice." },
    "case.service.add": {
      caseId,
      type: "Health",
      provider: "Clinic",
      deliveredOn: "2026-01-10",
      quantity: 1,
      cost: "50",
      currency: "EUR",
      note: "First visit",
    },
    "case.service.edit": {
      caseId,
      serviceId: r.service.id,
      version: r.service.version,
      type: "Legal",
      provider: "Lawyer",
      deliveredOn: "2026-01-10",
      quantity: 1,
      cost: "50",
      currency: "EUR",
      note: "",
    },
    "case.consent.record": {
      caseId,
      purpose: "referral",
      partnerId: r.partner.id,
      givenOn: "2026-01-10",
      checklist: { ...FULL_CHECKLIST, researchUse: false },
      note: "Signed",
    },
    "case.consent.withdraw": {
      caseId,
      consentId: r.consent.id,
      version: r.consent.version,
      withdrawnOn: "2026-01-11",
      note: "Asked by phone",
    },
    "case.referral.add": { caseId, partnerId: r.partner.id, serviceType: "Legal", reason: "Legal advice" },
    "case.referral.setStatus": {
      caseId,
      referralId: r.referral.id,
      version: r.referral.version,
      status: "accepted",
    },
    "case.task.add": { caseId, title: "Call back", dueDate: "2026-02-01" },
    "case.task.edit": {
      caseId,
      taskId: r.task.id,
      version: r.task.version,
      title: "Call",
      dueDate: "2026-02-01",
    },
    "case.task.setDone": { caseId, taskId: r.task.id, origin: "manual", version: r.task.version, done: true },
    "case.task.mine": { due: "week", programme: "avrr", caseId, sort: "priority" },
    "case.task.team": { due: "overdue", programme: "avrr", assigneeId: r.worker.id, sort: "due" },
    "case.task.assign": {
      caseId,
      taskId: r.task.id,
      origin: "manual",
      version: r.task.version,
      assigneeId: r.worker.id,
    },
    "case.appointment.list": { caseId },
    "case.source.set": { caseId, version: 1, referralSource: "other", referralSourceDetail: "A parish" },
    "case.feedback.list": { caseId },
    "case.feedback.add": {
      caseId,
      kind: "satisfaction",
      channel: "in_person",
      receivedOn: "2026-01-05",
      topic: "Counselling",
      detail: "Very helpful",
      rating: 5,
    },
    "case.feedback.edit": {
      caseId,
      feedbackId: randomUUID(),
      version: 1,
      kind: "complaint",
      channel: "letter",
      receivedOn: "2026-01-05",
      topic: "Interpreter",
      detail: "",
      rating: null,
      resolution: "Another interpreter booked",
      resolvedOn: "2026-01-07",
    },
    "case.appointment.add": {
      caseId,
      kind: "counselling",
      date: "2026-12-10",
      time: "10:00",
      durationMinutes: 60,
      place: "Office",
      note: "Bring the passport",
      attendeeId: r.worker.id,
    },
    "case.appointment.edit": {
      caseId,
      appointmentId: r.appointment.id,
      version: r.appointment.version,
      kind: "embassy_visit",
      date: "2026-12-11",
      time: "09:00",
      durationMinutes: 120,
      place: "Embassy",
      note: "",
      attendeeId: null,
    },
    "case.appointment.cancel": {
      caseId,
      appointmentId: r.appointment.id,
      version: r.appointment.version,
      reason: "The person is ill",
    },
    "calendar.week": { day: "2026-12-09" },
    "case.timeline": { caseId, include: "changes", before: 10, limit: 10, kind: "notes" },
    "case.handover.create": {
      caseId,
      officeName: "Tbilisi office",
      officeCountry: "GE",
      officeContact: "reintegration@example.org",
      handedOverOn: "2026-01-20",
      consentId: r.consent.id,
      documentIds: [r.document.id],
    },
    "case.handover.list": { caseId },
    "case.history": { caseId, record: "service", recordId: r.service.id },
    "case.document.list": { caseId },
    "case.document.edit": {
      caseId,
      documentId: r.document.id,
      version: r.document.version,
      category: "travel",
      expiresOn: "2031-05-01",
      description: "Ticket",
    },
    "case.document.delete": {
      caseId,
      documentId: r.document.id,
      version: r.document.version,
      reason: "Duplicate",
    },
    "partner.list": { includeInactive: true },
    "partner.create": {
      name: "Caritas Vilnius",
      kind: "ngo",
      city: "Vilnius",
      contact: "+370 5 000",
      services: [],
    },
    "partner.update": {
      id: r.partner.id,
      version: r.partner.version,
      name: "Caritas",
      kind: "ngo",
      city: "Kaunas",
      contact: "",
      active: true,
    },
    "person.create": {
      ...PERSON,
      givenNameLatin: null,
      languages: ["uk"],
      phones: ["+37061234567"],
      address: { street: "Gedimino pr. 1", city: "Vilnius", postalCode: "LT-01103" },
      documents: [{ type: "passport", number: "FA123456", issuingCountry: "UA", expiresOn: "2030-01-01" }],
    },
    "person.checkDuplicates": { ...DUPLICATE_CANDIDATE, documents: [{ number: "FA123456" }] },
    "accessRequest.create": { candidate: DUPLICATE_CANDIDATE, reason: "Same passport" },
    "accessRequest.decide": {
      decisionId: "00000000-0000-4000-8000-00000000000d",
      version: 1,
      grant: true,
      note: "Call first",
    },
    "accessRequest.withdraw": { requestId: "00000000-0000-4000-8000-00000000000e", version: 1 },
    "savedFilter.save": { name: "Overdue AVRR", view: "mine", query: { programme: "avrr", overdue: "1" } },
    "savedFilter.delete": { id: "00000000-0000-4000-8000-00000000000f" },
    "person.get": { id: r.avrr.personId },
    "person.history": { id: r.avrr.personId },
    "person.search": { query: "Olena", excludeId: r.avrr.personId },
    "person.list": { query: "Kovalenko", limit: 10 },
    "search.find": { query: "Kovalenko" },
    "person.update": { ...PERSON, id: r.avrr.personId, version: 1, household: [] },
    "reference.unsafeDestination.set": { version: 1, countries: ["SY"] },
    "reference.reintegrationCurrency.set": { currency: "EUR", version: 1 },
    "case.reintegration.get": { caseId },
    "case.reintegration.plan.save": {
      caseId,
      version: null,
      economicObjective: "Own income within six months",
      socialObjective: "Housing",
      psychosocialObjective: "Counselling",
    },
    "case.reintegration.support.add": {
      caseId,
      dimension: "economic",
      kind: "cash",
      description: "Business start-up grant",
      amount: "500",
      currency: "EUR",
      status: "delivered",
      plannedOn: "2026-02-01",
      deliveredOn: "2026-02-10",
    },
    "case.reintegration.support.edit": {
      caseId,
      itemId: "00000000-0000-4000-8000-0000000000a1",
      version: 1,
      dimension: "social",
      kind: "in_kind",
      description: "Rent for three months",
      amount: "300",
      currency: "EUR",
      status: "planned",
      plannedOn: null,
      deliveredOn: null,
    },
    "case.monitoring.visit.record": {
      caseId,
      mode: "visit",
      date: "2026-04-10",
      pointMonths: 3,
      conductedBy: "Partner office",
      situation: "stable",
      concerns: "None",
      followUpNeeded: false,
      notes: "Shop open",
    },
    "case.monitoring.visit.edit": {
      caseId,
      visitId: "00000000-0000-4000-8000-0000000000a2",
      version: 1,
      mode: "call",
      date: "2026-04-11",
      pointMonths: null,
      conductedBy: "",
      situation: "fragile",
      concerns: "Debts",
      followUpNeeded: true,
      notes: "",
    },
    "case.survey.record": {
      caseId,
      takenOn: "2026-04-10",
      visitId: "00000000-0000-4000-8000-0000000000a2",
      answers: { "eco.debt": "no", "soc.housing": "good" },
    },
    "reference.history": { kind: "partner", entityId: r.partner.id, before: 10, limit: 10 },
    "serviceType.list": { includeInactive: true },
    "serviceType.create": { code: "counselling", nameEn: "Counselling", nameLt: "Konsultavimas" },
    "serviceType.update": {
      id: r.serviceType.id,
      version: r.serviceType.version,
      active: true,
      nameEn: "Health care",
      nameLt: "Sveikatos priežiūra",
      defaultUnitCost: "20",
      currency: "EUR",
    },
    "staff.caseworkers": { programme: "avrr" },
    "user.list": { query: "case", role: "caseworker", programme: "avrr", active: true },
    "user.update": { id: r.worker.id, version: 1, name: "Someone", team: "North" },
    "identification.get": { caseId: r.ct.id },
    "identification.history": { caseId: r.ct.id },
    "identification.save": {
      caseId: r.ct.id,
      version: null,
      facts: {
        acts: [{ code: "recruitment", evidence: "Interview 10 Jan" }],
        means: [{ code: "other_coercion", evidence: "Passport kept" }],
        purposes: [{ code: "forced_labour", evidence: "" }],
        dateOfBirth: "2000-01-01",
        screenedOn: "2026-01-10",
        dateOfAct: "2025-06-01",
        indicators: [{ id: "dr.nature_of_job", evidence: "Job advert" }],
      },
      profile: { typesOfExploitation: ["ForcedLabour"], countryOfExploitation: "LT" },
    },
    "identification.propose": {
      caseId: r.ct.id,
      screeningVersion: 1,
      status: "PossibleVictimOfTrafficking",
      reason: "The facts hold.",
    },
    "identification.decide": {
      proposalId: randomUUID(),
      outcome: "overrule",
      status: "NotAVictimOfTrafficking",
      decidingOrganisation: "NGO",
      reason: "The facts do not hold.",
      reflectionCountry: "LT",
    },
    "identification.screenForTrafficking": { sourceCaseId: caseId },
    "reflectionPeriod.set": { countryCode: "LT", days: 30, version: null },
    "reflectionPeriod.remove": { countryCode: "LT", version: 1 },
    "user.create": { name: "Someone", email: "someone@example.org", roles: ["caseworker"], team: "North" },
    "user.resetPassword": { id: r.worker.id, version: 1 },
    "user.confirmHandover": { id: r.worker.id, version: 1 },
    "case.assessment.record": {
      caseId,
      assessmentId: null,
      version: null,
      assessedOn: "2026-01-10",
      riskLevel: "medium",
      summary: "Needs an escort.",
      content: {
        kind: "vulnerability",
        categories: ["elderly"],
        categoriesNote: "Lives alone.",
        escort: "non_medical",
        medicalNeedsNote: "",
      },
    },
    "case.assessment.list": { caseId },
    "case.assessment.current": { caseId },
    "case.assessment.get": { caseId, assessmentId: randomUUID() },
    "dashboard.highRisk": { programme: "avrr" },
    "reference.riskReview.set": { riskLevel: "low", days: 90, version: 1 },
  };
}

// ---------------------------------------------------------------------------------------------
// Hostile values

const BAD_CHARACTERS = ["\u0000", "\ud800", "\udbff", "\udc00", "\udfff"] as const;
/** Longer than any text field accepts. */
const TOO_LONG = 100_001;
/** Does not fit the `integer` columns that hold versions. */
const TOO_BIG_FOR_A_VERSION = 2 ** 31;
/** Not a safe integer: no number field takes it (audit sequence numbers are `bigint`). */
const TOO_BIG = 2 ** 53;

/** Text with a character the database cannot store, somewhere in ordinary text. */
const badText = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...BAD_CHARACTERS), fc.string({ maxLength: 20 }))
  .map(([before, bad, after]) => `${before}${bad}${after}`);
const tooLong = fc.constantFrom("a", "Ž", "💡", "'").map((c) => c.repeat(TOO_LONG));
const notAUuid = fc.constantFrom(
  "not-a-uuid",
  "------------------------------------",
  "00000000000000000000000000000000",
  "{00000000-0000-4000-8000-000000000000}",
  "00000000-0000-4000-8000-00000000000g",
  "' or 1=1 --",
  "",
);
const wrongType = fc.constantFrom<unknown>(42, -1, true, null, [], ["x"], [{}]);
const badNumber = fc.constantFrom<unknown>(
  TOO_BIG,
  -TOO_BIG,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  0.5,
  "1",
  "\u0000",
  [],
  {},
);
const badBoolean = fc.constantFrom<unknown>("true", 1, 0, "\u0000", [], {});

type Leaf = { path: (string | number)[]; value: unknown };

/** Fields that name a record of any kind (the audit log's entity ids): free text, not a uuid. */
const FREE_TEXT_IDS = new Set(["entityId"]);
const key = (leaf: Leaf) => String(leaf.path.at(-1) ?? "");

/** Every leaf (string, number, boolean, null) and every array and object of an input, with its path. */
function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) {
    return [{ path, value }, ...value.flatMap((item, i) => leaves(item, [...path, i]))];
  }
  if (value !== null && typeof value === "object") {
    return [{ path, value }, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))];
  }
  return [{ path, value }];
}

/** The input with the value at `path` replaced (the root when the path is empty). */
function replaced(input: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaced((input as Record<string | number, unknown>)[head], rest, value);
  return copy;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Values that must be refused in place of `leaf`, whatever field it is. */
function hostileFor(leaf: Leaf): fc.Arbitrary<unknown> {
  const { value } = leaf;
  if (typeof value === "string") {
    const variants: fc.Arbitrary<unknown>[] = [
      badText,
      fc.constantFrom(...BAD_CHARACTERS).map((bad) => `${value}${bad}`),
      tooLong,
      fc.constantFrom<unknown>(42, true, [], {}, [value]),
    ];
    if (UUID.test(value) && !FREE_TEXT_IDS.has(key(leaf)))
      variants.push(notAUuid, fc.constant(`${value}\u0000`), fc.constant(`${value} `));
    return fc.oneof(...variants);
  }
  if (typeof value === "number") {
    return /version$/i.test(key(leaf)) ? fc.oneof(badNumber, fc.constant(TOO_BIG_FOR_A_VERSION)) : badNumber;
  }
  if (typeof value === "boolean") return badBoolean;
  if (value === null) return fc.oneof(badText, tooLong, fc.constantFrom<unknown>(true, [], {}));
  if (Array.isArray(value)) {
    return fc.oneof(
      badText,
      fc.constantFrom<unknown>(42, true, {}),
      badText.map((s) => [...value, s]),
    );
  }
  return fc.oneof(badText, fc.constantFrom<unknown>(42, true, [], "{}"));
}

/** Values that no procedure accepts as its whole input. */
const hostileWhole = fc.oneof(badText, tooLong, notAUuid, wrongType);

// ---------------------------------------------------------------------------------------------
// The walk

type AnyProcedure = { _def: { type: "query" | "mutation"; inputs: unknown[] } };
// At run time tRPC v11 keeps a flat record of dotted path to procedure here (its type says otherwise).
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

/**
 * How the call ended: the error code, or "accepted". With `field`, a BAD_REQUEST must also name
 * that field: with the message of a text the database cannot store, or what a field that is not
 * text takes.
 */
async function outcome(call: Promise<unknown>, field?: (string | number)[]): Promise<string> {
  try {
    await call;
    return "accepted";
  } catch (error) {
    if (!(error instanceof TRPCError)) return `not a TRPCError: ${String(error)}`;
    if (error.code === "INTERNAL_SERVER_ERROR")
      return `INTERNAL_SERVER_ERROR: ${String(error.cause ?? error.message).split("\n")[0]}`;
    if (field && error.code === "BAD_REQUEST") {
      const issues = error.cause instanceof ZodError ? error.cause.issues : [];
      // Text and ids say why; a field that is not text (a vocabulary, a number) says what it takes.
      const named = issues.some(
        (i) =>
          i.path.join(".") === field.join(".") &&
          (i.message === INVALID_CHARACTERS || i.code === "invalid_value" || i.code === "invalid_type"),
      );
      if (!named)
        return `BAD_REQUEST not naming ${field.join(".")}: ${JSON.stringify(issues.map((i) => [i.path.join("."), i.message]))}`;
    }
    return error.code;
  }
}

const show = (value: unknown) => {
  const text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
};

/** Property runs per procedure and role, besides one run per leaf with each bad character. */
const RUNS = 100;
const SEED = 20_260_112;

it("knows a valid input of every procedure that takes one", () => {
  const withInput = procedures.filter(([, p]) => p._def.inputs.length > 0).map(([path]) => path);
  const withoutInput = procedures.filter(([, p]) => p._def.inputs.length === 0).map(([path]) => path);
  // A procedure that takes no input still declares it (`z.void()`), so that anything sent is refused.
  expect(withoutInput).toEqual([]);
  expect(withInput.filter((path) => !(path in base) && !isVoid(path)).sort()).toEqual([]);
});

/** Procedures that take nothing: `z.void()` accepts only undefined. */
function isVoid(path: string): boolean {
  const procedure = procedures.find(([p]) => p === path)?.[1];
  const [schema] = procedure?._def.inputs ?? [];
  return (schema as { def?: { type?: string } } | undefined)?.def?.type === "void";
}

describe.each(procedures.map(([path]) => path))("%s", (path) => {
  it("refuses hostile input as BAD_REQUEST, as admin, manager and caseworker, and changes nothing", async () => {
    const before = await api.fingerprint();
    const failures: string[] = [];
    for (const [role, actor] of Object.entries(actors)) {
      const caller = await api.as(actor);
      const send = async (input: unknown, what: string, field?: (string | number)[]) => {
        const result = await outcome(callPath(caller, path, input), field);
        if (result !== "BAD_REQUEST") failures.push(`${role}, ${what}: ${result}`);
      };
      const valid = base[path];
      const fields = valid === undefined ? [] : leaves(valid);
      // Each bad character in each field, deterministically.
      for (const leaf of fields.filter((l) => typeof l.value === "string" || l.value === null)) {
        for (const bad of BAD_CHARACTERS) {
          const value = `${leaf.value ?? ""}${bad}`;
          await send(replaced(valid, leaf.path, value), `${leaf.path.join(".")} = ${show(value)}`, leaf.path);
        }
      }
      // Then random hostile values in random places.
      const variant = fc.oneof(
        hostileWhole.map((value) => ({ path: [] as (string | number)[], value })),
        ...fields.map((leaf) => hostileFor(leaf).map((value) => ({ path: leaf.path, value }))),
      );
      await fc.assert(
        fc.asyncProperty(variant, async ({ path: at, value }) => {
          await send(replaced(valid, at, value), `${at.join(".") || "input"} = ${show(value)}`);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }
    const distinct = [...new Set(failures)];
    // The message lists the first refusals that went wrong in full (a diff would shorten them).
    expect(distinct, distinct.slice(0, 30).join("\n")).toEqual([]);
    expect(await api.fingerprint()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// The HTTP routes that are not tRPC (apps/web/src/app/api and the set-password page) call these.

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

const LABELS: ExportLabels = {
  column: (c) => c,
  programme: (p) => p,
  state: (s) => s,
  withheld: "withheld",
  yes: "yes",
  no: "no",
};

async function contextOf(user: TestUser) {
  return { db: api.db, user: await resolveSessionUser(api.db, user.claims), ip: IP };
}

/** Each transfer as its route calls it; a refused set-password answers a result, turned into an error here. */
const TRANSFERS: Record<string, (ctx: Context, input: unknown) => Promise<unknown>> = {
  "exports/cases": (ctx, input) => exportCases(ctx, input, LABELS),
  "exports/report": (ctx, input) =>
    exportPeriodReport(ctx, input, {
      text: (key) => key,
      programme: (p) => p,
      state: (s) => s,
      serviceType: (code) => code,
      exploitation: (x) => x,
      country: (x) => x,
      redFlag: (x) => x,
    }),
  "audit/export": (ctx, input) => exportAuditCsv(ctx, input),
  "cases/[id]/documents": (ctx, input) =>
    uploadCaseDocument(ctx, { ...(input as DocumentUploadInput), bytes: PNG }),
  "documents/[id]": (ctx, input) => readCaseDocument(ctx, (input as { id: string }).id),
  "documents/[id]/versions": (ctx, input) =>
    replaceCaseDocument(ctx, { ...(input as DocumentReplaceInput), bytes: PNG }),
  "set-password": async (ctx, input) => {
    const result = await setPasswordWithToken(ctx.db, input as SetPasswordInput, { ip: IP });
    if (!result.ok) throw new TRPCError({ code: "BAD_REQUEST", message: result.reason });
    return result;
  },
};

describe.each(Object.keys(TRANSFERS))("%s", (route) => {
  it("refuses hostile input with a 4xx, as admin, manager and caseworker, and changes nothing", async () => {
    const before = await api.fingerprint();
    const failures: string[] = [];
    const transfer = TRANSFERS[route];
    if (!transfer) throw new Error(`no transfer ${route}`);
    for (const [role, actor] of Object.entries(actors)) {
      const ctx = await contextOf(actor);
      const valid = transferInputs[route];
      const fields = leaves(valid).filter((leaf) => leaf.path.length > 0);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(...fields.map((leaf) => hostileFor(leaf).map((value) => ({ path: leaf.path, value })))),
          async ({ path: at, value }) => {
            const result = await outcome(transfer(ctx, replaced(valid, at, value)));
            if (result === "accepted" || !(result in STATUS_OF_REFUSAL)) {
              failures.push(`${role}, ${at.join(".")} = ${show(value)}: ${result}`);
            }
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    }
    const distinct = [...new Set(failures)];
    expect(distinct, distinct.slice(0, 30).join("\n")).toEqual([]);
    expect(await api.fingerprint()).toEqual(before);
  });
});

/** The refusals the routes answer with a 4xx (see apps/web/src/lib/http-errors.ts). */
const STATUS_OF_REFUSAL = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
