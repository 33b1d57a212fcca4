import { OFFICE_TIME_ZONE } from "@kelias/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "../src/client";
import {
  caseAssignments,
  caseServices,
  cases,
  caseTasks,
  caseWorkflowTasks,
  people,
  users,
} from "../src/schema";
import { backends } from "./support/backends";

/**
 * The dashboard's counts (migration 0016) are kept by triggers; after every kind of change they
 * must equal a count of the cases themselves, on both databases the product runs on.
 */
type Row = Record<string, string | number>;

async function rows(db: Database, query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = await db.execute(query);
  const list = (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
  return list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));
}

async function expectCountsAgree(db: Database) {
  expect(await rows(db, sql`select id, next_task_due as due from cases order by id`)).toEqual(
    await rows(
      db,
      sql`select k.id, (select min(due_date) from (
            select due_date from case_tasks t where t.case_id = k.id and t.done_at is null
            union all
            select due_date from case_workflow_tasks w where w.case_id = k.id and w.done_at is null
          ) open) as due from cases k order by k.id`,
    ),
  );
  expect(
    await rows(
      db,
      sql`select programme, month, opened, closed from case_month_counts
          where opened <> 0 or closed <> 0 order by 1, 2`,
    ),
  ).toEqual(
    await rows(
      db,
      sql`select programme, month, sum(opened) as opened, sum(closed) as closed from (
            select programme, office_month(opened_at) as month, 1 as opened, 0 as closed from cases
            union all
            select programme, office_month(closed_at), 0, 1 from cases where closed_at is not null
          ) m group by 1, 2 order by 1, 2`,
    ),
  );
  expect(
    await rows(db, sql`select programme, state, cases from case_state_counts where cases <> 0 order by 1, 2`),
  ).toEqual(
    await rows(db, sql`select programme, state, count(*) as cases from cases group by 1, 2 order by 1, 2`),
  );
  expect(
    await rows(
      db,
      sql`select programme, state, user_id, cases from case_assignee_counts where cases <> 0 order by 1, 2, 3`,
    ),
  ).toEqual(
    await rows(
      db,
      sql`select k.programme, k.state, a.user_id, count(*) as cases
          from case_assignments a join cases k on k.id = a.case_id group by 1, 2, 3 order by 1, 2, 3`,
    ),
  );
}

