import { describe, expect, it } from "vitest";
import { zoneCalendar } from "../support/calendar";
import { compileMonthlyReport, type MonthRaw } from "@/lib/supervision/monthly";

// An ordinary calendar: Fridays 18:00, no holidays.
const zone = zoneCalendar();
const item = (id: string, leadUnitId: string, startDate: string, extra: Partial<MonthRaw["items"][number]> = {}) => ({
  id,
  code: id,
  title: `事项${id}`,
  leadUnitId,
  startDate,
  dueDate: "2027-06-30",
  status: "ACTIVE" as const,
  completedAt: null,
  curve: "LINEAR" as const,
  points: null,
  recurrence: "NONE" as const,
  indicators: [],
  ...extra,
});

// November 2026: report deadlines on Fridays 6, 13, 20 and 27.
const raw: MonthRaw = {
  year: 2026,
  month: 11,
  zone,
  now: new Date("2026-12-15T00:00:00Z"),
  excused: [],
  units: [
    { id: "u1", name: "科技局", active: true, kind: "DEPARTMENT", park: null },
    { id: "u2", name: "新材料园", active: true, kind: "PARK", park: "新材料园" },
    { id: "u3", name: "无事项单位", active: true, kind: "DEPARTMENT", park: null },
  ],
  items: [
    item("a", "u1", "2026-09-01"),
    item("b", "u1", "2026-09-01", { status: "COMPLETED", completedAt: new Date("2026-11-19T02:00:00Z") }),
    item("c", "u2", "2026-11-16"),
    item("old", "u2", "2026-01-01", { status: "COMPLETED", completedAt: new Date("2026-10-01T02:00:00Z") }),
  ],
  reports: [
    { unitId: "u1", isoYear: 2026, isoWeek: 45, submittedAt: new Date("2026-11-06T08:00:00Z"), lateMinutes: 0 },
    { unitId: "u1", isoYear: 2026, isoWeek: 46, submittedAt: new Date("2026-11-13T12:00:00Z"), lateMinutes: 120 },
    { unitId: "u1", isoYear: 2026, isoWeek: 47, submittedAt: new Date("2026-11-20T09:00:00Z"), lateMinutes: 0 },
    { unitId: "u2", isoYear: 2026, isoWeek: 47, submittedAt: null, lateMinutes: null },
  ],
  entries: [
    { workItemId: "a", isoYear: 2026, isoWeek: 44, progress: 30, values: [] },
    { workItemId: "b", isoYear: 2026, isoWeek: 44, progress: 80, values: [] },
    { workItemId: "a", isoYear: 2026, isoWeek: 48, progress: 45, values: [] },
    { workItemId: "b", isoYear: 2026, isoWeek: 48, progress: 100, values: [] },
  ],
  warningEvents: [
    { unitId: "u2", type: "OPENED", level: "RED", at: new Date("2026-11-21T02:00:00Z") },
    { unitId: "u2", type: "OPENED", level: "YELLOW", at: new Date("2026-10-21T02:00:00Z") },
    { unitId: "u1", type: "RESOLVED", level: "YELLOW", at: new Date("2026-11-10T02:00:00Z") },
  ],
  inspections: [{ unitId: "u2", date: "2026-11-18", rating: "POOR", inspectors: "王", findings: "推进迟缓", rectificationRequired: true, rectificationDue: "2026-12-05", rectifiedAt: null }],
  decisions: [
    { code: "D2026-11-1", content: "限期完成", meeting: "11月调度会", meetingDate: "2026-11-25", assigneeUnitId: "u2", dueDate: "2026-12-10", status: "OPEN", progress: 20, completedAt: null },
    { code: "D2026-10-2", content: "已完成", meeting: "10月调度会", meetingDate: "2026-10-25", assigneeUnitId: "u1", dueDate: "2026-11-20", status: "DONE", progress: 100, completedAt: new Date("2026-11-19T02:00:00Z") },
    { code: "D2026-10-3", content: "逾期", meeting: "10月调度会", meetingDate: "2026-10-25", assigneeUnitId: "u1", dueDate: "2026-11-25", status: "OPEN", progress: 60, completedAt: null },
  ],
};

describe("the monthly supervision report", () => {
  const report = compileMonthlyReport(raw);

  it("counts the weeks whose deadline fell in the month and each unit's owed reports", () => {
    expect(report.period.weeks).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
    const [u1, u2] = report.units;
    expect(u1).toMatchObject({ owed: 4, onTime: 2, late: 1, missing: 1, submissionRate: 75, onTimeRate: 50, averageLateMinutes: 120 });
    // Item c started on 2026-11-16: owed from week 47.
    expect(u2).toMatchObject({ owed: 2, onTime: 0, late: 0, missing: 2, submissionRate: 0 });
    expect(report.units.map((unit) => unit.unitId)).toEqual(["u1", "u2"]); // no items, nothing owed: left out
    expect(report.summary).toMatchObject({ units: 2, owed: 6, submitted: 3, onTime: 2, late: 1, missing: 3, submissionRate: 50 });
  });

  it("measures progress moved and items completed in the month", () => {
    const [u1, u2] = report.units;
    expect(u1).toMatchObject({ items: 2, progressStart: 55, progressEnd: 72.5, progressMoved: 17.5, completed: 1 });
    expect(u2).toMatchObject({ items: 1, progressStart: 0, progressEnd: 0 });
    expect(report.completedItems).toEqual([{ code: "b", title: "事项b", unit: "科技局", completedOn: "2026-11-19" }]);
  });

  it("counts warnings, inspections and decisions of the month", () => {
    expect(report.warnings).toEqual({ opened: { BLUE: 0, YELLOW: 0, ORANGE: 0, RED: 1 }, resolved: 1 });
    expect(report.ratings).toEqual({ EXCELLENT: 0, GOOD: 0, FAIR: 0, POOR: 1 });
    expect(report.inspections[0]).toMatchObject({ unit: "新材料园", rectificationRequired: true, rectified: false });
    expect(report.decisions.map((decision) => [decision.code, decision.overdue])).toEqual([["D2026-11-1", false], ["D2026-10-2", false], ["D2026-10-3", true]]);
    expect(report.summary).toMatchObject({ decisions: 3, decisionsDone: 1, decisionsOverdue: 1, warningsOpened: 1, inspections: 1 });
  });

  it("covers only the days so far while the month runs", () => {
    const running = compileMonthlyReport({ ...raw, now: new Date("2026-11-14T00:00:00Z") });
    expect(running.period.weeks).toEqual(["2026-W45", "2026-W46"]);
    expect(running.inspections).toEqual([]);
  });
});
