import {
  caseStateHistory,
  cases,
  caseWorkflowTasks,
  identificationDecisions,
  traffickingScreeningRevisions,
  traffickingScreenings,
  verifyAuditChain,
} from "@kelias/db";
import { type IdentificationFactsInput, officeToday, reflectionPeriod } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { PERSON, SOURCE, trpcError, useApiTest } from "./support/api-test";

const api = useApiTest();
const worker = api.user(["caseworker"], ["counter_trafficking", "labour_migration"]);
const colleague = api.user(["caseworker"], ["counter_trafficking", "labour_migration"]);
const manager = api.user(["manager"], ["avrr", "counter_trafficking"]);
const managerOfOther = api.user(["manager"], ["labour_migration"]);
const avrrManager = api.user(["manager"], ["avrr"]);
const admin = api.user(["admin"]);

/** An adult deceived about a job and forced to work, passport taken: a possible victim. */
const FORCED_LABOUR: IdentificationFactsInput = {
  dateOfBirth: "1990-04-02",
  dateOfAct: "2025-06-01",
  screenedOn: "2026-01-10",
  acts: [{ code: "recruitment", evidence: "Interview" }],
  means: [{ code: "deception", evidence: "Job advert" }],
  purposes: [{ code: "forced_labour", evidence: "" }],
  personSaidTheyAgreed: true,
};

const PROFILE = {
  typesOfExploitation: ["ForcedLabour" as const],
  methodsOfControl: ["WithholdsDocuments" as const],
  forcedLabourIndustries: ["F" as const],
  countryOfExploitation: "LT" as const,
};

/** A labour-migration case of the worker, screened for trafficking: the CT case opened from it. */
async function screenedCase(facts: IdentificationFactsInput = FORCED_LABOUR) {
  const source = await api.openCase(worker, "labour_migration");
  const caller = await api.as(worker);
  const opened = await caller.identification.screenForTrafficking({ sourceCaseId: source.id });
  const saved = await caller.identification.save({ caseId: opened.id, version: 1, facts, profile: PROFILE });
  return { source, caseId: opened.id, version: saved.version };
}

async function proposed(facts: IdentificationFactsInput = FORCED_LABOUR) {
  const c = await screenedCase(facts);
  const caller = await api.as(worker);
  const { proposalId } = await caller.identification.propose({
    caseId: c.caseId,
    screeningVersion: c.version,
    status: "PossibleVictimOfTrafficking",
    reason: "Deceived and forced to work.",
  });
  return { ...c, proposalId };
}

