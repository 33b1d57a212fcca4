import { caseFeedback, cases, fieldChanges } from "@kelias/db";
import { officeToday } from "@kelias/domain";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./support/db";
import {
  createUser,
  fingerprint,
  lastAuditOf,
  openCase,
  PERSON,
  signedIn,
  type TestUser,
  testUser,
  trpcError,
} from "./support/fixtures";

/**
 * The entry point of a case (referral source) and the feedback of the people a case serves: who
 * may record and change them, the field history, the dashboard's counts and the refusals.
 */

const t = useTestDatabase();
const owner = testUser(t, ["caseworker"], ["social_assistance"]);
const colleague = testUser(t, ["caseworker"], ["social_assistance"]);
const manager = testUser(t, ["manager"], ["social_assistance"]);
const otherManager = testUser(t, ["manager"], ["labour_migration"]);
const admin = testUser(t, ["admin"]);

const as = (user: TestUser) => signedIn(t.db, user);
const today = () => officeToday(new Date());
const thisMonth = () => today().slice(0, 7);

async function caseRow(id: string) {
  const [row] = await t.db.select().from(cases).where(eq(cases.id, id));
  return row;
}

describe("the entry point of a case", () => {
  it("is recorded at registration, and registration without one is refused with the field named", async () => {
    const caller = await as(owner);
    const { id: personId } = await caller.person.create({ ...PERSON, familyName: "Entry" });
    const before = await fingerprint(t.db);
    const refused = await trpcError(
      caller.case.create({ personId, programme: "social_assistance" } as never),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(refused.cause)).toContain("referralSource");
    const other = await trpcError(
      caller.case.create({ personId, programme: "social_assistance", referralSource: "other" }),
    );
    expect(other.code).toBe("BAD_REQUEST");
    expect(await fingerprint(t.db)).toEqual(before);

    const { id } = await caller.case.create({
      personId,
      programme: "social_assistance",
      referralSource: "ngo",
      referralSourceDetail: "Caritas Vilnius",
    });
    expect(await caller.case.get({ id })).toMatchObject({
      referralSource: "ngo",
      referralSourceDetail: "Caritas Vilnius",
    });
  });

  it("is corrected against the case's version, kept in the field history, audited without its value", async () => {
    const c = await openCase(t.db, owner, "social_assistance");
    const caller = await as(owner);
    const { version } = await caller.case.source.set({
      caseId: c.id,
      version: c.version,
      referralSource: "police",
      referralSourceDetail: "Vilnius county police",
    });
    expect(version).toBe(c.version + 1);
    expect(await caseRow(c.id)).toMatchObject({ referralSource: "police", version });
    const { changes } = await caller.case.history({ caseId: c.id, record: "referral_source" });
    expect(changes.map((ch) => (ch.withheld ? ch.field : [ch.field, ch.oldValue, ch.newValue]))).toEqual(
      expect.arrayContaining([
        ["referralSource", "self_referral", "police"],
        ["referralSourceDetail", "", "Vilnius county police"],
      ]),
    );
    expect((await lastAuditOf(t.db, owner.id))?.action).toBe("case.history");

    // A stale version is refused and changes nothing.
    const stale = await trpcError(
      caller.case.source.set({ caseId: c.id, version: c.version, referralSource: "hotline" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await caseRow(c.id)).toMatchObject({ referralSource: "police", version });
  });

  it("is changed only by those working on the case; out of scope is NOT_FOUND", async () => {
    const c = await openCase(t.db, owner, "social_assistance");
    const input = { caseId: c.id, version: c.version, referralSource: "hotline" } as const;
    expect((await trpcError((await as(manager)).case.source.set(input))).code).toBe("FORBIDDEN");
    expect((await trpcError((await as(colleague)).case.source.set(input))).code).toBe("NOT_FOUND");
    expect((await trpcError((await as(admin)).case.source.set(input))).code).toBe("NOT_FOUND");
    expect(await caseRow(c.id)).toMatchObject({ referralSource: "self_referral", version: c.version });
  });

  it("filters the case list, 'not recorded' finding the cases opened before it was asked", async () => {
    const c = await openCase(t.db, owner, "social_assistance");
    const legacy = await openCase(t.db, owner, "social_assistance");
    await t.db.update(cases).set({ referralSource: null }).where(eq(cases.id, legacy.id));
    const caller = await as(owner);
    const listed = async (referralSource: "self_referral" | "not_recorded") =>
      (await caller.case.list({ view: "mine", referralSource, limit: 200 })).items.map((r) => r.id);
    expect(await listed("self_referral")).toContain(c.id);
    expect(await listed("self_referral")).not.toContain(legacy.id);
    expect(await listed("not_recorded")).toEqual([legacy.id]);
  });
});

describe("feedback from the people served", () => {
  const complaint = (caseId: string) =>
    ({
      caseId,
      kind: "complaint",
      channel: "hotline",
      receivedOn: today(),
      topic: "Interpreter did not come",
    }) as const;

  it("is added and resolved by the people on the case and the programme's managers, with history", async () => {
    const c = await openCase(t.db, owner, "social_assistance");
    const added = await (await as(owner)).case.feedback.add(complaint(c.id));
    expect((await lastAuditOf(t.db, owner.id))?.detail).toEqual({
      feedbackId: added.id,
      kind: "complaint",
      status: "open",
    });
    // The manager answers it: a complaint may be about the people working on the case.
    const mgr = await as(manager);
    const resolved = await mgr.case.feedback.edit({
      ...complaint(c.id),
      feedbackId: added.id,
      version: added.version,
      resolution: "Apologised; a new appointment with an interpreter booked.",
      resolvedOn: today(),
    });
    const { entries, mayWrite } = await mgr.case.feedback.list({ caseId: c.id });
    expect(mayWrite).toBe(true);
    expect(entries).toEqual([
      expect.objectContaining({
        id: added.id,
        status: "resolved",
        resolvedOn: today(),
        version: resolved.version,
      }),
    ]);
    const { changes } = await mgr.case.history({ caseId: c.id, record: "feedback", recordId: added.id });
    expect(changes.map((ch) => ch.field).sort()).toEqual(["resolution", "resolvedOn", "status"]);
  });

  it("is read with the case, refused FORBIDDEN/NOT_FOUND otherwise, and writes nothing when refused", async () => {
    const c = await openCase(t.db, owner, "social_assistance");
    const { id, version } = await (await as(owner)).case.feedback.add(complaint(c.id));
    const before = await fingerprint(t.db);
    const edit = { ...complaint(c.id), feedbackId: id, version, topic: "Changed" };
    for (const user of [colleague, otherManager, admin]) {
      const caller = await as(user);
      expect((await trpcError(caller.case.feedback.list({ caseId: c.id }))).code).toBe("NOT_FOUND");
      expect((await trpcError(caller.case.feedback.add(complaint(c.id)))).code).toBe("NOT_FOUND");
      expect((await trpcError(caller.case.feedback.edit(edit))).code).toBe("NOT_FOUND");
    }
    const caller = await as(owner);
    // Feedback of another case, named on this one: NOT_FOUND.
    const elsewhere = await openCase(t.db, owner, "social_assistance");
    expect((await trpcError(caller.case.feedback.edit({ ...edit, caseId: elsewhere.id }))).code).toBe(
      "NOT_FOUND",
    );
    // A resolution without its date, and one dated before the feedback came: BAD_REQUEST.
    const noDate = await trpcError(caller.case.feedback.edit({ ...edit, resolution: "Called back" }));
    expect(noDate.code).toBe("BAD_REQUEST");
    const early = await trpcError(
      caller.case.feedback.edit({ ...edit, resolution: "Called back", resolvedOn: "2020-01-01" }),
    );
    expect(early.code).toBe("BAD_REQUEST");
    const rating = await trpcError(caller.case.feedback.add({ ...complaint(c.id), rating: 9 }));
    expect(rating.code).toBe("BAD_REQUEST");
    // A stale version.
    await caller.case.feedback.edit({ ...edit, topic: "Interpreter late" });
    const fresh = await fingerprint(t.db);
    expect((await trpcError(caller.case.feedback.edit(edit))).code).toBe("CONFLICT");
    expect(await fingerprint(t.db)).toEqual(fresh);
    expect(fresh).not.toEqual(before);
    const [row] = await t.db.select().from(caseFeedback).where(eq(caseFeedback.id, id));
    expect(row).toMatchObject({ topic: "Interpreter late", version: version + 1, status: "open" });
    const history = await t.db
      .select()
      .from(fieldChanges)
      .where(and(eq(fieldChanges.record, "feedback"), eq(fieldChanges.recordKey, id)));
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ["topic", "Interpreter did not come", "Interpreter late"],
    ]);
  });
});

