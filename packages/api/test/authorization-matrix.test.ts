import { randomUUID } from "node:crypto";
import { authEnv, beginTotpEnrolment, hashPassword, readSecuritySettings, totpCodeAt } from "@kelias/auth";
import {
  accessRequestDecisions,
  accessRequests,
  caseFeedback,
  cases,
  caseWorkflowFacts,
  monitoringVisits,
  reflectionPeriodLengths,
  reintegrationSettings,
  reintegrationSupport,
  riskReviewIntervals,
  savedCaseFilters,
  serviceTypes,
  unsafeDestinationList,
  users,
  verifyAuditChain,
} from "@kelias/db";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/server";
import { PERSON, type TestUser, trpcError, useApiTest } from "./support/api-test";
import { callPath } from "./support/call-path";
import {
  FULL_CHECKLIST,
  insertAppointment,
  insertAssessment,
  insertConsent,
  insertDocument,
  insertNote,
  insertPartner,
  insertReferral,
  insertService,
  insertTask,
} from "./support/case-record";
import { insertTravelRows, recordReadyTravel } from "./support/travel";

/**
 * Every procedure of the router, called by every kind of actor, on a record in and out of their
 * scope: the exact outcome, nothing written on a refusal, and every refusal audited as denied.
 *
 * "The programme" is AVRR; the "other programme" actors belong to labour migration only. The
 * "handover pending" actor has every role in the programme, but an administrator saw its
 * set-password link and no second one confirmed: it gets nothing but its own sign-in security.
 */

const api = useApiTest();

const ACTORS = [
  "signed out",
  "caseworker",
  "caseworker of another programme",
  "manager",
  "manager of another programme",
  "admin",
  "handover pending",
] as const;
type ActorName = (typeof ACTORS)[number];

let actors: Record<ActorName, TestUser | null>;
/** The caseworker's colleague in the programme, who owns the cases out of the caseworker's scope. */
const colleague = api.user(["caseworker"], ["avrr", "counter_trafficking"]);
/** Another caseworker of the programme, whom managers add to and remove from cases. */
const helper = api.user(["caseworker"], ["avrr"]);
/** An administrator who was shown the set-password link of the accounts waiting for confirmation. */
const witness = api.user(["admin"]);

beforeAll(async () => {
  actors = {
    "signed out": null,
    // The programme's caseworker and manager also belong to counter-trafficking (its screenings).
    caseworker: await api.createUser(["caseworker"], ["avrr", "counter_trafficking"]),
    "caseworker of another programme": await api.createUser(["caseworker"], ["labour_migration"]),
    manager: await api.createUser(["manager"], ["avrr", "counter_trafficking"]),
    "manager of another programme": await api.createUser(["manager"], ["labour_migration"]),
    admin: await api.createUser(["admin"]),
    // Every role, in the programme: an admin saw the account's link and no second one has confirmed.
    "handover pending": await api.createUser(
      ["caseworker", "manager", "admin"],
      ["avrr", "counter_trafficking"],
    ),
  };
  await api.db
    .update(users)
    .set({ handoverPendingBy: actors.admin?.id, handoverPendingSince: new Date() })
    .where(eq(users.id, actors["handover pending"]?.id ?? ""));
});

const caseworker = () => actors.caseworker as TestUser;

/** A support item and a monitoring contact of the reintegration rows. */
const SUPPORT = {
  dimension: "economic",
  kind: "cash",
  description: "Start-up grant",
  amount: "500",
  currency: "EUR",
  status: "planned",
  plannedOn: null,
  deliveredOn: null,
} as const;
const VISIT = {
  mode: "call",
  date: "2026-04-10",
  pointMonths: 3,
  situation: "stable",
  followUpNeeded: false,
} as const;

/** A row written by the case's owner. */
async function authorsOf(caseId: string) {
  const [row] = await api.db.select({ ownerId: cases.ownerId }).from(cases).where(eq(cases.id, caseId));
  const owner = row?.ownerId ?? "";
  return { createdBy: owner, updatedBy: owner };
}

/** The case's returnee arrived on 10 January 2026 (monitoring counts from it). */
async function arrived(caseId: string) {
  await api.db
    .insert(caseWorkflowFacts)
    .values({ caseId, arrivalDate: "2026-01-10", updatedBy: (await authorsOf(caseId)).updatedBy });
}

/** The records a procedure is called on. Each test builds its own, so no test sees another's writes. */
type Setup = (actor: TestUser | null) => Promise<unknown>;

/** A case of the programme opened by the caseworker (in their scope), or by their colleague (out of it). */
const caseOf = {
  "assigned to caseworker": () => api.openCase(caseworker(), "avrr"),
  "colleague's": () => api.openCase(colleague, "avrr"),
};
type CaseRecord = keyof typeof caseOf;

function onCases(
  input: (c: { id: string; version: number }) => unknown,
  prepare?: (id: string) => Promise<void>,
) {
  const setups = {} as Record<CaseRecord, Setup>;
  for (const record of Object.keys(caseOf) as CaseRecord[]) {
    setups[record] = async () => {
      const c = await caseOf[record]();
      await prepare?.(c.id);
      return input(c);
    };
  }
  return setups;
}

/**
 * A family of two cases of the record's owner (the caseworker's, or their colleague's), formed by
 * the owner through the API; `state` is written directly to both cases (no guard stands before
 * the family step out of travel documents).
 */
function onFamilies(input: (f: FamilyRecord) => unknown, state?: string, extra = false) {
  const setups = {} as Record<CaseRecord, Setup>;
  for (const record of Object.keys(caseOf) as CaseRecord[]) {
    setups[record] = async () => {
      const owner = record === "colleague's" ? colleague : caseworker();
      const [a, b, c] = [await caseOf[record](), await caseOf[record](), await caseOf[record]()];
      if (state)
        await api.db
          .update(cases)
          .set({ state })
          .where(inArray(cases.id, [a.id, b.id]));
      if (state === "travel_documents") {
        // Each member's own guards of the step pass: a safe destination and a ready travel record.
        const ownerCaller = await api.as(owner);
        for (const id of [a.id, b.id]) {
          const [row] = await api.db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
          await ownerCaller.case.workflow.setFacts({
            caseId: id,
            version: row?.version ?? 0,
            destinationCountry: "GE",
          });
          await recordReadyTravel(ownerCaller, id, new Date().toISOString().slice(0, 10));
        }
      }
      const members = [
        { caseId: a.id, relationship: "head" as const },
        { caseId: b.id, relationship: "child" as const },
        ...(extra ? [{ caseId: c.id, relationship: "spouse" as const }] : []),
      ];
      const family = await (await api.as(owner)).family.create({ members });
      const versions = await api.db
        .select({ caseId: cases.id, version: cases.version })
        .from(cases)
        .where(inArray(cases.id, [a.id, b.id]));
      return input({ ...family, caseIds: [a.id, b.id, c.id], members, versions });
    };
  }
  return setups;
}
interface FamilyRecord {
  id: string;
  version: number;
  caseIds: string[];
  members: { caseId: string; relationship: string }[];
  versions: { caseId: string; version: number }[];
}

