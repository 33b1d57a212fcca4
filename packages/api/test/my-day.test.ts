import { auditLog, caseAppointments, cases, caseTasks, caseWorkflowTasks, users } from "@kelias/db";
import { addDays, officeToday, officeWeek } from "@kelias/domain";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { calendarFeed } from "../src/server";
import { IP, PERSON, type TestUser, trpcError, useApiTest } from "./support/api-test";
import { insertTask, insertWorkflowTask } from "./support/case-record";

const api = useApiTest();
const manager = api.user(["manager"], ["avrr"]);
const otherManager = api.user(["manager"], ["labour_migration"]);

const as = (user: TestUser) => api.as(user);
const today = () => officeToday(new Date());
const labels = { calendarName: "Kelias", kind: (k: string) => `kind:${k}` };

async function lastAudit(actorId: string, action: string) {
  const [entry] = await api.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return entry;
}

describe("tasks: assignee and priority", () => {
  it("gives a new task to the case's owner unless it names a co-worker, with its priority", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const co = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    await api.assign(c.id, co.id);
    const caller = await as(owner);
    const own = await caller.case.task.add({ caseId: c.id, title: "Book flight", dueDate: null });
    const given = await caller.case.task.add({
      caseId: c.id,
      title: "Call embassy",
      dueDate: null,
      priority: "high",
      assigneeId: co.id,
    });
    const rows = await api.db.select().from(caseTasks).where(eq(caseTasks.caseId, c.id));
    expect(rows.find((r) => r.id === own.id)).toMatchObject({ assigneeId: null, priority: "normal" });
    expect(rows.find((r) => r.id === given.id)).toMatchObject({ assigneeId: co.id, priority: "high" });
    expect((await lastAudit(owner.id, "case.task.add"))?.detail).toEqual({
      taskId: given.id,
      dueDate: null,
      priority: "high",
      assigneeId: co.id,
    });
    const { record } = await caller.case.get({ id: c.id });
    expect(record.tasks.find((x) => x.id === given.id)).toMatchObject({
      assigneeName: co.name,
      priority: "high",
    });
  });

  it("refuses a task for someone who does not work on the case, writing nothing", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const stranger = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    const before = await api.fingerprint();
    const error = await trpcError(
      (await as(owner)).case.task.add({ caseId: c.id, title: "X", dueDate: null, assigneeId: stranger.id }),
    );
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "assignee_not_on_case"]);
    const after = await api.fingerprint();
    expect({ ...after, audit_log: "" }).toEqual({ ...before, audit_log: "" });
  });
});

describe("My tasks", () => {
  it("lists the tasks given to me, with the person's name, filtered by due date, programme and case", async () => {
    const me = await api.createUser(["caseworker"], ["avrr", "social_assistance"]);
    const colleague = await api.createUser(["caseworker"], ["avrr"]);
    const mine = await api.openCase(me, "avrr");
    const social = await api.openCase(me, "social_assistance");
    const theirs = await api.openCase(colleague, "avrr");
    await api.assign(theirs.id, me.id);
    const day = today();
    const overdue = await insertTask(api.db, mine.id, addDays(day, -3));
    // Made before the next, which is due on the same day when today is Sunday.
    const givenToMe = await (await as(colleague)).case.task.add({
      caseId: theirs.id,
      title: "Translate",
      dueDate: day,
      assigneeId: me.id,
    });
    const thisWeek = await insertTask(api.db, social.id, officeWeek(day).end);
    const later = await insertTask(api.db, mine.id, addDays(officeWeek(day).end, 1));
    // On the colleague's case, one left with its owner.
    await insertTask(api.db, theirs.id, day);
    const caller = await as(me);

    const all = await caller.case.task.mine();
    expect(all.tasks.map((x) => x.id)).toEqual([overdue.id, givenToMe.id, thisWeek.id, later.id]);
    expect(all.tasks[0]).toMatchObject({
      caseReference: mine.reference,
      personName: `${PERSON.givenName} ${me.name}`,
      assigneeName: me.name,
      dueGroup: "overdue",
      priority: "normal",
    });
    expect(all.caseOptions.map((o) => o.id).sort()).toEqual([mine.id, social.id, theirs.id].sort());

    expect((await caller.case.task.mine({ due: "overdue" })).tasks.map((x) => x.id)).toEqual([overdue.id]);
    expect((await caller.case.task.mine({ due: "week" })).tasks.map((x) => x.id)).toEqual([
      overdue.id,
      givenToMe.id,
      thisWeek.id,
    ]);
    expect((await caller.case.task.mine({ programme: "social_assistance" })).tasks.map((x) => x.id)).toEqual([
      thisWeek.id,
    ]);
    const ofCase = await caller.case.task.mine({ caseId: mine.id });
    expect(ofCase.tasks.map((x) => x.id)).toEqual([overdue.id, later.id]);
    expect(ofCase.caseOptions).toHaveLength(3);
  });

  it("stops listing a task when I leave the case, and gives it back to the owner", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const co = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    await api.assign(c.id, co.id);
    const task = await (await as(owner)).case.task.add({
      caseId: c.id,
      title: "Visit",
      dueDate: null,
      assigneeId: co.id,
    });
    expect((await (await as(co)).case.task.mine()).tasks.map((x) => x.id)).toEqual([task.id]);
    await (await as(manager)).case.team.unassign({ caseId: c.id, version: 1, userId: co.id, note: "" });
    expect((await (await as(co)).case.task.mine()).tasks).toEqual([]);
    expect((await (await as(owner)).case.task.mine()).tasks.map((x) => x.id)).toEqual([task.id]);
  });
});

