import { resolveSessionUser } from "@kelias/auth";
import { caseAssignments, cases, verifyAuditChain } from "@kelias/db";
import { type CaseFacts, can, caseScope, inCaseScope, type Programme } from "@kelias/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { COUNT_CAP } from "../src/routers/case/list";
import { PERSON, SOURCE, type TestUser, trpcError, useApiTest } from "./support/api-test";
import type { signedIn } from "./support/fixtures";

const api = useApiTest();
const ALL_PROGRAMMES: Programme[] = ["avrr", "counter_trafficking", "social_assistance", "labour_migration"];
const worker = api.user(["caseworker"], ALL_PROGRAMMES);
const otherWorker = api.user(["caseworker"], ALL_PROGRAMMES);
const manager = api.user(["manager"], ["avrr", "counter_trafficking"]);
const lmManager = api.user(["manager"], ["labour_migration"]);
const workingManager = api.user(["caseworker", "manager"], ["social_assistance"]);
const admin = api.user(["admin"]);

/** Case ids by who opened them and in which programme. */
const opened = new Map<string, { id: string; programme: Programme }[]>();
const idsOf = (user: TestUser, programme?: Programme) =>
  (opened.get(user.id) ?? []).filter((c) => !programme || c.programme === programme).map((c) => c.id);
/** The same, without the counter-trafficking cases: always restricted, so never a row of a list. */
const listedIdsOf = (user: TestUser, programme?: Programme) =>
  idsOf(user, programme).filter((id) => !idsOf(user, "counter_trafficking").includes(id));

async function openCases(user: TestUser, programmes: Programme[]) {
  const caller = await api.as(user);
  const { id: personId } = await caller.person.create({ ...PERSON, familyName: user.name });
  for (const programme of programmes) {
    const { id } = await caller.case.create({ ...SOURCE, personId, programme });
    opened.set(user.id, [...(opened.get(user.id) ?? []), { id, programme }]);
  }
}

beforeAll(async () => {
  await openCases(worker, ["avrr", "avrr", "counter_trafficking", "social_assistance"]);
  await openCases(otherWorker, ["avrr", "social_assistance"]);
  await openCases(workingManager, ["social_assistance"]);
});

const sorted = (ids: string[]) => [...ids].sort();

describe("case.list for caseworkers", () => {
  it("shows a caseworker exactly their own cases, by default and in view mine", async () => {
    const caller = await api.as(worker);
    const mine = await caller.case.list({ view: "mine" });
    expect(sorted(mine.items.map((c) => c.id))).toEqual(sorted(listedIdsOf(worker)));
    expect(mine).toMatchObject({ total: 3, restrictedNotListed: 1 });
    expect(await caller.case.list()).toEqual(mine);
  });

  it("shows a caseworker the same cases in view all: their scope is what they are assigned to", async () => {
    const caller = await api.as(worker);
    const all = await caller.case.list({ view: "all" });
    expect(sorted(all.items.map((c) => c.id))).toEqual(sorted(listedIdsOf(worker)));
    expect(all).toMatchObject({ total: 3, restrictedNotListed: 1 });
  });

  it("never shows a second caseworker the first one's cases, in any view or programme", async () => {
    const caller = await api.as(otherWorker);
    const others = new Set(idsOf(worker));
    for (const view of ["mine", "all"] as const) {
      for (const programme of [undefined, "avrr", "counter_trafficking", "social_assistance"] as const) {
        const { items, total } = await caller.case.list({ view, programme, limit: 200 });
        expect(items.filter((c) => others.has(c.id))).toEqual([]);
        expect(total).toBe(idsOf(otherWorker, programme).length);
      }
    }
  });

  it("filters by programme", async () => {
    const caller = await api.as(worker);
    const avrr = await caller.case.list({ programme: "avrr" });
    expect(sorted(avrr.items.map((c) => c.id))).toEqual(sorted(idsOf(worker, "avrr")));
    expect(avrr.total).toBe(2);
    // Counter-trafficking cases are restricted: never a row, only counted apart.
    const ct = await caller.case.list({ programme: "counter_trafficking" });
    expect(ct).toMatchObject({ items: [], total: 0, restrictedNotListed: 1 });
    expect(await caller.case.list({ programme: "labour_migration" })).toMatchObject({ items: [], total: 0 });
  });

  it("lists what a list needs, newest first", async () => {
    const { items } = await (await api.as(worker)).case.list();
    expect(items[0]).toMatchObject({
      reference: expect.stringMatching(/^(AVRR|CT|SA|LM)-\d{4}-\d{5}$/),
      state: expect.any(String),
      personGivenName: PERSON.givenName,
      personFamilyName: worker.name,
      ownerName: worker.name,
    });
    const opened = items.map((c) => c.openedAt.getTime());
    expect(opened).toEqual([...opened].sort((a, b) => b - a));
  });

  it("pages through the cases, the total always counting only visible ones", async () => {
    const caller = await api.as(worker);
    const pages = [];
    for (let offset = 0; offset < 3; offset++) {
      const page = await caller.case.list({ limit: 1, offset });
      expect(page.items).toHaveLength(1);
      expect(page.total).toBe(3);
      pages.push(...page.items.map((c) => c.id));
    }
    expect(sorted(pages)).toEqual(sorted(listedIdsOf(worker)));
    expect(await caller.case.list({ limit: 10, offset: 3 })).toMatchObject({ items: [], total: 3 });
  });

  it("shows a case the caseworker was added to, in both views", async () => {
    const helper = await api.createUser(["caseworker"], ["avrr"]);
    const caller = await api.as(helper);
    expect(await caller.case.list({ view: "all" })).toMatchObject({ items: [], total: 0 });
    const [target] = idsOf(otherWorker, "avrr");
    if (!target) throw new Error("no case");
    await api.assign(target, helper.id);
    for (const view of ["mine", "all"] as const) {
      const { items, total } = await caller.case.list({ view });
      expect(items.map((c) => c.id)).toEqual([target]);
      expect(total).toBe(1);
    }
  });
});