describe.each(backends)("dashboard counts on $name", ({ open }) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let db: Database;
  let ana: string;
  let ben: string;
  let person: string;

  beforeAll(async () => {
    ({ handle, drop } = await open());
    await handle.migrate();
    db = handle.db;
    const [a, b] = await db
      .insert(users)
      .values([
        { email: "ana@example.org", name: "Ana" },
        { email: "ben@example.org", name: "Ben" },
      ])
      .returning({ id: users.id });
    ana = a?.id ?? "";
    ben = b?.id ?? "";
    const [p] = await db
      .insert(people)
      .values({ givenName: "Olena", familyName: "Koval", sex: "female", createdBy: ana })
      .returning({ id: people.id });
    person = p?.id ?? "";
  });

  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  const newCases = (n: number, programme: "avrr" | "social_assistance", state: string) =>
    db
      .insert(cases)
      .values(
        Array.from({ length: n }, (_, i) => ({
          reference: `${programme}-${state}-${i}-${Math.random()}`,
          programme,
          state,
          personId: person,
          ownerId: ana,
        })),
      )
      .returning({ id: cases.id });

  it("follow cases created, moved, reassigned and deleted, one at a time and in bulk", async () => {
    const avrr = await newCases(6, "avrr", "application");
    const social = await newCases(3, "social_assistance", "intake");
    await db
      .insert(caseAssignments)
      .values([
        ...avrr.map((c) => ({ caseId: c.id, userId: ana, kind: "owner" as const })),
        ...social.map((c) => ({ caseId: c.id, userId: ana, kind: "owner" as const })),
        { caseId: social[0]?.id ?? "", userId: ben, kind: "co" as const },
      ]);
    await expectCountsAgree(db);

    // A bulk move of some cases, a single move, a move that changes nothing.
    const moved = avrr.slice(0, 4).map((c) => c.id);
    await db.update(cases).set({ state: "eligibility_counselling" }).where(inArray(cases.id, moved));
    await db
      .update(cases)
      .set({ state: "closed", closedAt: new Date() })
      .where(eq(cases.id, social[0]?.id ?? ""));
    await db
      .update(cases)
      .set({ restricted: true })
      .where(eq(cases.id, avrr[5]?.id ?? ""));
    await expectCountsAgree(db);

    // Opened in another month (a correction), closed and then reopened.
    await db
      .update(cases)
      .set({ openedAt: new Date("2025-12-31T22:30:00Z") })
      .where(eq(cases.id, avrr[4]?.id ?? ""));
    await db
      .update(cases)
      .set({ state: "closed", closedAt: new Date("2026-02-28T22:30:00Z") })
      .where(eq(cases.id, avrr[5]?.id ?? ""));
    await expectCountsAgree(db);
    await db
      .update(cases)
      .set({ state: "application", closedAt: null })
      .where(eq(cases.id, avrr[5]?.id ?? ""));
    await expectCountsAgree(db);

    // Ownership handed over (delete and insert), a co-worker moved by an update, one removed.
    await db.transaction(async (tx) => {
      await tx.delete(caseAssignments).where(eq(caseAssignments.caseId, avrr[0]?.id ?? ""));
      await tx.insert(caseAssignments).values({ caseId: avrr[0]?.id ?? "", userId: ben, kind: "owner" });
    });
    await db
      .update(caseAssignments)
      .set({ caseId: social[1]?.id ?? "" })
      .where(and(eq(caseAssignments.userId, ben), eq(caseAssignments.caseId, social[0]?.id ?? "")));
    await db.delete(caseAssignments).where(eq(caseAssignments.caseId, avrr[1]?.id ?? ""));
    await expectCountsAgree(db);

    // A case deleted with its assignments (the cascade).
    await db.delete(cases).where(inArray(cases.id, [avrr[2]?.id ?? "", social[2]?.id ?? ""]));
    await expectCountsAgree(db);
  });

  it("keep each case's earliest open task due date through adds, completions and deletions", async () => {
    const [one, two] = await newCases(2, "social_assistance", "intake");
    const caseOne = one?.id ?? "";
    const caseTwo = two?.id ?? "";
    const task = (caseId: string, dueDate: string | null) => ({
      caseId,
      title: "Call back",
      dueDate,
      createdBy: ana,
      updatedBy: ana,
    });
    const added = await db
      .insert(caseTasks)
      .values([task(caseOne, "2026-03-10"), task(caseOne, "2026-02-01"), task(caseTwo, null)])
      .returning({ id: caseTasks.id });
    await db.insert(caseWorkflowTasks).values({
      caseId: caseTwo,
      kind: "reintegration_contact",
      dueDate: "2026-05-01",
      createdBy: ana,
    });
    await expectCountsAgree(db);
    await db
      .update(caseTasks)
      .set({ doneAt: new Date(), doneBy: ana })
      .where(eq(caseTasks.id, added[1]?.id ?? ""));
    await expectCountsAgree(db);
    await db.delete(caseTasks).where(eq(caseTasks.caseId, caseOne));
    await db
      .update(caseWorkflowTasks)
      .set({ dueDate: "2026-04-01" })
      .where(eq(caseWorkflowTasks.caseId, caseTwo));
    await expectCountsAgree(db);
    await db.delete(cases).where(eq(cases.id, caseTwo));
    await expectCountsAgree(db);
  });

  it("give each service its case's programme, and follow the case when that changes", async () => {
    const [one] = await newCases(1, "social_assistance", "intake");
    const caseId = one?.id ?? "";
    const service = {
      caseId,
      type: "interpretation",
      provider: "Interpreter",
      deliveredOn: "2026-01-10",
      createdBy: ana,
      updatedBy: ana,
    };
    // Whatever the writer sends, the database copies the case's.
    await db.insert(caseServices).values([service, { ...service, programme: "avrr" }]);
    const programmes = async () =>
      (
        await db
          .select({ programme: caseServices.programme })
          .from(caseServices)
          .where(eq(caseServices.caseId, caseId))
      ).map((r) => r.programme);
    expect(await programmes()).toEqual(["social_assistance", "social_assistance"]);
    // A case's state is one of its programme's (a check constraint): both change together.
    await db.update(cases).set({ programme: "avrr", state: "application" }).where(eq(cases.id, caseId));
    expect(await programmes()).toEqual(["avrr", "avrr"]);
    await expectCountsAgree(db);
  });

  it("stay unchanged when the change rolls back", async () => {
    const before = await rows(db, sql`select * from case_state_counts order by 1, 2`);
    await expect(
      db.transaction(async (tx) => {
        await tx.update(cases).set({ state: "withdrawn" }).where(eq(cases.programme, "avrr"));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await rows(db, sql`select * from case_state_counts order by 1, 2`)).toEqual(before);
  });

  it("count months in the office's time zone, as the domain does", async () => {
    const instants = [
      "2025-12-31T21:59:59Z",
      "2025-12-31T22:00:00Z",
      "2026-03-31T20:59:59Z",
      "2026-03-31T21:00:00Z",
      "2026-10-31T21:59:59Z",
      "2026-10-31T22:00:00Z",
    ];
    const officeMonth = new Intl.DateTimeFormat("en-CA", {
      timeZone: OFFICE_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
    });
    for (const at of instants) {
      const [row] = await rows(db, sql`select office_month(${at}::timestamptz) as month`);
      expect({ at, month: row?.month }).toEqual({ at, month: officeMonth.format(new Date(at)) });
    }
  });

  it("stay right when many transactions move cases at once", async () => {
    const batch = await newCases(20, "avrr", "application");
    await db
      .insert(caseAssignments)
      .values(batch.map((c) => ({ caseId: c.id, userId: ana, kind: "owner" as const })));
    await Promise.all(
      batch.map((c, i) =>
        db.transaction(async (tx) => {
          await tx
            .update(cases)
            .set({ state: i % 2 === 0 ? "eligibility_counselling" : "withdrawn" })
            .where(eq(cases.id, c.id));
        }),
      ),
    );
    await expectCountsAgree(db);
  });
});