/**
 * The case-record rows (notes, services, consents, referrals, tasks, timeline) share one case per
 * record: each of their setups adds its own rows and never changes what another row's call sees,
 * and fewer cases keep the list tests that count every case of the database within their page.
 */
const sharedCases: Partial<Record<CaseRecord, Promise<{ id: string; version: number }>>> = {};

function onSharedCases(input: (c: { id: string; version: number }) => unknown) {
  const setups = {} as Record<CaseRecord, Setup>;
  for (const record of Object.keys(caseOf) as CaseRecord[]) {
    setups[record] = async () => {
      sharedCases[record] ??= caseOf[record]();
      return input(await sharedCases[record]);
    };
  }
  return setups;
}

/** A case of the owner in eligibility counselling whose eligibility waits for a manager's approval. */
async function pendingApproval(owner: TestUser) {
  const { approvalId, version } = await api.eligibilityRequest(owner);
  return { approvalId, version, approve: true, reason: "" };
}

/**
 * A counter-trafficking case of the caseworker (in scope) or of their colleague (out of it), with a
 * saved screening; `prepare` adds what the row needs (a proposal, say).
 */
function onScreenings(
  input: (c: { id: string; screeningVersion: number; owner: TestUser }) => unknown | Promise<unknown>,
) {
  const owners: Record<CaseRecord, () => TestUser> = {
    "assigned to caseworker": caseworker,
    "colleague's": () => colleague,
  };
  const setups = {} as Record<CaseRecord, Setup>;
  for (const record of Object.keys(owners) as CaseRecord[]) {
    setups[record] = async () => {
      const owner = owners[record]();
      const c = await api.openCase(owner, "counter_trafficking");
      const saved = await (await api.as(owner)).identification.save({
        caseId: c.id,
        version: null,
        facts: {},
        profile: {},
      });
      return input({ id: c.id, screeningVersion: saved.version, owner });
    };
  }
  return setups;
}

const versionOf = async (id: string) => {
  const [row] = await api.db.select({ version: users.version }).from(users).where(eq(users.id, id));
  return row?.version ?? 1;
};

const NONE = "—";

async function handoverOf(shownTo: TestUser) {
  const target = await api.createUser(["manager"], ["avrr"]);
  await api.db
    .update(users)
    .set({ handoverPendingBy: shownTo.id, handoverPendingSince: new Date(), passwordHash: "set" })
    .where(eq(users.id, target.id));
  return { id: target.id, version: 1 };
}

/** Gives the actor a known password (the account procedures that change security ask for it). */
const ACCOUNT_PASSWORD = "the actor's long passphrase";
let accountPasswordHash: Promise<string> | undefined;
async function withPassword(actor: TestUser | null) {
  accountPasswordHash ??= hashPassword(ACCOUNT_PASSWORD);
  if (actor)
    await api.db
      .update(users)
      .set({ passwordHash: await accountPasswordHash })
      .where(eq(users.id, actor.id));
  return ACCOUNT_PASSWORD;
}

/**
 * A request for access by a caseworker of labour migration (who reads no case of the programme)
 * waiting on `c`, written directly: asking is tested through the API in access-requests.test.ts.
 */
async function pendingAccessRequest(c: { id: string; personId: string }, requesterId?: string) {
  const requester = requesterId ?? (await api.createUser(["caseworker"], ["labour_migration"])).id;
  const [request] = await api.db
    .insert(accessRequests)
    .values({ requesterId: requester, reason: "Same person" })
    .returning({ id: accessRequests.id });
  if (!request) throw new Error("no request");
  const [decision] = await api.db
    .insert(accessRequestDecisions)
    .values({ requestId: request.id, caseId: c.id, personId: c.personId, reasons: ["document"] })
    .returning({ id: accessRequestDecisions.id });
  if (!decision) throw new Error("no decision");
  return { requestId: request.id, decisionId: decision.id };
}

/** A saved filter of `userId`, written directly. */
async function savedFilterOf(userId: string) {
  const [row] = await api.db
    .insert(savedCaseFilters)
    .values({ userId, name: `Filter ${randomUUID()}`, view: "mine", query: { overdue: "1" } })
    .returning({ id: savedCaseFilters.id });
  return { id: row?.id ?? randomUUID() };
}

