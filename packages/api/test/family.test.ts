import { caseApprovals, caseStateHistory, cases, caseWorkflowFacts, familyMembers } from "@kelias/db";
import type { WorkflowFactsPatch } from "@kelias/domain";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./support/db";
import {
  assign,
  auditSince,
  errorShape,
  fingerprint,
  lastAuditSeq,
  openCase,
  PERSON,
  SOURCE,
  signedIn,
  type TestUser,
  testUser,
  trpcError,
} from "./support/fixtures";
import { confirmDeparture, recordReadyTravel } from "./support/travel";

const t = useTestDatabase();
const worker = testUser(t, ["caseworker"], ["avrr", "social_assistance"]);
const colleague = testUser(t, ["caseworker"], ["avrr"]);
const manager = testUser(t, ["manager"], ["avrr"]);
const testUserOutside = testUser(t, ["caseworker"], ["labour_migration"]);

const READY_TO_DEPART: WorkflowFactsPatch = {
  eligibilityCriterion: "expired_permit",
  voluntaryDecisionRecorded: true,
  destinationCountry: "GE",
};

const TODAY = new Date().toISOString().slice(0, 10);

/** A member's own travel, ready to book, and (unless `departed` is false) the departure confirmed. */
async function travelReady(user: TestUser, caseId: string, departed = true) {
  const caller = await signedIn(t.db, user);
  await recordReadyTravel(caller, caseId, TODAY);
  if (departed) await confirmDeparture(caller, caseId, TODAY);
}

async function versionsOf(ids: string[]) {
  const rows = await t.db
    .select({ caseId: cases.id, version: cases.version, state: cases.state })
    .from(cases)
    .where(inArray(cases.id, ids));
  return ids.map((id) => rows.find((r) => r.caseId === id) as (typeof rows)[number]);
}

/** Records facts through the API. */
async function record(user: TestUser, caseId: string, facts: WorkflowFactsPatch) {
  const [c] = await versionsOf([caseId]);
  await (await signedIn(t.db, user)).case.workflow.setFacts({ caseId, version: c?.version ?? 0, ...facts });
}

/** A family of `size` AVRR cases of `owner`, all put in `state` directly (setup), the first the head. */
async function familyOf(owner: TestUser, size: number, state?: string) {
  const opened = [];
  for (let i = 0; i < size; i++) opened.push(await openCase(t.db, owner, "avrr"));
  const ids = opened.map((c) => c.id);
  if (state) await t.db.update(cases).set({ state }).where(inArray(cases.id, ids));
  const caller = await signedIn(t.db, owner);
  const family = await caller.family.create({
    members: ids.map((caseId, i) => ({ caseId, relationship: i === 0 ? "head" : "child" })),
  });
  return { ...family, ids };
}

async function moveFamily(user: TestUser, family: { id: string; ids: string[] }, to: string) {
  const caller = await signedIn(t.db, user);
  const { version } = await caller.family.get({ familyId: family.id });
  const members = (await versionsOf(family.ids)).map(({ caseId, version }) => ({ caseId, version }));
  return caller.family.transition({ familyId: family.id, version, to, members });
}

describe("family.create and family.get", () => {
  it("groups cases of one programme and shows a member only to whoever reads their case", async () => {
    const family = await familyOf(worker, 2);
    const [head, child] = family.ids as [string, string];
    const own = await (await signedIn(t.db, worker)).family.get({ familyId: family.id });
    expect(own).toMatchObject({ programme: "avrr", version: 1, mayChange: true });
    expect(own.members).toMatchObject([
      { visible: true, caseId: head, relationship: "head", state: "application", familyName: worker.name },
      { visible: true, caseId: child, relationship: "child" },
    ]);
    expect(await (await signedIn(t.db, worker)).family.forCase({ caseId: child })).toEqual({
      familyId: family.id,
      relationship: "child",
    });
    // The colleague works on the head's case only: the child's case stays theirs to not see.
    await assign(t.db, head, colleague.id);
    const seen = await (await signedIn(t.db, colleague)).family.get({ familyId: family.id });
    expect(seen.members).toEqual([expect.objectContaining({ caseId: head }), { visible: false }]);
    expect(seen).toMatchObject({ mayChange: false, steps: [] });
    expect(JSON.stringify(seen)).not.toContain(child);
    // The programme's manager reads every member, and changes none.
    expect((await (await signedIn(t.db, manager)).family.get({ familyId: family.id })).mayChange).toBe(false);
  });

  it("refuses mixed programmes, a case of another family, a case out of scope, and a reader who does not work on them", async () => {
    const avrr = await openCase(t.db, worker, "avrr");
    const social = await openCase(t.db, worker, "social_assistance");
    const caller = await signedIn(t.db, worker);
    const mixed = await trpcError(
      caller.family.create({
        members: [
          { caseId: avrr.id, relationship: "head" },
          { caseId: social.id, relationship: "spouse" },
        ],
      }),
    );
    expect(errorShape(mixed, "family.create", "mutation").data).toMatchObject({
      code: "BAD_REQUEST",
      reasons: ["family_mixed_programmes"],
    });
    const taken = await familyOf(worker, 2);
    const elsewhere = await trpcError(
      caller.family.create({
        members: [
          { caseId: avrr.id, relationship: "head" },
          { caseId: taken.ids[1] as string, relationship: "sibling" },
        ],
      }),
    );
    expect(elsewhere.message).toBe("family_member_elsewhere");
    const theirs = await openCase(t.db, colleague, "avrr");
    const pair = [
      { caseId: avrr.id, relationship: "head" as const },
      { caseId: theirs.id, relationship: "spouse" as const },
    ];
    expect((await trpcError(caller.family.create({ members: pair }))).code).toBe("NOT_FOUND");
    expect((await trpcError((await signedIn(t.db, manager)).family.create({ members: pair }))).code).toBe(
      "FORBIDDEN",
    );
    // Bad input is refused before anything is read.
    expect(
      (await trpcError(caller.family.create({ members: [{ caseId: avrr.id, relationship: "head" }] }))).code,
    ).toBe("BAD_REQUEST");
    const unknownFamily = await trpcError(caller.family.get({ familyId: theirs.id }));
    expect(unknownFamily.code).toBe("NOT_FOUND");
    expect(
      await t.db.$count(familyMembers, inArray(familyMembers.caseId, [avrr.id, social.id, theirs.id])),
    ).toBe(0);
  });
});