describe("screen for trafficking", () => {
  it("opens a restricted counter-trafficking case for the same person, linked to the source case", async () => {
    const source = await api.openCase(worker, "labour_migration");
    const caller = await api.as(worker);
    const opened = await caller.identification.screenForTrafficking({ sourceCaseId: source.id });
    expect(opened.created).toBe(true);
    const [row] = await api.db.select().from(cases).where(eq(cases.id, opened.id));
    expect(row).toMatchObject({
      programme: "counter_trafficking",
      restricted: true,
      personId: source.personId,
    });
    const [screening] = await api.db
      .select()
      .from(traffickingScreenings)
      .where(eq(traffickingScreenings.caseId, opened.id));
    expect(screening?.sourceCaseId).toBe(source.id);
    const got = await caller.identification.get({ caseId: opened.id });
    expect(got.sourceCase).toMatchObject({ id: source.id, programme: "labour_migration" });
    expect(got.screening?.assessment.recommendation).toBe("NotEnoughInformation");
    // Asked again, it answers the same case.
    expect(await caller.identification.screenForTrafficking({ sourceCaseId: source.id })).toMatchObject({
      id: opened.id,
      created: false,
    });
  });

  it("starts the screening from the person's recorded age, so the child rule applies", async () => {
    const caller = await api.as(worker);
    const today = officeToday(new Date());
    const fifteen = `${Number(today.slice(0, 4)) - 15}-01-01`;
    const { id: personId } = await caller.person.create({ ...PERSON, dateOfBirth: fifteen });
    const source = await caller.case.create({ ...SOURCE, personId, programme: "labour_migration" });
    const opened = await caller.identification.screenForTrafficking({ sourceCaseId: source.id });
    const got = await caller.identification.get({ caseId: opened.id });
    expect(got.screening?.facts).toMatchObject({ dateOfBirth: fifteen, estimatedAge: null });
    expect(got.screening?.assessment.childRule).toMatchObject({ applies: true, basis: "date_of_birth" });
    // Act and purpose are enough for a child: no "age unknown, the adult rule applies".
    const saved = await caller.identification.save({
      caseId: opened.id,
      version: got.screening?.version ?? 1,
      facts: {
        ...got.screening?.facts,
        acts: [{ code: "recruitment", evidence: "" }],
        purposes: [{ code: "forced_labour", evidence: "" }],
      },
      profile: {},
    });
    expect(saved.assessment.recommendation).toBe("PossibleVictimOfTrafficking");

    // An estimated age is carried to today, read on today as the screening date; a counter-trafficking
    // case opened directly offers the same starting facts before its first save.
    const { id: estimatedId } = await caller.person.create({
      ...PERSON,
      dateOfBirth: null,
      estimatedAge: 16,
    });
    const direct = await caller.case.create({
      ...SOURCE,
      personId: estimatedId,
      programme: "counter_trafficking",
    });
    const unsaved = await caller.identification.get({ caseId: direct.id });
    expect(unsaved.screening).toBeNull();
    expect(unsaved.empty.facts).toMatchObject({ dateOfBirth: null, estimatedAge: 16, screenedOn: today });
  });

  it("is refused on a counter-trafficking case and on a case out of scope", async () => {
    const { caseId } = await screenedCase();
    const caller = await api.as(worker);
    const error = await trpcError(caller.identification.screenForTrafficking({ sourceCaseId: caseId }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "already_counter_trafficking" });
    const other = await api.openCase(colleague, "labour_migration");
    expect(
      (await trpcError(caller.identification.screenForTrafficking({ sourceCaseId: other.id }))).code,
    ).toBe("NOT_FOUND");
  });
});