const SETUPS: Record<string, Record<string, Setup>> = {
  // The colleague's case is out of the caseworker's (and everyone's but its manager's) scope.
  "accessRequest.create": {
    [NONE]: async () => {
      const c = await api.openCase(colleague, "avrr");
      return {
        candidate: { ...PERSON, familyName: colleague.name },
        reason: `Same person ${c.reference}`,
      };
    },
  },
  "accessRequest.mine": { [NONE]: async () => undefined },
  "accessRequest.pending": { [NONE]: async () => undefined },
  "accessRequest.decide": {
    "assigned to caseworker": async () => {
      const c = await api.openCase(caseworker(), "avrr");
      const { decisionId } = await pendingAccessRequest(c);
      return { decisionId, version: 1, grant: false };
    },
    "colleague's": async () => {
      const c = await api.openCase(colleague, "avrr");
      const { decisionId } = await pendingAccessRequest(c);
      return { decisionId, version: 1, grant: true };
    },
  },
  "accessRequest.withdraw": {
    "own request": async (actor) => {
      const c = await api.openCase(colleague, "avrr");
      const { requestId } = await pendingAccessRequest(c, actor?.id ?? colleague.id);
      return { requestId, version: 1 };
    },
    "another's request": async () => {
      const c = await api.openCase(colleague, "avrr");
      const { requestId } = await pendingAccessRequest(c);
      return { requestId, version: 1 };
    },
  },
  "savedFilter.list": { [NONE]: async () => undefined },
  "savedFilter.save": {
    [NONE]: async () => ({ name: `Overdue ${randomUUID()}`, view: "mine", query: { overdue: "1" } }),
  },
  "savedFilter.delete": {
    "own filter": async (actor) => savedFilterOf(actor?.id ?? colleague.id),
    "another's filter": async () => savedFilterOf(colleague.id),
  },
  "account.mfa.status": { [NONE]: async () => undefined },
  "account.mfa.begin": { [NONE]: async () => undefined },
  // The actor starts enrolling; the code is the one their app would show.
  "account.mfa.confirm": {
    [NONE]: async (actor) => {
      if (!actor) return { code: "123456" };
      const enrolment = await beginTotpEnrolment(api.db, actor, authEnv().mfaKey);
      return { code: enrolment ? totpCodeAt(enrolment.secret, new Date()) : "123456" };
    },
  },
  "account.mfa.newRecoveryCodes": { [NONE]: async (actor) => ({ password: await withPassword(actor) }) },
  "account.mfa.disable": { [NONE]: async (actor) => ({ password: await withPassword(actor) }) },
  "account.session.list": { [NONE]: async () => undefined },
  "account.session.signOutOthers": { [NONE]: async () => undefined },
  "account.password.change": {
    [NONE]: async (actor) => ({
      currentPassword: await withPassword(actor),
      newPassword: "a brand new long passphrase",
    }),
  },
  "security.settings.get": { [NONE]: async () => undefined },
  // Saves the settings as they are: allowed or refused, the office's settings stay the same.
  "security.settings.update": { [NONE]: async () => readSecuritySettings(api.db) },
  "security.user.signOut": {
    "another user": async () => ({ userId: (await api.createUser(["caseworker"], ["avrr"])).id }),
  },
  "security.user.resetMfa": {
    "another user": async () => ({ userId: (await api.createUser(["caseworker"], ["avrr"])).id }),
    "own account": async (actor) => ({ userId: actor?.id ?? randomUUID() }),
  },
  "approvals.queue": { [NONE]: async () => undefined },
  // The cases move from their owner (the caseworker, or the colleague) to the helper.
  "approvals.bulkReassign": {
    "assigned to caseworker": async () => {
      const c = await caseOf["assigned to caseworker"]();
      return {
        fromUserId: caseworker().id,
        toUserId: helper.id,
        cases: [{ caseId: c.id, version: c.version }],
      };
    },
    "colleague's": async () => {
      const c = await caseOf["colleague's"]();
      return { fromUserId: colleague.id, toUserId: helper.id, cases: [{ caseId: c.id, version: c.version }] };
    },
  },
  "dashboard.figures": { [NONE]: async () => ({}) },
  "dashboard.intake": { [NONE]: async () => ({}) },
  "export.ctdcSummary": { [NONE]: async () => undefined },
  "audit.list": { [NONE]: async () => ({ limit: 5 }) },
  "audit.verify": { [NONE]: async () => undefined },
  // The person is the caseworker's; the other programme is one the caseworker does not belong to.
  "family.register": {
    [NONE]: async () => ({
      referralSource: "self_referral",
      programme: "avrr",
      members: [
        { person: PERSON, relationship: "head" },
        { person: { ...PERSON, givenName: "Daryna", dateOfBirth: "2014-06-01" }, relationship: "child" },
      ],
    }),
  },
  "case.create": {
    "the programme": async () => ({
      personId: (await api.openCase(caseworker(), "avrr")).personId,
      programme: "avrr",
      referralSource: "police",
    }),
    "other programme": async () => ({
      personId: (await api.openCase(caseworker(), "avrr")).personId,
      programme: "labour_migration",
      referralSource: "police",
    }),
  },
  "case.list": { [NONE]: async () => ({ view: "all" }) },
  "family.create": onCases(async (c) => {
    const owner = (await api.db.select({ ownerId: cases.ownerId }).from(cases).where(eq(cases.id, c.id)))[0];
    const other = await api.openCase(owner?.ownerId === colleague.id ? colleague : caseworker(), "avrr");
    return {
      members: [
        { caseId: c.id, relationship: "head" },
        { caseId: other.id, relationship: "spouse" },
      ],
    };
  }),
  "family.get": onFamilies((f) => ({ familyId: f.id })),
  "family.forCase": onFamilies((f) => ({ caseId: f.caseIds[0] })),
  "family.member.add": onFamilies((f) => ({
    familyId: f.id,
    version: f.version,
    caseId: f.caseIds[2],
    relationship: "parent",
  })),
  "family.member.remove": onFamilies(
    (f) => ({ familyId: f.id, version: f.version, caseId: f.caseIds[2] }),
    undefined,
    true,
  ),
  "family.transition": onFamilies(
    (f) => ({ familyId: f.id, version: f.version, to: "travel_booked", members: f.versions }),
    "travel_documents",
  ),
  "case.get": onCases((c) => ({ id: c.id })),
  "case.team.assign": onCases((c) => ({
    caseId: c.id,
    version: c.version,
    userId: helper.id,
    as: "co",
    note: "Hi",
  })),
  "case.team.unassign": onCases(
    (c) => ({ caseId: c.id, version: c.version, userId: helper.id, note: "Bye" }),
    (id) => api.assign(id, helper.id),
  ),
  "case.restriction.set": onCases((c) => ({ caseId: c.id, version: c.version, restricted: true })),
  "case.sensitive.set": onCases((c) => ({
    caseId: c.id,
    category: "health",
    content: "Asthma",
    version: null,
  })),
  "case.workflow.get": onCases((c) => ({ caseId: c.id })),
  "case.source.set": onCases((c) => ({ caseId: c.id, version: c.version, referralSource: "hotline" })),
  "case.workflow.setFacts": onCases((c) => ({
    caseId: c.id,
    version: c.version,
    voluntaryDecisionRecorded: true,
  })),
  "case.travel.get": onCases((c) => ({ caseId: c.id })),
  "case.travel.document.add": onCases((c) => ({ caseId: c.id, kind: "passport", status: "requested" })),
  "case.travel.document.edit": onCases(async (c) => {
    const { document } = await insertTravelRows(api.db, c.id);
    return {
      caseId: c.id,
      documentId: document.id,
      version: document.version,
      kind: "passport",
      status: "refused",
    };
  }),
  "case.travel.fitness.set": onCases((c) => ({
    caseId: c.id,
    version: null,
    medicalClearance: "pending",
    escortNeeded: "none",
  })),
  "case.travel.leg.add": onCases((c) => ({
    caseId: c.id,
    carrier: "LOT",
    flightNumber: "LO772",
    fromAirport: "VNO",
    toAirport: "WAW",
    departsAt: "2026-03-01T06:00",
    arrivesAt: "2026-03-01T07:10",
  })),
  "case.travel.leg.edit": onCases(async (c) => {
    const { leg } = await insertTravelRows(api.db, c.id);
    return {
      caseId: c.id,
      legId: leg.id,
      version: leg.version,
      carrier: "LOT",
      flightNumber: "LO774",
      fromAirport: "VNO",
      toAirport: "WAW",
      departsAt: "2026-03-01T09:00",
      arrivesAt: "2026-03-01T10:10",
    };
  }),
  "case.travel.leg.remove": onCases(async (c) => {
    const { leg } = await insertTravelRows(api.db, c.id);
    return { caseId: c.id, legId: leg.id, version: leg.version };
  }),
  // The case is in its first state: the caseworker gets as far as the state check.
  "case.travel.departure.confirm": onCases((c) => ({
    caseId: c.id,
    version: null,
    departedOn: "2026-03-01",
    confirmedBy: "Escort",
  })),
  "case.travel.arrival.confirm": onCases((c) => ({
    caseId: c.id,
    version: null,
    arrivedOn: "2026-03-02",
    confirmedBy: "Office in Tbilisi",
  })),
  "case.workflow.transition": onCases((c) => ({
    caseId: c.id,
    version: c.version,
    to: "eligibility_counselling",
  })),
  // An eligibility decision the case's owner asked for, waiting for a manager.
  "case.workflow.decideApproval": {
    "assigned to caseworker": () => pendingApproval(caseworker()),
    "colleague's": () => pendingApproval(colleague),
  },
  // The same request, withdrawn: only by whoever asked (the case's owner).
  "case.workflow.withdrawApproval": {
    "assigned to caseworker": async () => {
      const { approvalId, version } = await pendingApproval(caseworker());
      return { approvalId, version };
    },
    "colleague's": async () => {
      const { approvalId, version } = await pendingApproval(colleague);
      return { approvalId, version };
    },
  },
  "case.document.list": onCases((c) => ({ caseId: c.id })),
  // A medical document: sensitive, still edited and deleted by the people working on the case.
  "case.document.edit": onSharedCases(async (c) => {
    const document = await insertDocument(api.db, c.id, "medical");
    return {
      caseId: c.id,
      documentId: document.id,
      version: document.version,
      category: "medical",
      expiresOn: null,
      description: "Discharge letter",
    };
  }),
  "case.document.delete": onSharedCases(async (c) => {
    const document = await insertDocument(api.db, c.id, "identity");
    return { caseId: c.id, documentId: document.id, version: document.version, reason: "Wrong person" };
  }),
  // The case record: notes, services, consents, referrals, tasks, timeline (written as the case's owner).
  "case.note.add": onSharedCases((c) => ({ caseId: c.id, content: "Called the person back." })),
  "case.note.edit": onSharedCases(async (c) => {
    const note = await insertNote(api.db, c.id);
    return { caseId: c.id, noteId: note.id, version: note.version, content: "Called twice." };
  }),
  "case.service.add": onSharedCases((c) => ({
    caseId: c.id,
    type: "Legal",
    provider: "Lawyer",
    deliveredOn: "2026-01-10",
    quantity: 1,
    cost: "80",
    currency: "EUR",
  })),
  "case.service.edit": onSharedCases(async (c) => {
    const service = await insertService(api.db, c.id);
    return {
      caseId: c.id,
      serviceId: service.id,
      version: service.version,
      type: "interpretation",
      provider: "Interpreter",
      deliveredOn: "2026-01-10",
      quantity: 3,
      cost: "90",
      currency: "EUR",
    };
  }),
  "case.consent.record": onSharedCases((c) => ({
    caseId: c.id,
    purpose: "referral",
    givenOn: "2026-01-10",
    checklist: FULL_CHECKLIST,
  })),
  "case.consent.withdraw": onSharedCases(async (c) => {
    const consent = await insertConsent(api.db, c.id);
    return { caseId: c.id, consentId: consent.id, version: consent.version, withdrawnOn: "2026-01-20" };
  }),
  "case.referral.add": onSharedCases(async (c) => {
    const partner = await insertPartner(api.db);
    await insertConsent(api.db, c.id, { partnerId: partner.id });
    return { caseId: c.id, partnerId: partner.id, reason: "Legal advice on the return decision." };
  }),
  "case.referral.setStatus": onSharedCases(async (c) => {
    const referral = await insertReferral(api.db, c.id, (await insertPartner(api.db)).id);
    return { caseId: c.id, referralId: referral.id, version: referral.version, status: "accepted" };
  }),
  "case.task.add": onSharedCases((c) => ({
    caseId: c.id,
    title: "Book the interpreter",
    dueDate: "2026-02-01",
  })),
  "case.task.edit": onSharedCases(async (c) => {
    const task = await insertTask(api.db, c.id);
    return {
      caseId: c.id,
      taskId: task.id,
      version: task.version,
      title: "Call the consulate",
      dueDate: null,
    };
  }),
  "case.task.setDone": onSharedCases(async (c) => {
    const task = await insertTask(api.db, c.id);
    return { caseId: c.id, taskId: task.id, origin: "manual", version: task.version, done: true };
  }),
  "case.timeline": onSharedCases((c) => ({ caseId: c.id })),
  // Handover to the office in the country of origin: on the person's consent to that sharing.
  "case.handover.create": onSharedCases(async (c) => {
    const consent = await insertConsent(api.db, c.id, { purpose: "origin_office" });
    return {
      caseId: c.id,
      officeName: "Tbilisi office",
      officeCountry: "GE",
      handedOverOn: "2026-01-20",
      consentId: consent.id,
    };
  }),
  "case.handover.list": onSharedCases((c) => ({ caseId: c.id })),
  "case.history": onSharedCases((c) => ({ caseId: c.id, record: "workflow_facts" })),
  "case.task.mine": { [NONE]: async () => undefined },
  "case.task.team": { [NONE]: async () => ({ due: "week" }) },
  // The task goes to the case's owner (who works on it, so may be given it).
  "case.task.assign": onSharedCases(async (c) => {
    const task = await insertTask(api.db, c.id);
    const [row] = await api.db.select({ ownerId: cases.ownerId }).from(cases).where(eq(cases.id, c.id));
    return {
      caseId: c.id,
      taskId: task.id,
      origin: "manual",
      version: task.version,
      assigneeId: row?.ownerId,
    };
  }),
  "case.appointment.list": onSharedCases((c) => ({ caseId: c.id })),
  "case.feedback.list": onSharedCases((c) => ({ caseId: c.id })),
  "case.feedback.add": onSharedCases((c) => ({
    caseId: c.id,
    kind: "complaint",
    channel: "phone",
    receivedOn: "2026-01-05",
    topic: "Waiting time",
  })),
  "case.feedback.edit": onSharedCases(async (c) => {
    const [row] = await api.db
      .insert(caseFeedback)
      .values({
        caseId: c.id,
        kind: "suggestion",
        channel: "email",
        receivedOn: "2026-01-05",
        topic: "Opening hours",
        createdBy: actors.caseworker?.id ?? "",
        updatedBy: actors.caseworker?.id ?? "",
      })
      .returning({ id: caseFeedback.id, version: caseFeedback.version });
    return {
      caseId: c.id,
      feedbackId: row?.id,
      version: row?.version,
      kind: "suggestion",
      channel: "email",
      receivedOn: "2026-01-05",
      topic: "Opening hours",
      resolution: "Passed on to the office manager.",
      resolvedOn: "2026-01-06",
    };
  }),
  // Reintegration (AVRR): read with the case, written by the people working on it.
  "case.reintegration.get": onSharedCases((c) => ({ caseId: c.id })),
  "case.reintegration.plan.save": onCases((c) => ({
    caseId: c.id,
    version: null,
    economicObjective: "Own shop",
  })),
  "case.reintegration.support.add": onSharedCases((c) => ({ caseId: c.id, ...SUPPORT })),
  "case.reintegration.support.edit": onCases(async (c) => {
    const [item] = await api.db
      .insert(reintegrationSupport)
      .values({ caseId: c.id, ...SUPPORT, ...(await authorsOf(c.id)) })
      .returning({ id: reintegrationSupport.id });
    return { caseId: c.id, itemId: item?.id, version: 1, ...SUPPORT, status: "in_progress" };
  }),
  "case.monitoring.visit.record": onCases((c) => ({ caseId: c.id, ...VISIT }), arrived),
  "case.monitoring.visit.edit": onCases(async (c) => {
    const [visit] = await api.db
      .insert(monitoringVisits)
      .values({ caseId: c.id, ...VISIT, ...(await authorsOf(c.id)) })
      .returning({ id: monitoringVisits.id });
    return { caseId: c.id, visitId: visit?.id, version: 1, ...VISIT, followUpNeeded: true };
  }, arrived),
  "case.survey.record": onSharedCases((c) => ({
    caseId: c.id,
    takenOn: "2026-04-10",
    visitId: null,
    answers: { "eco.debt": "no", "psy.safety": "yes" },
  })),
  "dashboard.sustainability": { [NONE]: async () => undefined },
  "reference.reintegrationCurrency.get": { [NONE]: async () => undefined },
  "reference.reintegrationCurrency.set": {
    [NONE]: async () => {
      const [row] = await api.db
        .select({ version: reintegrationSettings.version })
        .from(reintegrationSettings);
      return { currency: "EUR", version: row?.version ?? 1 };
    },
  },
  "case.appointment.add": onSharedCases((c) => ({
    caseId: c.id,
    kind: "embassy_visit",
    date: "2026-12-10",
    time: "09:30",
    durationMinutes: 90,
    place: "Embassy of Georgia",
  })),
  "case.appointment.edit": onSharedCases(async (c) => {
    const appointment = await insertAppointment(api.db, c.id);
    return {
      caseId: c.id,
      appointmentId: appointment.id,
      version: appointment.version,
      kind: "counselling",
      date: "2026-12-11",
      time: "14:00",
      durationMinutes: 60,
      place: "Office",
    };
  }),
  "case.appointment.cancel": onSharedCases(async (c) => {
    const appointment = await insertAppointment(api.db, c.id);
    return { caseId: c.id, appointmentId: appointment.id, version: appointment.version, reason: "Ill" };
  }),
  "calendar.week": { [NONE]: async () => ({ day: "2026-12-09" }) },
  "calendar.feed.status": { [NONE]: async () => undefined },
  "calendar.feed.renew": { [NONE]: async () => undefined },
  "calendar.feed.revoke": { [NONE]: async () => undefined },
  "partner.list": { [NONE]: async () => undefined },
  "partner.create": {
    [NONE]: async () => ({ name: `Partner ${randomUUID()}`, kind: "clinic", city: "Kaunas" }),
  },
  "partner.update": {
    [NONE]: async () => {
      const partner = await insertPartner(api.db);
      return {
        id: partner.id,
        version: partner.version,
        name: partner.name,
        kind: "legal_aid",
        active: false,
      };
    },
  },
  "person.create": { [NONE]: async () => PERSON },
  "reference.unsafeDestination.get": { [NONE]: async () => undefined },
  "reference.unsafeDestination.set": {
    [NONE]: async () => {
      const [list] = await api.db
        .select({ version: unsafeDestinationList.version })
        .from(unsafeDestinationList);
      return { version: list?.version ?? 1, countries: [] };
    },
  },
  "person.checkDuplicates": { [NONE]: async () => PERSON },
  "person.search": { [NONE]: async () => ({ query: "Olena" }) },
  "person.list": { [NONE]: async () => ({}) },
  "search.find": { [NONE]: async () => ({ query: "Olena" }) },
  "person.update": {
    "caseworker's": async () => ({
      ...PERSON,
      id: (await api.openCase(caseworker(), "avrr")).personId,
      version: 1,
      familyName: "Changed",
    }),
    "colleague's": async () => ({
      ...PERSON,
      id: (await api.openCase(colleague, "avrr")).personId,
      version: 1,
      familyName: "Changed",
    }),
  },
  "person.get": {
    "caseworker's": async () => ({ id: (await api.openCase(caseworker(), "avrr")).personId }),
    "colleague's": async () => ({ id: (await api.openCase(colleague, "avrr")).personId }),
  },
  "person.history": {
    "caseworker's": async () => ({ id: (await api.openCase(caseworker(), "avrr")).personId }),
    "colleague's": async () => ({ id: (await api.openCase(colleague, "avrr")).personId }),
  },
  "staff.caseworkers": {
    "the programme": async () => ({ programme: "avrr" }),
    "other programme": async () => ({ programme: "labour_migration" }),
  },
  "user.me": { [NONE]: async () => undefined },
  "user.list": { [NONE]: async () => undefined },
  // Both change access (roles): the interesting case. A name change alone is tested elsewhere.
  "user.create": {
    [NONE]: async () => ({
      name: "New colleague",
      email: `${randomUUID()}@test.example.org`,
      roles: ["caseworker"],
      programmes: ["avrr"],
    }),
  },
  // A manager account waiting for a second administrator; its person has chosen a password.
  "user.confirmHandover": {
    "link shown to another admin": async () => handoverOf(witness),
    "link shown to the actor": async (actor) => handoverOf(actor ?? witness),
    "own account": async (actor) => {
      const id = actor?.id ?? randomUUID();
      return { id, version: await versionOf(id) };
    },
  },
  "case.findByReference": onCases(async (c) => ({
    reference: (await api.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, c.id)))[0]
      ?.reference,
  })),
  "user.resetPassword": {
    "another user": async () => {
      const target = await api.createUser(["caseworker"], ["avrr"]);
      return { id: target.id, version: 1 };
    },
    "own account": async (actor) => {
      const id = actor?.id ?? randomUUID();
      return { id, version: await versionOf(id) };
    },
  },
  "reference.history": { [NONE]: async () => ({ kind: "unsafe_destinations" }) },
  "serviceType.list": { [NONE]: async () => undefined },
  "serviceType.create": {
    [NONE]: async () => ({
      code: `t_${randomUUID().slice(0, 8)}`,
      nameEn: "Counselling",
      nameLt: "Konsultavimas",
      defaultUnitCost: "25",
      currency: "EUR",
    }),
  },
  "serviceType.update": {
    [NONE]: async () => {
      const [row] = await api.db
        .insert(serviceTypes)
        .values({ code: `t_${randomUUID().slice(0, 8)}`, nameEn: "Food", nameLt: "Maistas" })
        .returning({ id: serviceTypes.id, version: serviceTypes.version });
      return {
        id: row?.id,
        version: row?.version,
        nameEn: "Food parcels",
        nameLt: "Maisto paketai",
        active: true,
      };
    },
  },
  // Trafficking identification, on counter-trafficking cases of the caseworker or their colleague.
  "identification.get": onScreenings((c) => ({ caseId: c.id })),
  "identification.history": onScreenings((c) => ({ caseId: c.id })),
  "identification.save": onScreenings((c) => ({
    caseId: c.id,
    version: c.screeningVersion,
    facts: { acts: [{ code: "recruitment", evidence: "Interview" }] },
    profile: { typesOfExploitation: ["ForcedLabour"] },
  })),
  "identification.propose": onScreenings((c) => ({
    caseId: c.id,
    screeningVersion: c.screeningVersion,
    status: "PossibleVictimOfTrafficking",
  })),
  // A proposal the case's owner made, waiting for a counter-trafficking manager.
  "identification.decide": onScreenings(async (c) => {
    const owner = await api.as(c.owner);
    const { proposalId } = await owner.identification.propose({
      caseId: c.id,
      screeningVersion: c.screeningVersion,
      status: "PossibleVictimOfTrafficking",
    });
    return { proposalId, outcome: "confirm", decidingOrganisation: "NGO", reason: "The facts hold." };
  }),
  "identification.pending": { [NONE]: async () => undefined },
  // From an AVRR case of the caseworker (in scope) or of their colleague (out of it).
  "identification.screenForTrafficking": onCases((c) => ({ sourceCaseId: c.id })),
  "reflectionPeriod.list": { [NONE]: async () => undefined },
  "reflectionPeriod.set": {
    [NONE]: async () => {
      await api.db.delete(reflectionPeriodLengths).where(eq(reflectionPeriodLengths.countryCode, "EE"));
      return { countryCode: "EE", days: 40, version: null };
    },
  },
  "reflectionPeriod.remove": {
    [NONE]: async () => {
      const [row] = await api.db
        .insert(reflectionPeriodLengths)
        .values({ countryCode: "FI", days: 35, updatedBy: colleague.id })
        .onConflictDoUpdate({ target: reflectionPeriodLengths.countryCode, set: { days: 35 } })
        .returning({ version: reflectionPeriodLengths.version });
      return { countryCode: "FI", version: row?.version ?? 1 };
    },
  },
  // Assessments: the cases are AVRR ones, whose assessment is a vulnerability assessment.
  "case.assessment.record": onSharedCases((c) => ({
    caseId: c.id,
    assessedOn: "2026-01-10",
    riskLevel: "high",
    content: { kind: "vulnerability", categories: ["elderly"], escort: "none" },
  })),
  "case.assessment.list": onSharedCases((c) => ({ caseId: c.id })),
  "case.assessment.current": onSharedCases((c) => ({ caseId: c.id })),
  "case.assessment.get": onSharedCases(async (c) => {
    const assessment = await insertAssessment(api.db, c.id, colleague.id);
    return { caseId: c.id, assessmentId: assessment.id };
  }),
  "dashboard.highRisk": { [NONE]: async () => ({}) },
  "reference.riskReview.list": { [NONE]: async () => undefined },
  "reference.riskReview.set": {
    [NONE]: async () => {
      const [row] = await api.db
        .select({ version: riskReviewIntervals.version })
        .from(riskReviewIntervals)
        .where(eq(riskReviewIntervals.riskLevel, "medium"));
      // The same length as before: other test files rely on the default intervals.
      return { riskLevel: "medium", days: 30, version: row?.version ?? 1 };
    },
  },
  "user.update": {
    "another user": async () => {
      const target = await api.createUser(["caseworker"], ["avrr"]);
      return { id: target.id, version: 1, roles: ["caseworker", "manager"] };
    },
    "own account": async (actor) => {
      const id = actor?.id ?? randomUUID();
      return { id, version: await versionOf(id), roles: ["admin", "manager"] };
    },
  },
};

