import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  appointmentAddInput,
  calendarFeedToken,
  compareOpenTasks,
  feedEventOf,
  matchesDueFilter,
  myTasksInput,
  officeInstant,
  officeLocal,
  officeWeek,
  officeWeekSpan,
  taskAddInput,
  taskDueGroup,
} from "../src";

describe("office weeks", () => {
  it("run from Monday to Sunday", () => {
    expect(officeWeek("2026-12-09")).toEqual({ start: "2026-12-07", end: "2026-12-13" }); // a Wednesday
    expect(officeWeek("2026-12-07")).toEqual({ start: "2026-12-07", end: "2026-12-13" }); // Monday
    expect(officeWeek("2026-12-13")).toEqual({ start: "2026-12-07", end: "2026-12-13" }); // Sunday
    expect(officeWeek("2027-01-01")).toEqual({ start: "2026-12-28", end: "2027-01-03" });
  });

  it("always hold their day, start on a Monday and last seven days (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_500 }), (n) => {
        const day = addDays("2000-01-01", n);
        const { start, end } = officeWeek(day);
        expect(start <= day && day <= end).toBe(true);
        expect(new Date(`${start}T12:00:00Z`).getUTCDay()).toBe(1);
        expect(addDays(start, 6)).toBe(end);
      }),
    );
  });
});

describe("task due groups and filters", () => {
  const today = "2026-12-09"; // Wednesday; the week ends on Sunday the 13th
  it("groups by where the due date stands", () => {
    expect(taskDueGroup("2026-12-08", today)).toBe("overdue");
    expect(taskDueGroup(today, today)).toBe("today");
    expect(taskDueGroup("2026-12-13", today)).toBe("this_week");
    expect(taskDueGroup("2026-12-14", today)).toBe("later");
    expect(taskDueGroup(null, today)).toBe("undated");
  });

  it("keeps overdue tasks for 'overdue', and everything due by Sunday for 'this week'", () => {
    expect(matchesDueFilter("2026-12-08", "overdue", today)).toBe(true);
    expect(matchesDueFilter(today, "overdue", today)).toBe(false);
    expect(matchesDueFilter("2026-12-01", "week", today)).toBe(true);
    expect(matchesDueFilter("2026-12-13", "week", today)).toBe(true);
    expect(matchesDueFilter("2026-12-14", "week", today)).toBe(false);
    expect(matchesDueFilter(null, "week", today)).toBe(false);
    expect(matchesDueFilter(null, undefined, today)).toBe(true);
  });

  it("sorts by due date then priority, or by priority then due date", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const a = { dueDate: "2026-12-10", priority: "low" as const, createdAt: at };
    const b = { dueDate: "2026-12-11", priority: "high" as const, createdAt: at };
    const c = { dueDate: null, priority: "high" as const, createdAt: at };
    expect([c, b, a].sort((x, y) => compareOpenTasks(x, y, "due"))).toEqual([a, b, c]);
    expect([a, c, b].sort((x, y) => compareOpenTasks(x, y, "priority"))).toEqual([b, c, a]);
  });

  it("reads the filters of the page's address, refusing what it does not know", () => {
    expect(myTasksInput.parse({})).toEqual({ sort: "due" });
    expect(myTasksInput.safeParse({ due: "someday" }).success).toBe(false);
    expect(myTasksInput.safeParse({ programme: "avrr", due: "week" }).success).toBe(true);
  });

  it("gives a new task normal priority and the case's owner unless told otherwise", () => {
    const parsed = taskAddInput.parse({
      caseId: "00000000-0000-4000-8000-000000000001",
      title: "Call",
      dueDate: null,
    });
    expect(parsed).toMatchObject({ priority: "normal", assigneeId: null });
    expect(taskAddInput.safeParse({ ...parsed, priority: "urgent" }).success).toBe(false);
  });
});

describe("office local time (Europe/Vilnius)", () => {
  it("reads winter (UTC+2) and summer (UTC+3) times", () => {
    expect(officeInstant("2026-12-09", "10:30").toISOString()).toBe("2026-12-09T08:30:00.000Z");
    expect(officeInstant("2026-07-01", "10:30").toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(officeLocal(new Date("2026-07-01T07:30:00Z"))).toEqual({ date: "2026-07-01", time: "10:30" });
  });

  it("moves a time the spring change skips an hour later, and takes the first of a time shown twice", () => {
    // 29 March 2026: 03:00 becomes 04:00. 25 October 2026: 04:00 becomes 03:00.
    expect(officeInstant("2026-03-29", "03:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(officeLocal(officeInstant("2026-03-29", "03:30")).time).toBe("04:30");
    expect(officeInstant("2026-10-25", "03:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("gives back the local time it was given, outside the changes (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 36_000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (n, h, m) => {
          const date = addDays("2000-01-01", n);
          const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          const local = officeLocal(officeInstant(date, time));
          if (h !== 3) expect(local).toEqual({ date, time });
        },
      ),
    );
  });

  it("spans a week from Monday midnight to the next, local", () => {
    const span = officeWeekSpan("2026-12-09");
    expect(span.from.toISOString()).toBe("2026-12-06T22:00:00.000Z");
    expect(span.to.toISOString()).toBe("2026-12-13T22:00:00.000Z");
  });
});

describe("appointments", () => {
  const valid = {
    caseId: "00000000-0000-4000-8000-000000000001",
    kind: "embassy_visit",
    date: "2026-12-10",
    time: "09:15",
    durationMinutes: 60,
    place: "Embassy of Georgia, Vilnius",
  };
  it("accept a kind, a date, a time of day, a place and an optional note", () => {
    expect(appointmentAddInput.parse(valid)).toMatchObject({ note: "", attendeeId: null });
  });

  it.each([
    ["time", "24:00", "invalid_time"],
    ["time", "9:15", "invalid_time"],
    ["date", "2026-02-30", "invalid_date"],
    ["place", "  ", "required"],
  ])("refuse %s %j as %s", (field, value, message) => {
    const result = appointmentAddInput.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("refuse an unknown kind and a duration beyond a day", () => {
    expect(appointmentAddInput.safeParse({ ...valid, kind: "party" }).success).toBe(false);
    expect(appointmentAddInput.safeParse({ ...valid, durationMinutes: 24 * 60 + 1 }).success).toBe(false);
  });

  it("send the kind and the case reference to a calendar, never the note, and no place of a restricted case", () => {
    const appointment = {
      id: "a1",
      kind: "counselling" as const,
      caseReference: "CT-2026-0004",
      restricted: true,
      place: "Shelter, Gedimino pr. 1",
      startsAt: new Date("2026-12-10T08:00:00Z"),
      durationMinutes: 90,
      cancelled: false,
    };
    const event = feedEventOf(appointment, "Counselling session");
    expect(event).toEqual({
      id: "a1",
      start: appointment.startsAt,
      end: new Date("2026-12-10T09:30:00Z"),
      summary: "Counselling session · CT-2026-0004",
      location: null,
      cancelled: false,
    });
    expect(feedEventOf({ ...appointment, restricted: false }, "x").location).toBe("Shelter, Gedimino pr. 1");
  });

  it("take feed tokens of the shape the API hands out only", () => {
    expect(calendarFeedToken.safeParse("a".repeat(43)).success).toBe(true);
    expect(calendarFeedToken.safeParse("a".repeat(42)).success).toBe(false);
    expect(calendarFeedToken.safeParse(`${"a".repeat(42)}/`).success).toBe(false);
  });
});
