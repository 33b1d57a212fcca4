import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MONITORING_SCHEDULE_V1,
  monitoringContactProblem,
  monitoringSchedule,
  monitoringTaskKind,
} from "../../src/reintegration/monitoring-schedule";
import { addCalendarMonths } from "../../src/workflows/calendar";

describe("monitoringSchedule", () => {
  it("has no points without an arrival date", () => {
    expect(monitoringSchedule(null, [], "2026-01-01")).toEqual([]);
  });

  it("counts each point in calendar months from the arrival date", () => {
    const points = monitoringSchedule("2026-01-31", [], "2026-02-01");
    expect(points.map((p) => [p.monthsAfterArrival, p.dueDate])).toEqual([
      [3, "2026-04-30"],
      [6, "2026-07-31"],
      [12, "2027-01-31"],
    ]);
    expect(points.map((p) => p.status)).toEqual(["upcoming", "upcoming", "upcoming"]);
  });

  it("is due within the window, not overdue on the day itself, overdue the day after", () => {
    const at = (today: string) => monitoringSchedule("2026-01-10", [], today)[0]?.status;
    expect(at("2026-03-10")).toBe("upcoming"); // 31 days before 10 April
    expect(at("2026-03-11")).toBe("due"); // 30 days before
    expect(at("2026-04-10")).toBe("due");
    expect(at("2026-04-11")).toBe("overdue");
  });

  it("is done once a contact was recorded for the point, whenever it was, and names the earliest", () => {
    const points = monitoringSchedule(
      "2026-01-10",
      [
        { id: "b", pointMonths: 3, date: "2026-05-02" },
        { id: "a", pointMonths: 3, date: "2026-04-20" },
        { id: "x", pointMonths: null, date: "2026-07-01" },
      ],
      "2026-08-01",
    );
    expect(points.map((p) => [p.status, p.visitId])).toEqual([
      ["done", "a"],
      ["overdue", null],
      ["upcoming", null],
    ]);
  });

  it("gives every point of the schedule, in order, each status consistent with the dates", () => {
    const day = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        day,
        fc.subarray([...MONITORING_SCHEDULE_V1.pointsMonths]),
        (arrival, today, visited) => {
          const contacts = visited.map((m) => ({ id: `v${m}`, pointMonths: m, date: arrival }));
          const points = monitoringSchedule(arrival, contacts, today);
          expect(points.map((p) => p.monthsAfterArrival)).toEqual([...MONITORING_SCHEDULE_V1.pointsMonths]);
          for (const point of points) {
            expect(point.dueDate).toBe(addCalendarMonths(arrival, point.monthsAfterArrival));
            if (visited.includes(point.monthsAfterArrival)) expect(point.status).toBe("done");
            else if (point.dueDate < today) expect(point.status).toBe("overdue");
            else expect(["due", "upcoming"]).toContain(point.status);
          }
        },
      ),
    );
  });
});

describe("monitoringContactProblem", () => {
  it("needs the arrival date, and a contact on or after it", () => {
    expect(monitoringContactProblem(null, { date: "2026-01-01" })).toBe("arrival_missing");
    expect(monitoringContactProblem("2026-01-02", { date: "2026-01-01" })).toBe("before_arrival");
    expect(monitoringContactProblem("2026-01-01", { date: "2026-01-01" })).toBeNull();
  });
});

describe("monitoringTaskKind", () => {
  it("names the arrival's task of each point of the schedule, and none for an extra contact", () => {
    expect(MONITORING_SCHEDULE_V1.pointsMonths.map(monitoringTaskKind)).toEqual([
      "monitoring_3_months",
      "monitoring_6_months",
      "monitoring_12_months",
    ]);
    expect(monitoringTaskKind(null)).toBeNull();
    expect(monitoringTaskKind(9)).toBeNull();
  });
});