type Code = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT";
/** "ok", an error code, or an error code and the reason the error carries as its message. */
type Outcome = "ok" | Code | `${Code} ${string}`;

const OK = "ok";
const UNAUTH = "UNAUTHORIZED";
const FORBID = "FORBIDDEN";
const NOT_FOUND = "NOT_FOUND";

type Row = [procedure: string, record: string, ...outcomes: Outcome[]];

/**
 * The two rows of a procedure on one case of the programme, written `...oneCase(procedure,
 * caseworker, manager)`: called on the caseworker's case, and on their colleague's. Out of their
 * scope everyone but the programme's manager is told NOT_FOUND, so that nobody learns the case
 * exists; in it, the caseworker and the manager get the outcomes given.
 */
function oneCase(procedure: string, caseworker: Outcome, manager: Outcome): Row[] {
  // biome-ignore format: a table is read by its columns
  return [
    // procedure record                   signed out  caseworker  cw other prog.  manager  mgr other prog.  admin      handover pending
    [procedure, "assigned to caseworker", UNAUTH,     caseworker, NOT_FOUND,      manager, NOT_FOUND,       NOT_FOUND, NOT_FOUND],
    [procedure, "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      manager, NOT_FOUND,       NOT_FOUND, NOT_FOUND],
  ];
}

// biome-ignore format: a table is read by its columns
const MATRIX: Row[] = [
  // procedure           record                    signed out  caseworker  cw other prog.  manager  mgr other prog.  admin  handover pending
  ["accessRequest.create", NONE,                   UNAUTH,     OK,         OK,             FORBID,  FORBID,          FORBID, FORBID],
  ["accessRequest.mine", NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["accessRequest.pending", NONE,                  UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  // The owner (the caseworker, on their case) and the programme's manager decide; out of scope, NOT_FOUND.
  ...oneCase("accessRequest.decide",                  OK,     OK),
  ["accessRequest.withdraw", "own request",        UNAUTH,     OK,         OK,             FORBID,  FORBID,          FORBID, FORBID],
  ["accessRequest.withdraw", "another's request",  UNAUTH,     NOT_FOUND,  NOT_FOUND,      FORBID,  FORBID,          FORBID, FORBID],
  ["savedFilter.list",   NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["savedFilter.save",   NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["savedFilter.delete", "own filter",             UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["savedFilter.delete", "another's filter",       UNAUTH,     NOT_FOUND,  NOT_FOUND,      NOT_FOUND, NOT_FOUND,     FORBID, FORBID],
  ["account.mfa.status",  NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["account.mfa.begin",   NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["account.mfa.confirm", NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["account.mfa.newRecoveryCodes", NONE,               UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["account.mfa.disable", NONE,                     UNAUTH,     OK,         OK,             "FORBIDDEN mfa_required", "FORBIDDEN mfa_required", "FORBIDDEN mfa_required", "FORBIDDEN mfa_required"],
  ["account.session.list",   NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["account.session.signOutOthers", NONE,                  UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["account.password.change", NONE,                 UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["security.settings.get",  NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["security.settings.update", NONE,                UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["security.user.signOut", "another user",         UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["security.user.resetMfa",  "another user",           UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["security.user.resetMfa",  "own account",            UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          "FORBIDDEN own_account", FORBID],
  ["approvals.queue",    NONE,                     UNAUTH,     FORBID,     FORBID,         OK,      OK,              FORBID, FORBID],
  ...oneCase("approvals.bulkReassign",                FORBID, OK),
  ["dashboard.figures",  NONE,                     UNAUTH,     FORBID,     FORBID,         OK,      OK,              FORBID, FORBID],
  ["dashboard.intake",   NONE,                     UNAUTH,     FORBID,     FORBID,         OK,      OK,              FORBID, FORBID],
  // Counter-trafficking managers only (the manager manages it too; the other programme's does not).
  ["export.ctdcSummary", NONE,                     UNAUTH,     FORBID,     FORBID,         OK,      FORBID,          FORBID, FORBID],
  ["audit.list",         NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["audit.verify",       NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["family.register",    NONE,                     UNAUTH,     OK,         FORBID,         FORBID,  FORBID,          FORBID, FORBID],
  ["case.create",        "the programme",          UNAUTH,     OK,         FORBID,         FORBID,  FORBID,          FORBID, FORBID],
  ["case.create",        "other programme",        UNAUTH,     FORBID,     NOT_FOUND,      FORBID,  FORBID,          FORBID, FORBID],
  ["case.list",          NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  // A family is read through any member's case, changed and moved by whoever changes every one.
  ...oneCase("family.create",                         OK,     FORBID),
  ...oneCase("family.get",                            OK,     OK),
  ...oneCase("family.forCase",                        OK,     OK),
  ...oneCase("family.member.add",                     OK,     FORBID),
  ...oneCase("family.member.remove",                  OK,     FORBID),
  ...oneCase("family.transition",                     OK,     FORBID),
  ...oneCase("case.get",                              OK,     OK),
  ...oneCase("case.team.assign",                      FORBID, OK),
  ...oneCase("case.team.unassign",                    FORBID, OK),
  ...oneCase("case.restriction.set",                  FORBID, OK),
  ...oneCase("case.sensitive.set",                    OK,     FORBID),
  ...oneCase("case.workflow.get",                     OK,     OK),
  ...oneCase("case.workflow.setFacts",                OK,     FORBID),
  ...oneCase("case.travel.get",                       OK,     OK),
  ...oneCase("case.travel.document.add",              OK,     FORBID),
  ...oneCase("case.travel.document.edit",             OK,     FORBID),
  ...oneCase("case.travel.fitness.set",               OK,     FORBID),
  ...oneCase("case.travel.leg.add",                   OK,     FORBID),
  ...oneCase("case.travel.leg.edit",                  OK,     FORBID),
  ...oneCase("case.travel.leg.remove",                OK,     FORBID),
  ...oneCase("case.travel.departure.confirm",         "BAD_REQUEST departure_not_now", FORBID),
  ...oneCase("case.travel.arrival.confirm",           "BAD_REQUEST arrival_not_now", FORBID),
  ...oneCase("case.workflow.transition",              OK,     FORBID),
  ...oneCase("case.workflow.decideApproval",          FORBID, OK),
  ...oneCase("case.workflow.withdrawApproval",        OK,     FORBID),
  ...oneCase("case.document.list",                    OK,     OK),
  ...oneCase("case.document.edit",                    OK,     FORBID),
  ...oneCase("case.document.delete",                  OK,     FORBID),
  ...oneCase("case.note.add",                         OK,     FORBID),
  ...oneCase("case.note.edit",                        OK,     FORBID),
  ...oneCase("case.service.add",                      OK,     FORBID),
  ...oneCase("case.service.edit",                     OK,     FORBID),
  ...oneCase("case.consent.record",                   OK,     FORBID),
  ...oneCase("case.consent.withdraw",                 OK,     FORBID),
  ...oneCase("case.referral.add",                     OK,     FORBID),
  ...oneCase("case.referral.setStatus",               OK,     FORBID),
  ...oneCase("case.task.add",                         OK,     FORBID),
  ...oneCase("case.task.edit",                        OK,     FORBID),
  ...oneCase("case.task.setDone",                     OK,     FORBID),
  ...oneCase("case.timeline",                         OK,     OK),
  ...oneCase("case.history",                          OK,     OK),
  ...oneCase("case.handover.create",                  OK,     FORBID),
  ...oneCase("case.handover.list",                    OK,     OK),
  ["case.task.mine",       NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  // Managers (each of the programmes they manage); caseworkers have "My tasks".
  ["case.task.team",       NONE,                     UNAUTH,     FORBID,     FORBID,         OK,      OK,              FORBID, FORBID],
  // Whoever works on the case, and the programme's managers, who balance their team's work.
  ...oneCase("case.task.assign",                      OK,     OK),
  ...oneCase("case.appointment.list",                 OK,     OK),
  // Reintegration: read by whoever reads the case; written by the people working on it (not a manager who is not).
  ...oneCase("case.reintegration.get",                OK,     OK),
  ...oneCase("case.reintegration.plan.save",          OK,     FORBID),
  ...oneCase("case.reintegration.support.add",        OK,     FORBID),
  ...oneCase("case.reintegration.support.edit",       OK,     FORBID),
  ...oneCase("case.monitoring.visit.record",          OK,     FORBID),
  ...oneCase("case.monitoring.visit.edit",            OK,     FORBID),
  ...oneCase("case.survey.record",                    OK,     FORBID),
  ["dashboard.sustainability", NONE,               UNAUTH,     FORBID,     FORBID,         OK,      OK,              FORBID, FORBID],
  ["reference.reintegrationCurrency.get", NONE,    UNAUTH,     OK,         OK,             OK,      OK,              OK, FORBID],
  ["reference.reintegrationCurrency.set", NONE,    UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ...oneCase("case.appointment.add",                  OK,     FORBID),
  ...oneCase("case.appointment.edit",                 OK,     FORBID),
  ...oneCase("case.appointment.cancel",               OK,     FORBID),
  ...oneCase("case.source.set",                       OK,     FORBID),
  ...oneCase("case.feedback.list",                    OK,     OK),
  // The programme's managers answer feedback too (a complaint may be about the people on the case).
  ...oneCase("case.feedback.add",                     OK,     OK),
  ...oneCase("case.feedback.edit",                    OK,     OK),
  ["calendar.week",        NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["calendar.feed.status", NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["calendar.feed.renew",  NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["calendar.feed.revoke", NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["partner.list",       NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK, FORBID],
  ["partner.create",     NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["partner.update",     NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["person.create",      NONE,                     UNAUTH,     OK,         OK,             FORBID,  FORBID,          FORBID, FORBID],
  ["reference.unsafeDestination.get", NONE,           UNAUTH,     OK,         OK,             OK,      OK,              OK, FORBID],
  ["reference.unsafeDestination.set", NONE,        UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["person.checkDuplicates", NONE,                 UNAUTH,     OK,         OK,             FORBID,  FORBID,          FORBID, FORBID],
  ["person.search",      NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["person.list",        NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["search.find",        NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              FORBID, FORBID],
  ["person.update",      "caseworker's",           UNAUTH,     OK,         NOT_FOUND,      FORBID,  FORBID,          FORBID, FORBID],
  ["person.update",      "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      FORBID,  FORBID,          FORBID, FORBID],
  ["person.get",         "caseworker's",           UNAUTH,     OK,         NOT_FOUND,      OK,      NOT_FOUND,       FORBID, FORBID],
  ["person.get",         "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       FORBID, FORBID],
  ["person.history",     "caseworker's",           UNAUTH,     OK,         NOT_FOUND,      OK,      NOT_FOUND,       FORBID, FORBID],
  ["person.history",     "colleague's",            UNAUTH,     NOT_FOUND,  NOT_FOUND,      OK,      NOT_FOUND,       FORBID, FORBID],
  ["staff.caseworkers",  "the programme",          UNAUTH,     FORBID,     FORBID,         OK,      FORBID,          FORBID, FORBID],
  ["staff.caseworkers",  "other programme",        UNAUTH,     FORBID,     FORBID,         FORBID,  OK,              FORBID, FORBID],
  ["user.me",            NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK, OK],
  ["user.list",          NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["user.update",        "another user",           UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["user.update",        "own account",            UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          "FORBIDDEN own_access", "FORBIDDEN own_access"],
  ...oneCase("identification.get",                    OK,     OK),
  ...oneCase("identification.history",                OK,     OK),
  ...oneCase("identification.save",                   OK,     FORBID),
  ...oneCase("identification.propose",                OK,     FORBID),
  ...oneCase("identification.decide",                 FORBID, OK),
  ["identification.pending", NONE,                 UNAUTH,     FORBID,     FORBID,         OK,      OK,              FORBID, FORBID],
  ...oneCase("identification.screenForTrafficking",   OK,     FORBID),
  ["reflectionPeriod.list", NONE,                  UNAUTH,     OK,         OK,             OK,      OK,              OK, FORBID],
  ["reflectionPeriod.set", NONE,                   UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["reflectionPeriod.remove", NONE,                UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["user.create",        NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["user.resetPassword", "another user",           UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["user.resetPassword", "own account",            UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          "FORBIDDEN own_access", "FORBIDDEN own_access"],
  ["reference.history",  NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["serviceType.list",   NONE,                     UNAUTH,     OK,         OK,             OK,      OK,              OK, FORBID],
  ["serviceType.create", NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["serviceType.update", NONE,                     UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ...oneCase("case.findByReference",                  OK,     OK),
  ...oneCase("case.assessment.record",                OK,     FORBID),
  ...oneCase("case.assessment.list",                  OK,     OK),
  ...oneCase("case.assessment.current",               OK,     OK),
  ...oneCase("case.assessment.get",                   OK,     OK),
  ["dashboard.highRisk", NONE,                     UNAUTH,     FORBID,     FORBID,         OK,      OK,              FORBID, FORBID],
  ["reference.riskReview.list", NONE,              UNAUTH,     OK,         OK,             OK,      OK,              OK, FORBID],
  ["reference.riskReview.set", NONE,               UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          OK, FORBID],
  ["user.confirmHandover", "link shown to another admin", UNAUTH, FORBID, FORBID,     FORBID,  FORBID,          OK,        FORBID],
  ["user.confirmHandover", "link shown to the actor", UNAUTH, FORBID,  FORBID,         FORBID,  FORBID,          "FORBIDDEN own_handover", FORBID],
  ["user.confirmHandover", "own account",      UNAUTH,     FORBID,     FORBID,         FORBID,  FORBID,          "FORBIDDEN own_account", FORBID],
];

// At run time tRPC v11 keeps a flat record of dotted path to procedure here.
const procedurePaths = Object.keys(appRouter._def.procedures as unknown as Record<string, unknown>).sort();

describe("the matrix", () => {
  it("has rows for every procedure of the router, and only for those", () => {
    expect([...new Set(MATRIX.map(([path]) => path))].sort()).toEqual(procedurePaths);
  });

  it("has one outcome per actor and a setup for every row", () => {
    for (const [path, record, ...outcomes] of MATRIX) {
      expect(outcomes, `${path} ${record}`).toHaveLength(ACTORS.length);
      expect(SETUPS[path]?.[record], `${path} ${record}`).toBeTypeOf("function");
    }
    for (const [path, records] of Object.entries(SETUPS)) {
      for (const record of Object.keys(records)) {
        expect(
          MATRIX.some(([p, r]) => p === path && r === record),
          `${path} ${record}`,
        ).toBe(true);
      }
    }
  });
});

const cells = MATRIX.flatMap(([path, record, ...outcomes]) =>
  ACTORS.map((actor, i) => ({ path, record, actor, expected: outcomes[i] as Outcome })),
);

// One suite per procedure of the table; a procedure missing from it fails the first test above.
describe.each([...new Set(MATRIX.map(([path]) => path))])("%s", (path) => {
  it.each(
    cells.filter((c) => c.path === path).map((c) => [`${c.actor}, ${c.record}: ${c.expected}`, c] as const),
  )("%s", async (_, { record, actor: actorName, expected }) => {
    const actor = actors[actorName];
    const setup = SETUPS[path]?.[record];
    if (!setup) throw new Error(`no setup for ${path} ${record}`);
    const input = await setup(actor);
    const caller = await api.callerFor(actor);
    const seq = await api.lastAuditSeq();
    const before = await api.fingerprint();

    if (expected === OK) {
      await callPath(caller, path, input);
      const denied = (await api.auditSince(seq)).filter((e) => e.outcome === "denied");
      expect(denied).toEqual([]);
      return;
    }

    const [code, reason] = expected.split(" ") as [Code, string | undefined];
    const error = await trpcError(callPath(caller, path, input));
    expect(error.code).toBe(code);
    if (reason) expect(error.message).toBe(reason);
    // Nothing changed: every table but the audit log is exactly as it was.
    expect(await api.fingerprint()).toEqual(before);
    // And the refusal, only it, was audited.
    const entries = await api.auditSince(seq);
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: actor?.id ?? null,
        outcome: "denied",
        detail: reason ? { code, reason } : { code },
      }),
    ]);
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