/** Every row of a list, following the keyset cursors: other test files share the database. */
async function listAll(
  caller: Awaited<ReturnType<typeof signedIn>>,
  input: { view: "mine" | "all"; programme?: Programme },
) {
  const first = await caller.case.list({ ...input, limit: 200 });
  const items = [...first.items];
  let cursor = first.olderCursor;
  while (cursor) {
    const page = await caller.case.list({ ...input, limit: 200, after: cursor });
    items.push(...page.items);
    cursor = page.olderCursor;
  }
  return { items, total: first.total, restrictedNotListed: first.restrictedNotListed };
}

describe("case.list for managers", () => {
  it("shows a manager every case of their programmes in view all, and nothing else", async () => {
    const { items, total } = await listAll(await api.as(manager), { view: "all" });
    const ids = new Set(items.map((c) => c.id));
    for (const id of [...idsOf(worker, "avrr"), ...idsOf(otherWorker, "avrr")]) {
      expect(ids.has(id)).toBe(true);
    }
    // Restricted: the manager opens it by its link or reference, no list shows it.
    for (const id of [
      ...idsOf(worker, "counter_trafficking"),
      ...idsOf(worker, "social_assistance"),
      ...idsOf(otherWorker, "social_assistance"),
    ]) {
      expect(ids.has(id)).toBe(false);
    }
    expect(items.every((c) => c.programme === "avrr" || c.programme === "counter_trafficking")).toBe(true);
    expect(total).toBe(Math.min(items.length, COUNT_CAP));
  });

  it("shows a manager nothing in view mine: they are assigned to no case", async () => {
    expect(await (await api.as(manager)).case.list({ view: "mine" })).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it("counts nothing for a programme the manager does not manage, though it has cases", async () => {
    expect(idsOf(worker, "social_assistance")).not.toHaveLength(0);
    const caller = await api.as(manager);
    expect(await caller.case.list({ view: "all", programme: "social_assistance" })).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it("shows a manager of another programme none of these cases", async () => {
    const { items } = await listAll(await api.as(lmManager), { view: "all" });
    expect(items.every((c) => c.programme === "labour_migration")).toBe(true);
  });

  it("shows someone both caseworker and manager their own cases plus their programme's", async () => {
    const caller = await api.as(workingManager);
    const mine = await caller.case.list({ view: "mine" });
    expect(mine.items.map((c) => c.id)).toEqual(idsOf(workingManager));
    const all = await listAll(caller, { view: "all" });
    const ids = new Set(all.items.map((c) => c.id));
    for (const id of [
      ...idsOf(workingManager),
      ...idsOf(worker, "social_assistance"),
      ...idsOf(otherWorker, "social_assistance"),
    ]) {
      expect(ids.has(id)).toBe(true);
    }
    expect(all.items.every((c) => c.programme === "social_assistance")).toBe(true);
  });
});

describe("case.list against the policy", () => {
  /** Every case in the database, as the facts the policy decides on. */
  async function allCaseFacts(): Promise<Map<string, CaseFacts>> {
    const rows = await api.db
      .select({ id: cases.id, programme: cases.programme, restricted: cases.restricted })
      .from(cases);
    const assignments = await api.db.select().from(caseAssignments);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          programme: r.programme,
          restricted: r.restricted,
          assigneeIds: assignments.filter((a) => a.caseId === r.id).map((a) => a.userId),
        },
      ]),
    );
  }

  it("lists, for every kind of user, exactly the cases the policy lets a list show, and counts only those", async () => {
    const facts = await allCaseFacts();
    for (const user of [worker, otherWorker, manager, lmManager, workingManager]) {
      const actor = await resolveSessionUser(api.db, user.claims);
      if (!actor) throw new Error("session does not resolve");
      const listed = [...facts]
        .filter(([, f]) => inCaseScope(caseScope(actor, "listing"), f))
        .map(([id]) => id);
      const reachable = [...facts].filter(([, f]) => inCaseScope(caseScope(actor, "access"), f));
      // The SQL agrees with the policy's own decisions, case by case.
      for (const [id, f] of facts) {
        expect(listed.includes(id)).toBe(can(actor, { kind: "case.listed", case: f }));
      }
      const { items, total, restrictedNotListed } = await listAll(await api.as(user), {
        view: "all",
      });
      expect(sorted(items.map((c) => c.id))).toEqual(sorted(listed));
      expect(items.some((c) => c.restricted)).toBe(false);
      // Counting stops at the cap; below it the total is exact.
      expect(total).toBe(Math.min(listed.length, COUNT_CAP));
      expect(restrictedNotListed).toBe(Math.min(reachable.length - listed.length, COUNT_CAP));
    }
  });
});

