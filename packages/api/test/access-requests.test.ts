import { randomBytes, randomUUID } from "node:crypto";
import { auditLog, caseAccessGrants } from "@kelias/db";
import type { Programme } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";

/**
 * Access requests: a caseworker whose duplicate check finds a person outside their cases asks for
 * access; the case's owner or the programme's manager decides; a grant gives read access to that
 * case only, a refusal or a withdrawal nothing.
 */
const api = useApiTest();

const requester = api.user(["caseworker"], ["social_assistance"]);
const anotherCaseworker = api.user(["caseworker"], ["social_assistance"]);
const owner = api.user(["caseworker"], ["avrr"]);
const coWorker = api.user(["caseworker"], ["avrr"]);
const avrrManager = api.user(["manager"], ["avrr"]);
const otherManager = api.user(["manager"], ["labour_migration"]);
const ctOwner = api.user(["caseworker"], ["counter_trafficking"]);
const ctManager = api.user(["manager"], ["counter_trafficking"]);
const admin = api.user(["admin"]);

/** A person with a name of their own (so that no other test's person matches) and a case of `by`. */
async function personWithCase(by: TestUser, programme: Programme, co?: TestUser) {
  const candidate = {
    givenName: "Amina",
    // A family name of its own (letters a–z), so that no other test's person is a similar name.
    familyName: `Haddad ${[...randomBytes(12)].map((b) => String.fromCharCode(97 + (b % 26))).join("")}`,
    dateOfBirth: "1991-05-17",
    citizenships: ["SY" as const],
  };
  const caller = await api.as(by);
  const { id: personId } = await caller.person.create({ ...candidate, sex: "female" });
  const { id: caseId, reference } = await caller.case.create({ ...SOURCE, personId, programme });
  if (co) {
    const manager = programme === "counter_trafficking" ? ctManager : avrrManager;
    await (await api.as(manager)).case.team.assign({ caseId, version: 1, userId: co.id, as: "co" });
  }
  return { candidate, personId, caseId, reference };
}

async function ask(candidate: object, reason = "She is in our shelter; the same passport.") {
  return (await api.as(requester)).accessRequest.create({ candidate: candidate as never, reason });
}

async function pendingFor(user: TestUser) {
  return (await api.as(user)).accessRequest.pending();
}

async function decisionOf(caseId: string) {
  const found = (await pendingFor(avrrManager)).find((d) => d.caseId === caseId);
  if (!found) throw new Error("no pending decision");
  return found;
}