describe("screening", () => {
  it("saves facts and profile, assesses them on the server, keeps every version", async () => {
    const { caseId, version } = await screenedCase();
    const caller = await api.as(worker);
    const got = await caller.identification.get({ caseId });
    expect(got.screening).toMatchObject({ version, profile: { ...PROFILE, recruitmentMethods: [] } });
    expect(got.screening?.assessment).toMatchObject({
      recommendation: "PossibleVictimOfTrafficking",
      consent: { recorded: true, setAside: true, reason: "means_used" },
    });
    const revisions = await api.db
      .select()
      .from(traffickingScreeningRevisions)
      .where(eq(traffickingScreeningRevisions.screeningId, got.screening?.id ?? ""))
      .orderBy(asc(traffickingScreeningRevisions.version));
    expect(revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(await api.lastAuditOf(worker.id)).toMatchObject({
      action: "identification.read",
      entityId: caseId,
    });
  });

  it("refuses a stale version with CONFLICT and bad facts with BAD_REQUEST, changing nothing", async () => {
    const { caseId } = await screenedCase();
    const caller = await api.as(worker);
    const before = await api.fingerprint();
    const stale = await trpcError(
      caller.identification.save({ caseId, version: 1, facts: FORCED_LABOUR, profile: PROFILE }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", message: "stale_version" });
    const bad = await trpcError(
      caller.identification.save({
        caseId,
        version: 2,
        facts: { ...FORCED_LABOUR, dateOfAct: "1980-01-01" },
        profile: PROFILE,
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(await api.fingerprint()).toEqual(before);
  });

  it("reads a date of birth on today's date when no screening date is recorded", async () => {
    // Under 18 today: under 18 at the act too, which came before.
    const today = officeToday(new Date());
    const dateOfBirth = `${Number(today.slice(0, 4)) - 15}-01-01`;
    const { caseId } = await screenedCase({
      dateOfBirth,
      acts: [{ code: "recruitment", evidence: "" }],
      purposes: [{ code: "forced_labour", evidence: "" }],
    });
    const got = await (await api.as(worker)).identification.get({ caseId });
    expect(got.screening?.assessment).toMatchObject({
      recommendation: "PossibleVictimOfTrafficking",
      childRule: { applies: true, basis: "date_of_birth", screenedOn: today, screeningDateAssumed: true },
    });
    expect(got.screening?.assessment.explanation).toContainEqual({ key: "screening_date_assumed", today });
  });

  it("belongs to counter-trafficking cases only", async () => {
    const avrrWorker = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(avrrWorker, "avrr");
    const caller = await api.as(avrrWorker);
    expect(await trpcError(caller.identification.get({ caseId: c.id }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "not_counter_trafficking",
    });
  });
});

describe("propose and decide", () => {
  it("a caseworker proposes; the snapshot is the server's assessment", async () => {
    const { caseId, proposalId } = await proposed();
    const [row] = await api.db
      .select()
      .from(identificationDecisions)
      .where(eq(identificationDecisions.id, proposalId));
    expect(row).toMatchObject({
      kind: "proposal",
      status: "PossibleVictimOfTrafficking",
      actorId: worker.id,
    });
    expect(row?.assessment.recommendation).toBe("PossibleVictimOfTrafficking");
    const pending = await (await api.as(manager)).identification.pending();
    expect(pending).toContainEqual(
      expect.objectContaining({ proposalId, caseId, recommendation: "PossibleVictimOfTrafficking" }),
    );
    // A second proposal waits for the first to be decided.
    const caller = await api.as(worker);
    const got = await caller.identification.get({ caseId });
    expect(got.permissions).toMatchObject({ propose: false, decide: false, ownProposal: true });
    expect(
      await trpcError(
        caller.identification.propose({
          caseId,
          screeningVersion: got.screening?.version ?? 0,
          status: "NotAVictimOfTrafficking",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: "proposal_pending" });
  });

  it("a caseworker cannot decide; a manager of another programme does not see the case", async () => {
    const { proposalId } = await proposed();
    const input = {
      proposalId,
      outcome: "confirm" as const,
      decidingOrganisation: "NGO" as const,
      reason: "Agreed.",
    };
    const before = await api.fingerprint();
    expect((await trpcError((await api.as(worker)).identification.decide(input))).code).toBe("FORBIDDEN");
    expect((await trpcError((await api.as(managerOfOther)).identification.decide(input))).code).toBe(
      "NOT_FOUND",
    );
    expect((await trpcError((await api.as(avrrManager)).identification.decide(input))).code).toBe(
      "NOT_FOUND",
    );
    expect((await trpcError((await api.as(admin)).identification.decide(input))).code).toBe("NOT_FOUND");
    expect(await api.fingerprint()).toEqual(before);
    expect(await (await api.as(managerOfOther)).identification.pending()).toEqual([]);
  });

  it("confirming a presumed victim starts the reflection period, creates a task and moves the case", async () => {
    const { caseId, proposalId } = await proposed();
    const seq = await api.lastAuditSeq();
    const result = await (await api.as(manager)).identification.decide({
      proposalId,
      outcome: "confirm",
      decidingOrganisation: "NGO",
      reason: "Deception and forced labour are documented.",
    });
    const expected = reflectionPeriod(officeToday(new Date()), 30);
    expect(result).toMatchObject({
      status: "PossibleVictimOfTrafficking",
      state: "reflection_period",
      reflection: expected,
    });
    const [screening] = await api.db
      .select()
      .from(traffickingScreenings)
      .where(eq(traffickingScreenings.caseId, caseId));
    expect(screening).toMatchObject({
      reflectionCountry: "LT",
      reflectionDays: 30,
      reflectionStartsOn: expected.startsOn,
      reflectionEndsOn: expected.endsOn,
    });
    const tasks = await api.db.select().from(caseWorkflowTasks).where(eq(caseWorkflowTasks.caseId, caseId));
    expect(tasks).toEqual([
      expect.objectContaining({ kind: "reflection_period_ending", dueDate: expected.reminderDueOn }),
    ]);
    const moves = await api.db
      .select({ from: caseStateHistory.fromState, to: caseStateHistory.toState })
      .from(caseStateHistory)
      .where(eq(caseStateHistory.caseId, caseId))
      .orderBy(asc(caseStateHistory.at));
    expect(moves.map((m) => `${m.from}→${m.to}`)).toEqual([
      "referred→screening",
      "screening→presumed_victim",
      "presumed_victim→reflection_period",
    ]);
    expect((await api.auditSince(seq)).map((e) => e.action)).toContain("identification.decide");
    const history = await (await api.as(worker)).identification.history({ caseId });
    expect(history.map((h) => [h.kind, h.outcome, h.status])).toEqual([
      ["decision", "confirm", "PossibleVictimOfTrafficking"],
      ["proposal", null, "PossibleVictimOfTrafficking"],
    ]);
    expect(history[0]).toMatchObject({ decidingOrganisation: "NGO", actorId: manager.id });
    // Decided: nothing pending any more, and a second decision is refused.
    expect(await (await api.as(manager)).identification.pending()).not.toContainEqual(
      expect.objectContaining({ proposalId }),
    );
    expect(
      await trpcError(
        (await api.as(manager)).identification.decide({
          proposalId,
          outcome: "confirm",
          decidingOrganisation: "NGO",
          reason: "Again.",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: "proposal_not_pending" });
  });

  it("uses the configured length of the country, and an admin's change of it is kept", async () => {
    const adminCaller = await api.as(admin);
    const set = await adminCaller.reflectionPeriod.set({ countryCode: "LV", days: 45, version: null });
    const { proposalId } = await proposed();
    const result = await (await api.as(manager)).identification.decide({
      proposalId,
      outcome: "confirm",
      decidingOrganisation: "Police",
      reason: "Confirmed by the police.",
      reflectionCountry: "LV",
    });
    expect(result.reflection?.days).toBe(45);
    const list = await adminCaller.reflectionPeriod.list();
    expect(list.lengths).toContainEqual(expect.objectContaining({ countryCode: "LV", days: 45 }));
    expect(list.changes[0]).toMatchObject({ countryCode: "LV", days: 45 });
    await adminCaller.reflectionPeriod.remove({ countryCode: "LV", version: set.version });
    expect((await adminCaller.reflectionPeriod.list()).lengths.map((l) => l.countryCode)).not.toContain("LV");
  });

  it("overruling needs a reason and a status; it starts no reflection period for a non-victim", async () => {
    const { caseId, proposalId } = await proposed();
    const caller = await api.as(manager);
    const noReason = await trpcError(
      caller.identification.decide({
        proposalId,
        outcome: "overrule",
        decidingOrganisation: "NGO",
        reason: " ",
        status: "NotAVictimOfTrafficking",
      }),
    );
    expect(noReason.code).toBe("BAD_REQUEST");
    const noStatus = await trpcError(
      caller.identification.decide({
        proposalId,
        outcome: "overrule",
        decidingOrganisation: "NGO",
        reason: "No.",
      }),
    );
    expect(noStatus.code).toBe("BAD_REQUEST");
    const result = await caller.identification.decide({
      proposalId,
      outcome: "overrule",
      status: "NotAVictimOfTrafficking",
      decidingOrganisation: "NGO",
      reason: "The work was paid and the person could leave.",
    });
    expect(result).toMatchObject({ status: "NotAVictimOfTrafficking", reflection: null, state: "referred" });
    const tasks = await api.db.select().from(caseWorkflowTasks).where(eq(caseWorkflowTasks.caseId, caseId));
    expect(tasks).toEqual([]);
  });

  it("a manager who proposed cannot decide their own proposal", async () => {
    const both = await api.createUser(["caseworker", "manager"], ["counter_trafficking", "labour_migration"]);
    const source = await api.openCase(both, "labour_migration");
    const caller = await api.as(both);
    const opened = await caller.identification.screenForTrafficking({ sourceCaseId: source.id });
    const saved = await caller.identification.save({
      caseId: opened.id,
      version: 1,
      facts: FORCED_LABOUR,
      profile: PROFILE,
    });
    const { proposalId } = await caller.identification.propose({
      caseId: opened.id,
      screeningVersion: saved.version,
      status: "PossibleVictimOfTrafficking",
    });
    expect(
      await trpcError(
        caller.identification.decide({
          proposalId,
          outcome: "confirm",
          decidingOrganisation: "NGO",
          reason: "Mine.",
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN", message: "own_proposal" });
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});