describe("case.list refusals", () => {
  it.each([
    ["an admin", ["admin"] as const],
    ["a user without roles", [] as const],
  ])("refuses %s with FORBIDDEN, audited", async (_, roles) => {
    const user = roles.length === 0 ? await api.createUser([]) : admin;
    const error = await trpcError((await api.as(user)).case.list({ view: "all" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await api.lastAuditOf(user.id)).toMatchObject({
      action: "case.list",
      outcome: "denied",
      detail: { code: "FORBIDDEN" },
    });
  });

  it.each([
    ["a limit of 0", { limit: 0 }],
    ["a limit over 200", { limit: 201 }],
    ["a negative offset", { offset: -1 }],
    ["a fractional limit", { limit: 1.5 }],
    ["an unknown view", { view: "everything" }],
    ["an unknown programme", { programme: "asylum" }],
  ])("refuses %s with BAD_REQUEST", async (_, input) => {
    const caller = await api.as(worker);
    const error = await trpcError(caller.case.list(input as Parameters<typeof caller.case.list>[0]));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

it("leaves the audit chain intact", async () => {
  expect(await verifyAuditChain(api.db)).toMatchObject({ ok: true });
});

describe("case.list keyset paging", () => {
  it("walks forwards and back through every visible case, newest first, without gaps or repeats", async () => {
    const worker = await api.createUser(["caseworker"], ["labour_migration"]);
    const caller = await api.as(worker);
    const { id: personId } = await caller.person.create(PERSON);
    for (let i = 0; i < 5; i++)
      await caller.case.create({ ...SOURCE, personId, programme: "labour_migration" });
    const all = await caller.case.list({ limit: 50 });
    expect(all.items).toHaveLength(5);

    const seen: string[] = [];
    let page = await caller.case.list({ limit: 2 });
    expect(page.newerCursor).toBeNull();
    seen.push(...page.items.map((c) => c.id));
    while (page.olderCursor) {
      page = await caller.case.list({ limit: 2, after: page.olderCursor });
      seen.push(...page.items.map((c) => c.id));
    }
    expect(seen).toEqual(all.items.map((c) => c.id));
    expect(page.total).toBe(5);

    const back = await caller.case.list({ limit: 2, before: page.newerCursor ?? "" });
    expect(back.items.map((c) => c.id)).toEqual(all.items.slice(2, 4).map((c) => c.id));
  });

  it("refuses a forged cursor with BAD_REQUEST", async () => {
    const worker = await api.createUser(["caseworker"], ["labour_migration"]);
    const error = await trpcError((await api.as(worker)).case.list({ after: "not-a-cursor" }));
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("case.list sorting", () => {
  it.each(["opened_desc", "opened_asc", "updated_desc", "updated_asc"] as const)(
    "%s walks forwards and back in one order without gaps or repeats",
    async (sort) => {
      const worker = await api.createUser(["caseworker"], ["labour_migration"]);
      const caller = await api.as(worker);
      const { id: personId } = await caller.person.create(PERSON);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++)
        ids.push((await caller.case.create({ ...SOURCE, personId, programme: "labour_migration" })).id);
      // Touching the oldest case makes "changed" order differ from "opened" order.
      await caller.case.task.add({ caseId: ids[0] ?? "", title: "Call back", dueDate: null });
      const all = await caller.case.list({ sort, limit: 50 });
      const key = (c: (typeof all.items)[number]) =>
        (sort.startsWith("updated") ? c.updatedAt : c.openedAt).getTime();
      const keys = all.items.map(key);
      expect(keys).toEqual([...keys].sort((a, b) => (sort.endsWith("_desc") ? b - a : a - b)));

      const seen: string[] = [];
      let page = await caller.case.list({ sort, limit: 2 });
      seen.push(...page.items.map((c) => c.id));
      while (page.olderCursor) {
        page = await caller.case.list({ sort, limit: 2, after: page.olderCursor });
        seen.push(...page.items.map((c) => c.id));
      }
      expect(seen).toEqual(all.items.map((c) => c.id));
      const back = await caller.case.list({ sort, limit: 2, before: page.newerCursor ?? "" });
      expect(back.items.map((c) => c.id)).toEqual(all.items.slice(2, 4).map((c) => c.id));
    },
  );
});

describe("case.list overdue filter", () => {
  it("keeps only cases with an open task past its due date, manual or workflow-created", async () => {
    const worker = await api.createUser(["caseworker"], ["social_assistance"]);
    const caller = await api.as(worker);
    const { id: personId } = await caller.person.create(PERSON);
    const open = async () =>
      (await caller.case.create({ ...SOURCE, personId, programme: "social_assistance" })).id;
    const [late, doneLate, future, none] = [await open(), await open(), await open(), await open()];
    await caller.case.task.add({ caseId: late, title: "Visit", dueDate: "2020-01-10" });
    const { id: doneTaskId } = await caller.case.task.add({
      caseId: doneLate,
      title: "Visit",
      dueDate: "2020-01-10",
    });
    await caller.case.task.setDone({
      caseId: doneLate,
      taskId: doneTaskId,
      origin: "manual",
      version: 1,
      done: true,
    });
    await caller.case.task.add({ caseId: future, title: "Visit", dueDate: "2099-01-10" });

    const overdue = await caller.case.list({ overdue: true });
    expect(overdue.items.map((c) => c.id)).toEqual([late]);
    expect(overdue.total).toBe(1);
    const everything = await caller.case.list({});
    expect(sorted(everything.items.map((c) => c.id))).toEqual(sorted([late, doneLate, future, none]));
  });

  it("never widens the scope: another caseworker's overdue case stays out", async () => {
    const owner = await api.createUser(["caseworker"], ["social_assistance"]);
    const stranger = await api.createUser(["caseworker"], ["social_assistance"]);
    const caller = await api.as(owner);
    const { id: personId } = await caller.person.create(PERSON);
    const { id: caseId } = await caller.case.create({ ...SOURCE, personId, programme: "social_assistance" });
    await caller.case.task.add({ caseId, title: "Visit", dueDate: "2020-01-10" });
    const theirs = await (await api.as(stranger)).case.list({ view: "all", overdue: true });
    expect(theirs.items.map((c) => c.id)).not.toContain(caseId);
  });
});