describe("asking", () => {
  it("the live duplicate check announces, without naming, a person outside the caseworker's cases", async () => {
    const { candidate } = await personWithCase(owner, "avrr");
    const caller = await api.as(requester);
    // Names and a date of birth only, as the form has them while it is filled.
    const { citizenships: _, ...partial } = candidate;
    expect(await caller.person.checkDuplicates(partial)).toEqual({ matches: [], outOfScope: true });
    expect(await caller.person.checkDuplicates(candidate)).toEqual({ matches: [], outOfScope: true });
  });

  it("makes a request that tells the requester nothing about the cases before a decision", async () => {
    const { candidate, caseId, reference, personId } = await personWithCase(owner, "avrr");
    const { id } = await ask(candidate);
    const mine = (await (await api.as(requester)).accessRequest.mine()).find((r) => r.id === id);
    expect(mine).toMatchObject({ state: "pending", withdrawable: true, granted: [], notes: [] });
    const shown = JSON.stringify(mine);
    for (const secret of [caseId, reference, personId, candidate.familyName])
      expect(shown).not.toContain(secret);
    const [entry] = await api.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "accessRequest.create"), eq(auditLog.entityId, id)));
    expect(entry?.detail).toEqual({ caseIds: [caseId], personIds: [personId] });
  });

  it("refuses a request with nothing to ask for, and one already waiting", async () => {
    const nobody = {
      givenName: "Zzyzx",
      familyName: `Nobody${randomUUID().slice(0, 4)}`,
      dateOfBirth: "1950-01-01",
    };
    expect((await trpcError(ask(nobody))).message).toBe("nothing_to_request");
    const { candidate } = await personWithCase(owner, "avrr");
    await ask(candidate);
    expect((await trpcError(ask(candidate))).message).toBe("already_requested");
  });

  it("answers a retried request with the first answer", async () => {
    const { candidate } = await personWithCase(owner, "avrr");
    const caller = await api.as(requester);
    const input = { candidate, reason: "Retry", idempotencyKey: randomUUID() };
    const first = await caller.accessRequest.create(input);
    expect(await caller.accessRequest.create(input)).toEqual(first);
  });

  it("is for people who register people: not managers, not admins", async () => {
    const { candidate } = await personWithCase(owner, "avrr");
    for (const user of [otherManager, admin]) {
      const caller = await api.as(user);
      expect((await trpcError(caller.accessRequest.create({ candidate, reason: "x" }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect((await trpcError((await api.callerFor(null)).accessRequest.mine())).code).toBe("UNAUTHORIZED");
  });
});

describe("deciding", () => {
  it("is offered to the owner and the programme's manager, not to a co-worker or another programme's manager", async () => {
    const { candidate, caseId } = await personWithCase(owner, "avrr", coWorker);
    await ask(candidate);
    expect((await pendingFor(owner)).map((d) => d.caseId)).toContain(caseId);
    expect((await pendingFor(avrrManager)).map((d) => d.caseId)).toContain(caseId);
    expect((await pendingFor(coWorker)).map((d) => d.caseId)).not.toContain(caseId);
    expect((await pendingFor(otherManager)).map((d) => d.caseId)).not.toContain(caseId);
    const decision = await decisionOf(caseId);
    expect(decision).toMatchObject({
      reason: "She is in our shelter; the same passport.",
      reasons: ["name_birth_citizenship"],
    });
  });

  it("answers NOT_FOUND to a decider out of scope (and the requester), FORBIDDEN to a co-worker", async () => {
    const { candidate, caseId } = await personWithCase(owner, "avrr", coWorker);
    await ask(candidate);
    const { decisionId, version } = await decisionOf(caseId);
    const input = { decisionId, version, grant: true };
    for (const user of [otherManager, requester, ctManager, admin]) {
      const error = await trpcError((await api.as(user)).accessRequest.decide(input));
      expect(error.code, user.name).toBe("NOT_FOUND");
    }
    expect((await trpcError((await api.as(coWorker)).accessRequest.decide(input))).code).toBe("FORBIDDEN");
    expect((await trpcError((await api.as(requester)).case.get({ id: caseId }))).code).toBe("NOT_FOUND");
  });

  it("a grant gives the requester read access to that case, and nothing to change", async () => {
    const { candidate, caseId, personId } = await personWithCase(owner, "avrr");
    const { id: requestId } = await ask(candidate);
    const { decisionId, version } = await decisionOf(caseId);
    const decided = await (await api.as(owner)).accessRequest.decide({
      decisionId,
      version,
      grant: true,
      note: "Call me first.",
    });
    expect(decided.version).toBe(version + 1);
    const caller = await api.as(requester);
    expect((await caller.case.get({ id: caseId })).id).toBe(caseId);
    expect((await caller.person.get({ id: personId })).id).toBe(personId);
    const listed = await caller.case.list({ view: "all" });
    expect(listed.items.map((c) => c.id)).toContain(caseId);
    expect((await trpcError(caller.case.note.add({ caseId, content: "mine now" }))).code).toBe("FORBIDDEN");
    // The duplicate check now names the person, with a link.
    expect((await caller.person.checkDuplicates(candidate)).matches.map((m) => m.id)).toEqual([personId]);
    const mine = (await caller.accessRequest.mine()).find((r) => r.id === requestId);
    expect(mine).toMatchObject({
      state: "granted",
      withdrawable: false,
      notes: [{ note: "Call me first." }],
    });
    expect(mine?.granted.map((g) => g.caseId)).toEqual([caseId]);
    // The case's timeline shows the decision.
    const [entry] = await api.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "accessRequest.decide"), eq(auditLog.entityId, caseId)));
    expect(entry?.detail).toMatchObject({ grant: true, requesterId: requester.id });
  });

  it("refuses a stale decision: one already made, or shown at an older version", async () => {
    const { candidate, caseId } = await personWithCase(owner, "avrr");
    await ask(candidate);
    const { decisionId, version } = await decisionOf(caseId);
    await (await api.as(avrrManager)).accessRequest.decide({ decisionId, version, grant: false });
    const again = await trpcError(
      (await api.as(owner)).accessRequest.decide({ decisionId, version, grant: true }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe("stale_version");
    const later = await trpcError(
      (await api.as(owner)).accessRequest.decide({ decisionId, version: version + 1, grant: true }),
    );
    expect(later.code).toBe("CONFLICT");
    expect(await api.db.select().from(caseAccessGrants).where(eq(caseAccessGrants.caseId, caseId))).toEqual(
      [],
    );
  });

  it("a refusal gives nothing", async () => {
    const { candidate, caseId } = await personWithCase(owner, "avrr");
    const { id } = await ask(candidate);
    const { decisionId, version } = await decisionOf(caseId);
    await (await api.as(avrrManager)).accessRequest.decide({
      decisionId,
      version,
      grant: false,
      note: "Ask the person to contact us.",
    });
    const caller = await api.as(requester);
    expect((await trpcError(caller.case.get({ id: caseId }))).code).toBe("NOT_FOUND");
    const mine = (await caller.accessRequest.mine()).find((r) => r.id === id);
    expect(mine).toMatchObject({
      state: "refused",
      granted: [],
      notes: [{ note: "Ask the person to contact us." }],
    });
    expect((await pendingFor(avrrManager)).map((d) => d.caseId)).not.toContain(caseId);
  });

  it("a restricted case is decided by the programme's managers only; a grant opens it by link, never in a list", async () => {
    const { candidate, caseId } = await personWithCase(ctOwner, "counter_trafficking");
    await ask(candidate);
    expect((await pendingFor(ctOwner)).map((d) => d.caseId)).not.toContain(caseId);
    const found = (await pendingFor(ctManager)).find((d) => d.caseId === caseId);
    if (!found) throw new Error("no pending decision for the CT manager");
    const input = { decisionId: found.decisionId, version: found.version, grant: true };
    expect((await trpcError((await api.as(ctOwner)).accessRequest.decide(input))).code).toBe("FORBIDDEN");
    await (await api.as(ctManager)).accessRequest.decide(input);
    const caller = await api.as(requester);
    expect((await caller.case.get({ id: caseId })).id).toBe(caseId);
    expect((await caller.case.list({ view: "all" })).items.map((c) => c.id)).not.toContain(caseId);
  });
});

describe("withdrawing", () => {
  it("closes the waiting decisions; a decider shown one is refused as stale; nobody else may withdraw", async () => {
    const { candidate, caseId } = await personWithCase(owner, "avrr");
    const { id } = await ask(candidate);
    const { decisionId, version } = await decisionOf(caseId);
    const other = await trpcError(
      (await api.as(anotherCaseworker)).accessRequest.withdraw({ requestId: id, version: 1 }),
    );
    expect(other.code).toBe("NOT_FOUND");
    const caller = await api.as(requester);
    await caller.accessRequest.withdraw({ requestId: id, version: 1 });
    expect((await caller.accessRequest.mine()).find((r) => r.id === id)).toMatchObject({
      state: "withdrawn",
      withdrawable: false,
    });
    expect((await trpcError(caller.accessRequest.withdraw({ requestId: id, version: 2 }))).code).toBe(
      "CONFLICT",
    );
    const late = await trpcError(
      (await api.as(owner)).accessRequest.decide({ decisionId, version, grant: true }),
    );
    expect(late.code).toBe("CONFLICT");
    expect((await trpcError(caller.case.get({ id: caseId }))).code).toBe("NOT_FOUND");
  });
});