describe("reassigning a task", () => {
  it("is audited, checked against the version read, and refused for a stale version", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const co = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    await api.assign(c.id, co.id);
    const task = await insertTask(api.db, c.id);
    const caller = await as(owner);
    const moved = await caller.case.task.assign({
      caseId: c.id,
      taskId: task.id,
      origin: "manual",
      version: task.version,
      assigneeId: co.id,
    });
    expect(moved.version).toBe(task.version + 1);
    expect((await lastAudit(owner.id, "case.task.assign"))?.detail).toEqual({
      taskId: task.id,
      origin: "manual",
      fromUserId: owner.id,
      toUserId: co.id,
      version: moved.version,
    });
    const stale = await trpcError(
      caller.case.task.assign({
        caseId: c.id,
        taskId: task.id,
        origin: "manual",
        version: 1,
        assigneeId: owner.id,
      }),
    );
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    const [row] = await api.db.select().from(caseTasks).where(eq(caseTasks.id, task.id));
    expect(row?.assigneeId).toBe(co.id);
    // Back to the owner: no name is stored, so the task follows the case when it is handed over.
    await (await as(manager)).case.task.assign({
      caseId: c.id,
      taskId: task.id,
      origin: "manual",
      version: moved.version,
      assigneeId: owner.id,
    });
    const [back] = await api.db.select().from(caseTasks).where(eq(caseTasks.id, task.id));
    expect(back?.assigneeId).toBeNull();
  });

  it("reassigns a workflow task against its own version", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const co = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    await api.assign(c.id, co.id);
    const task = await insertWorkflowTask(api.db, c.id);
    const caller = await as(owner);
    const input = {
      caseId: c.id,
      taskId: task.id,
      origin: "workflow" as const,
      version: 1,
      assigneeId: co.id,
    };
    expect((await caller.case.task.assign(input)).version).toBe(2);
    expect((await trpcError(caller.case.task.assign(input))).code).toBe("CONFLICT");
    const [row] = await api.db.select().from(caseWorkflowTasks).where(eq(caseWorkflowTasks.id, task.id));
    expect(row).toMatchObject({ assigneeId: co.id, version: 2 });
  });

  it("refuses someone off the case (BAD_REQUEST), a task of another case and a case out of scope (NOT_FOUND)", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const stranger = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    const other = await api.openCase(stranger, "avrr");
    const task = await insertTask(api.db, c.id);
    const foreign = await insertTask(api.db, other.id);
    const caller = await as(owner);
    const input = { caseId: c.id, taskId: task.id, origin: "manual" as const, version: 1 };
    const off = await trpcError(caller.case.task.assign({ ...input, assigneeId: stranger.id }));
    expect([off.code, off.message]).toEqual(["BAD_REQUEST", "assignee_not_on_case"]);
    expect(
      (await trpcError(caller.case.task.assign({ ...input, taskId: foreign.id, assigneeId: owner.id }))).code,
    ).toBe("NOT_FOUND");
    const outside = await trpcError(
      caller.case.task.assign({ ...input, caseId: other.id, taskId: foreign.id, assigneeId: owner.id }),
    );
    expect(outside.code).toBe("NOT_FOUND");
  });
});