describe("the dashboard's entry points and feedback", () => {
  it("counts cases opened per entry point, feedback received, open complaints and resolutions", async () => {
    const period = { from: thisMonth(), to: thisMonth() };
    const mgr = await as(manager);
    const before = await mgr.dashboard.intake({ programme: "social_assistance", period });
    const worker = await createUser(t.db, ["caseworker"], ["social_assistance"]);
    const caller = await as(worker);
    const { id: personId } = await caller.person.create({ ...PERSON, familyName: "Counted" });
    const a = await caller.case.create({
      personId,
      programme: "social_assistance",
      referralSource: "consulate",
    });
    await caller.case.create({ personId, programme: "social_assistance", referralSource: "consulate" });
    const open = await caller.case.feedback.add({
      caseId: a.id,
      kind: "complaint",
      channel: "letter",
      receivedOn: today(),
      topic: "Waiting time",
    });
    await caller.case.feedback.add({
      caseId: a.id,
      kind: "satisfaction",
      channel: "in_person",
      receivedOn: today(),
      topic: "Counselling",
      rating: 4,
      resolution: "Thanked; shared with the team.",
      resolvedOn: today(),
    });
    const after = await mgr.dashboard.intake({ programme: "social_assistance", period });
    const consulate = (f: typeof after) => f.sources.find((s) => s.source === "consulate")?.cases ?? 0;
    const received = (f: typeof after, kind: string) =>
      f.feedback.received.find((r) => r.kind === kind)?.count;
    expect(consulate(after) - consulate(before)).toBe(2);
    expect(after.opened - before.opened).toBe(2);
    expect((received(after, "complaint") ?? 0) - (received(before, "complaint") ?? 0)).toBe(1);
    expect((received(after, "satisfaction") ?? 0) - (received(before, "satisfaction") ?? 0)).toBe(1);
    expect(after.feedback.openComplaints - before.feedback.openComplaints).toBe(1);
    expect(after.feedback.resolved - before.feedback.resolved).toBe(1);
    expect(after.feedback.meanRating).not.toBeNull();
    expect(open.version).toBe(1);

    // Another programme's manager is refused that programme; a caseworker the dashboard.
    expect(
      (await trpcError((await as(otherManager)).dashboard.intake({ programme: "social_assistance" }))).code,
    ).toBe("FORBIDDEN");
    expect((await trpcError(caller.dashboard.intake({}))).code).toBe("FORBIDDEN");
  });
});