describe("family.register", () => {
  it("registers a household at once: people, one case each and the family, or nothing", async () => {
    const caller = await signedIn(t.db, worker);
    const child = { ...PERSON, givenName: "Daryna", dateOfBirth: "2014-06-01" };
    const registered = await caller.family.register({
      ...SOURCE,
      programme: "avrr",
      members: [
        { person: PERSON, relationship: "head" },
        { person: child, relationship: "child" },
      ],
    });
    expect(registered.members.map((m) => m.relationship)).toEqual(["head", "child"]);
    const view = await caller.family.get({ familyId: registered.id });
    expect(view.members).toMatchObject([
      { visible: true, givenName: "Olena", state: "application" },
      { visible: true, givenName: "Daryna", relationship: "child" },
    ]);
    const before = await fingerprint(t.db);
    const twoHeads = await trpcError(
      caller.family.register({
        ...SOURCE,
        programme: "avrr",
        members: [
          { person: PERSON, relationship: "head" },
          { person: child, relationship: "head" },
        ],
      }),
    );
    expect(twoHeads.message).toBe("family_one_head");
    // A manager registers nobody; a caseworker of AVRR opens no social assistance case.
    expect(
      (
        await trpcError(
          (
            await signedIn(t.db, manager)
          ).family.register({
            ...SOURCE,
            programme: "avrr",
            members: registered.members.map(() => ({ person: PERSON, relationship: "other" })),
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await trpcError(
          (
            await signedIn(t.db, colleague)
          ).family.register({
            ...SOURCE,
            programme: "social_assistance",
            members: [
              { person: PERSON, relationship: "head" },
              { person: child, relationship: "child" },
            ],
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe("family.member.add and .remove", () => {
  it("adds and removes members under the family's version; the head stays", async () => {
    const family = await familyOf(worker, 2);
    const extra = await openCase(t.db, worker, "avrr");
    const caller = await signedIn(t.db, worker);
    const added = await caller.family.member.add({
      familyId: family.id,
      version: 1,
      caseId: extra.id,
      relationship: "spouse",
    });
    expect(added.version).toBe(2);
    // Stale: the version read before the member was added.
    expect(
      (await trpcError(caller.family.member.remove({ familyId: family.id, version: 1, caseId: extra.id })))
        .code,
    ).toBe("CONFLICT");
    expect(
      (
        await trpcError(
          caller.family.member.remove({ familyId: family.id, version: 2, caseId: family.ids[0] as string }),
        )
      ).message,
    ).toBe("family_head_removed");
    await caller.family.member.remove({ familyId: family.id, version: 2, caseId: extra.id });
    expect(
      (
        await trpcError(
          caller.family.member.remove({ familyId: family.id, version: 3, caseId: family.ids[1] as string }),
        )
      ).message,
    ).toBe("family_too_small");
    const social = await openCase(t.db, worker, "social_assistance");
    const wrong = await trpcError(
      caller.family.member.add({
        familyId: family.id,
        version: 3,
        caseId: social.id,
        relationship: "parent",
      }),
    );
    expect(wrong.message).toBe("family_mixed_programmes");
  });
});

describe("family.transition", () => {
  it("moves every member or none, naming the member who lacks their own travel documents", async () => {
    const family = await familyOf(worker, 2, "travel_booked");
    const [head, child] = family.ids as [string, string];
    await record(worker, head, READY_TO_DEPART);
    await travelReady(worker, head);
    await record(worker, child, READY_TO_DEPART);
    await travelReady(worker, child, false);
    const caller = await signedIn(t.db, worker);
    const view = await caller.family.get({ familyId: family.id });
    expect(view.steps).toEqual([
      {
        to: "departed",
        allowed: false,
        needsApproval: false,
        refusals: [{ caseId: child, errors: ["departure_not_confirmed"] }],
      },
    ]);
    const before = await fingerprint(t.db);
    const refused = await trpcError(moveFamily(worker, family, "departed"));
    expect(errorShape(refused, "family.transition", "mutation").data).toMatchObject({
      code: "BAD_REQUEST",
      reasons: [`${child}:departure_not_confirmed`],
    });
    expect(await fingerprint(t.db)).toEqual(before);

    await confirmDeparture(await signedIn(t.db, worker), child, TODAY);
    const seq = await lastAuditSeq(t.db);
    const moved = await moveFamily(worker, family, "departed");
    expect(moved.members.map((m) => m.state)).toEqual(["departed", "departed"]);
    expect((await versionsOf(family.ids)).map((c) => c.state)).toEqual(["departed", "departed"]);
    const history = await t.db
      .select()
      .from(caseStateHistory)
      .where(inArray(caseStateHistory.caseId, family.ids));
    expect(history.map((h) => [h.fromState, h.toState])).toEqual([
      ["travel_booked", "departed"],
      ["travel_booked", "departed"],
    ]);
    const audited = await auditSince(t.db, seq);
    // (moveFamily reads the family first.)
    expect(audited.filter((e) => e.action !== "family.get").map((e) => [e.action, e.entityType])).toEqual([
      ["family.transition", "case"],
      ["family.transition", "case"],
      ["family.transition", "family"],
    ]);
  });

  it("rolls every member back when one member's case changed meanwhile", async () => {
    const family = await familyOf(worker, 2, "travel_documents");
    const [head, child] = family.ids as [string, string];
    for (const id of family.ids) {
      await record(worker, id, READY_TO_DEPART);
      await travelReady(worker, id, false);
    }
    const caller = await signedIn(t.db, worker);
    const members = (await versionsOf(family.ids)).map(({ caseId, version }) => ({ caseId, version }));
    // Someone records a fact on the child's case after the page was read.
    await record(worker, child, { destinationCountry: "AM" });
    const before = await fingerprint(t.db);
    const error = await trpcError(
      caller.family.transition({ familyId: family.id, version: 1, to: "travel_booked", members }),
    );
    expect([error.code, error.message]).toEqual(["CONFLICT", "stale_version"]);
    // The head was claimed and moved first inside the transaction; nothing of it stays.
    expect(await fingerprint(t.db)).toEqual(before);
    expect((await versionsOf([head]))[0]).toMatchObject({
      state: "travel_documents",
      version: members[0]?.version,
    });
  });

  it("asks a manager's approval of eligibility for every member; each is decided on its own case", async () => {
    const family = await familyOf(worker, 2, "eligibility_counselling");
    for (const id of family.ids) await record(worker, id, READY_TO_DEPART);
    const asked = await moveFamily(worker, family, "eligible");
    expect(asked).toMatchObject({ needsApproval: true });
    const approvals = await t.db
      .select()
      .from(caseApprovals)
      .where(inArray(caseApprovals.caseId, family.ids));
    expect(approvals.map((a) => [a.status, a.toState])).toEqual([
      ["pending", "eligible"],
      ["pending", "eligible"],
    ]);
    expect((await trpcError(moveFamily(worker, family, "eligible"))).message).toMatch(/:approval_pending$/);
    const boss = await signedIn(t.db, manager);
    for (const approval of approvals) {
      const [c] = await versionsOf([approval.caseId]);
      await boss.case.workflow.decideApproval({
        approvalId: approval.id,
        version: c?.version ?? 0,
        approve: true,
        reason: "",
      });
    }
    expect((await versionsOf(family.ids)).map((c) => c.state)).toEqual(["eligible", "eligible"]);
  });

  it("is refused to whoever does not work on every member's case, and for a step that is no family step", async () => {
    const family = await familyOf(worker, 2, "application");
    await assign(t.db, family.ids[0] as string, colleague.id);
    expect((await trpcError(moveFamily(colleague, family, "eligibility_counselling"))).code).toBe(
      "FORBIDDEN",
    );
    const outsider = await signedIn(t.db, testUserOutside);
    expect((await trpcError(outsider.family.get({ familyId: family.id }))).code).toBe("NOT_FOUND");
    const refused = await trpcError(moveFamily(worker, family, "withdrawn"));
    expect(refused.message).toBe(`${family.ids[0]}:not_a_family_step`);
    // Nothing recorded for the guards was touched.
    expect(await t.db.$count(caseWorkflowFacts, inArray(caseWorkflowFacts.caseId, family.ids))).toBe(0);
    expect(await t.db.$count(caseStateHistory, eq(caseStateHistory.caseId, family.ids[0] as string))).toBe(0);
  });
});