describe("the team's tasks", () => {
  it("shows a manager the open tasks of their programmes, by assignee, without restricted cases", async () => {
    const worker = await api.createUser(["caseworker"], ["avrr", "labour_migration"]);
    const avrr = await api.openCase(worker, "avrr");
    const labour = await api.openCase(worker, "labour_migration");
    const hidden = await api.openCase(worker, "avrr");
    await api.db.update(cases).set({ restricted: true }).where(eq(cases.id, hidden.id));
    const task = await insertTask(api.db, avrr.id, "2020-01-01");
    await insertTask(api.db, labour.id);
    await insertTask(api.db, hidden.id);
    const boss = await as(manager);
    const team = await boss.case.task.team({ assigneeId: worker.id });
    expect(team.tasks.map((x) => x.id)).toEqual([task.id]);
    expect(team.tasks[0]).toMatchObject({ assigneeName: worker.name, caseReference: avrr.reference });
    expect(team.programmes).toEqual(["avrr"]);
    expect(team.staff.map((s) => s.id)).toContain(worker.id);
    expect((await boss.case.task.team({ assigneeId: manager.id })).tasks).toEqual([]);
    expect((await boss.case.task.team({ due: "overdue" })).tasks.map((x) => x.id)).toContain(task.id);
    expect(
      (await (await as(otherManager)).case.task.team({ assigneeId: worker.id })).tasks.map((x) => x.id),
    ).toEqual([expect.any(String)]);
    expect((await trpcError(boss.case.task.team({ programme: "labour_migration" }))).code).toBe("FORBIDDEN");
    expect((await trpcError((await as(worker)).case.task.team())).code).toBe("FORBIDDEN");
  });
});

const APPOINTMENT = {
  kind: "embassy_visit" as const,
  time: "09:30",
  durationMinutes: 90,
  place: "Embassy of Georgia, Vilnius",
  note: "Bring the passport photos",
};

describe("appointments", () => {
  it("are planned at the office's local time, changed against their version and cancelled, audited", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    const caller = await as(owner);
    const added = await caller.case.appointment.add({ caseId: c.id, ...APPOINTMENT, date: "2026-07-01" });
    const [row] = await api.db.select().from(caseAppointments).where(eq(caseAppointments.id, added.id));
    // Vilnius in July is UTC+3.
    expect(row?.startsAt.toISOString()).toBe("2026-07-01T06:30:00.000Z");
    expect(row?.attendeeId).toBeNull();
    expect((await api.lastAuditOf(owner.id))?.action).toBe("case.appointment.add");
    const [listed] = await caller.case.appointment.list({ caseId: c.id });
    expect(listed).toMatchObject({
      date: "2026-07-01",
      time: "09:30",
      attendeeName: owner.name,
      cancelled: false,
    });

    const edit = { caseId: c.id, appointmentId: added.id, ...APPOINTMENT, date: "2026-07-02", time: "11:00" };
    const edited = await caller.case.appointment.edit({ ...edit, version: 1 });
    expect(edited.version).toBe(2);
    const stale = await trpcError(caller.case.appointment.edit({ ...edit, version: 1, place: "Elsewhere" }));
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "stale_version"]);
    const staleCancel = await trpcError(
      caller.case.appointment.cancel({ caseId: c.id, appointmentId: added.id, version: 1 }),
    );
    expect(staleCancel.code).toBe("CONFLICT");
    await caller.case.appointment.cancel({
      caseId: c.id,
      appointmentId: added.id,
      version: 2,
      reason: "Ill",
    });
    const [cancelled] = await caller.case.appointment.list({ caseId: c.id });
    expect(cancelled).toMatchObject({
      cancelled: true,
      cancelReason: "Ill",
      place: "Embassy of Georgia, Vilnius",
    });
    const again = await trpcError(caller.case.appointment.edit({ ...edit, version: 3 }));
    expect([again.code, again.message]).toEqual(["BAD_REQUEST", "appointment_cancelled"]);
  });

  it("refuse an attendee off the case, and a case or appointment out of scope as NOT_FOUND", async () => {
    const owner = await api.createUser(["caseworker"], ["avrr"]);
    const stranger = await api.createUser(["caseworker"], ["avrr"]);
    const c = await api.openCase(owner, "avrr");
    const theirs = await api.openCase(stranger, "avrr");
    const caller = await as(owner);
    const off = await trpcError(
      caller.case.appointment.add({
        caseId: c.id,
        ...APPOINTMENT,
        date: "2026-07-01",
        attendeeId: stranger.id,
      }),
    );
    expect([off.code, off.message]).toEqual(["BAD_REQUEST", "attendee_not_on_case"]);
    expect((await trpcError(caller.case.appointment.list({ caseId: theirs.id }))).code).toBe("NOT_FOUND");
    const foreign = await (await as(stranger)).case.appointment.add({
      caseId: theirs.id,
      ...APPOINTMENT,
      date: "2026-07-01",
    });
    const wrongCase = await trpcError(
      caller.case.appointment.cancel({ caseId: c.id, appointmentId: foreign.id, version: 1 }),
    );
    expect(wrongCase.code).toBe("NOT_FOUND");
  });
});

describe("This week and the calendar feed", () => {
  async function setting() {
    const me = await api.createUser(["caseworker"], ["avrr", "counter_trafficking"]);
    const colleague = await api.createUser(["caseworker"], ["avrr", "counter_trafficking"]);
    const mine = await api.openCase(me, "avrr");
    const shelter = await api.openCase(me, "counter_trafficking");
    const shared = await api.openCase(colleague, "avrr");
    await api.assign(shared.id, me.id);
    const theirs = await api.openCase(colleague, "avrr");
    const day = today();
    const caller = await as(me);
    const a1 = await caller.case.appointment.add({ caseId: mine.id, ...APPOINTMENT, date: day });
    const a2 = await caller.case.appointment.add({
      caseId: shelter.id,
      ...APPOINTMENT,
      kind: "counselling",
      place: "Shelter, secret street 1",
      date: day,
      time: "15:00",
    });
    const a3 = await (await as(colleague)).case.appointment.add({
      caseId: shared.id,
      ...APPOINTMENT,
      date: day,
    });
    await (await as(colleague)).case.appointment.add({ caseId: theirs.id, ...APPOINTMENT, date: day });
    return { me, colleague, mine, shelter, shared, a1, a2, a3, caller };
  }

  it("This week shows my appointments and those of my cases, and none of colleagues' other cases", async () => {
    const { caller, a1, a2, a3, me, shared } = await setting();
    const week = await caller.calendar.week();
    expect(week.days).toHaveLength(7);
    expect(week.start).toBe(officeWeek(today()).start);
    expect(week.appointments.map((a) => a.id).sort()).toEqual([a1.id, a2.id, a3.id].sort());
    // A week without them.
    expect((await caller.calendar.week({ day: week.next })).appointments).toEqual([]);
    // Taken off the shared case: its appointment is gone at once.
    await (await as(manager)).case.team.unassign({ caseId: shared.id, version: 1, userId: me.id, note: "" });
    expect((await caller.calendar.week()).appointments.map((a) => a.id).sort()).toEqual(
      [a1.id, a2.id].sort(),
    );
  });

  it("serves the feed with the kind and the reference only, to the current token only, in scope now", async () => {
    const { caller, me, mine, shelter, shared, a3 } = await setting();
    expect(await caller.calendar.feed.status()).toMatchObject({ active: false });
    const { token } = await caller.calendar.feed.renew();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await api.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "calendar.feed.renew"))
      .limit(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    const ics = await calendarFeed({ db: api.db, ip: IP }, token, labels);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`SUMMARY:kind:embassy_visit · ${mine.reference}`);
    expect(ics).toContain(`SUMMARY:kind:counselling · ${shelter.reference}`);
    expect(ics).toContain("LOCATION:Embassy of Georgia\\, Vilnius");
    // Never the person's name or the note; no place of a restricted (counter-trafficking) case.
    expect(ics).not.toContain(PERSON.givenName);
    expect(ics).not.toContain("passport photos");
    expect(ics).not.toContain("secret street");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect((await caller.calendar.feed.status()).lastUsedAt).not.toBeNull();
    expect((await api.lastAuditOf(me.id))?.action).toBe("calendar.feed.read");

    // Scope at request time: taken off the shared case, its appointment leaves the feed.
    await (await as(manager)).case.team.unassign({ caseId: shared.id, version: 1, userId: me.id, note: "" });
    const after = await calendarFeed({ db: api.db, ip: IP }, token, labels);
    expect(after.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(after).not.toContain(a3.id);

    // A new token replaces the old one; a revoked one answers nothing; a wrong one neither.
    const { token: renewed } = await caller.calendar.feed.renew();
    expect((await trpcError(calendarFeed({ db: api.db, ip: IP }, token, labels))).code).toBe("NOT_FOUND");
    expect(await calendarFeed({ db: api.db, ip: IP }, renewed, labels)).toContain("BEGIN:VEVENT");
    expect(await caller.calendar.feed.revoke()).toEqual({ revoked: true });
    expect((await trpcError(calendarFeed({ db: api.db, ip: IP }, renewed, labels))).code).toBe("NOT_FOUND");
    expect((await trpcError(calendarFeed({ db: api.db, ip: IP }, "x".repeat(43), labels))).code).toBe(
      "NOT_FOUND",
    );
    expect((await trpcError(calendarFeed({ db: api.db, ip: IP }, "../etc", labels))).code).toBe("NOT_FOUND");
    const refusals = await api.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.action, "calendar.feed.read"), eq(auditLog.outcome, "denied")))
      .orderBy(desc(auditLog.seq))
      .limit(2);
    expect(refusals.map((r) => r.detail)).toEqual([
      { code: "NOT_FOUND", reason: "invalid_token" },
      { code: "NOT_FOUND", reason: "unknown_token" },
    ]);
  });

  it("answers nothing to the feed of a deactivated account", async () => {
    const { caller, me } = await setting();
    const { token } = await caller.calendar.feed.renew();
    await api.db.update(users).set({ active: false }).where(eq(users.id, me.id));
    expect((await trpcError(calendarFeed({ db: api.db, ip: IP }, token, labels))).code).toBe("NOT_FOUND");
  });
});
