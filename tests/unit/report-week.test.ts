import { describe, expect, it } from "vitest";
import { entriesByItem, entryAsOf, indicatorAsOf, owedReports, reportOutcome, weeksWithDeadlineIn } from "@/lib/reports/report-history";
import { currentReportWeek, deadlineCountdown, isReportableWeek, itemDueInWeek, itemOwesReport, reportWeek, unitOwesWeek } from "@/lib/reports/week";
import { zoneCalendar } from "../support/calendar";

// The unit tests run with TZ=America/Los_Angeles: nothing here may depend on the server's zone.
// An ordinary calendar (no holidays): the calendar's rules are tested in working-calendar.test.ts.
const shanghai = zoneCalendar();

describe("the report week and its deadline in the zone's time zone", () => {
  it("runs on a server in another time zone", () => {
    expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(-480); // not Shanghai (npm run test:unit uses Los Angeles)
  });

  it("puts the deadline on Friday 18:00 Shanghai time", () => {
    const week = reportWeek({ isoYear: 2026, isoWeek: 47 }, shanghai);
    expect(week.mondayKey).toBe("2026-11-16");
    expect(week.sundayKey).toBe("2026-11-22");
    expect(week.weekStart.toISOString()).toBe("2026-11-15T16:00:00.000Z");
    expect(week.deadline.toISOString()).toBe("2026-11-20T10:00:00.000Z");
  });

  it("counts down to the exact second of the deadline, and lateness after it", () => {
    const { deadline } = reportWeek({ isoYear: 2026, isoWeek: 47 }, shanghai);
    const at = (offsetMs: number) => deadlineCountdown(new Date(deadline.getTime() + offsetMs), deadline);
    expect(at(-60_000)).toEqual({ minutesLeft: 1, minutesLate: 0 });
    expect(at(-1)).toEqual({ minutesLeft: 0, minutesLate: 0 });
    expect(at(0)).toEqual({ minutesLeft: 0, minutesLate: 0 });
    expect(at(1)).toEqual({ minutesLeft: -1, minutesLate: 1 });
    expect(at(90 * 60_000)).toEqual({ minutesLeft: -90, minutesLate: 90 });
  });

  it("knows the week of an instant by the zone's calendar across the year end", () => {
    // Sunday 2026-01-04 16:30 UTC is Monday 2026-01-05 00:30 in Shanghai: week 2, not week 1.
    expect(currentReportWeek(new Date("2026-01-04T16:30:00Z"), shanghai)).toMatchObject({ isoYear: 2026, isoWeek: 2 });
    // 2027-01-01 is in ISO week 2026-W53; its deadline is Friday 2027-01-01 18:00.
    const week = currentReportWeek(new Date("2027-01-01T03:00:00Z"), shanghai);
    expect(week).toMatchObject({ isoYear: 2026, isoWeek: 53, mondayKey: "2026-12-28" });
    expect(week.deadline.toISOString()).toBe("2027-01-01T10:00:00.000Z");
  });

  it("follows a zone's own deadline rule", () => {
    const thursdayNoon = zoneCalendar({ deadline: { weekday: 4, time: "12:00" } });
    expect(reportWeek({ isoYear: 2026, isoWeek: 47 }, thursdayNoon).deadline.toISOString()).toBe("2026-11-19T04:00:00.000Z");
  });

  it("refuses future weeks", () => {
    const now = new Date("2026-11-18T02:00:00Z");
    expect(isReportableWeek({ isoYear: 2026, isoWeek: 47 }, now, shanghai.zone)).toBe(true);
    expect(isReportableWeek({ isoYear: 2026, isoWeek: 40 }, now, shanghai.zone)).toBe(true);
    expect(isReportableWeek({ isoYear: 2026, isoWeek: 48 }, now, shanghai.zone)).toBe(false);
  });
});

describe("which items a unit owes a report on", () => {
  const week = reportWeek({ isoYear: 2026, isoWeek: 47 }, shanghai);
  const item = { startDate: "2026-11-01", status: "ACTIVE" as const, completedAt: null };

  it("puts items started by Sunday, not archived, not completed before the week, in the week's form", () => {
    expect(itemDueInWeek(item, week)).toBe(true);
    expect(itemDueInWeek({ ...item, startDate: "2026-11-22" }, week)).toBe(true);
    expect(itemDueInWeek({ ...item, startDate: "2026-11-23" }, week)).toBe(false);
    expect(itemDueInWeek({ ...item, status: "ARCHIVED" }, week)).toBe(false);
    expect(itemDueInWeek({ ...item, status: "COMPLETED", completedAt: new Date("2026-11-15T15:59:59Z") }, week)).toBe(false);
    expect(itemDueInWeek({ ...item, status: "COMPLETED", completedAt: new Date("2026-11-15T16:00:00Z") }, week)).toBe(true);
  });

  // Week 47: Monday 2026-11-16 00:00 Shanghai = 2026-11-15T16:00Z; deadline Friday 2026-11-20.
  it("makes the unit owe the report only for items started by the deadline's day and still open at the week's start", () => {
    expect(week.deadlineKey).toBe("2026-11-20");
    expect(itemOwesReport({ ...item, startDate: "2026-11-20" }, week)).toBe(true);
    // Starting on the Saturday after the deadline: in the form, but nothing was owed by Friday.
    expect(itemOwesReport({ ...item, startDate: "2026-11-21" }, week)).toBe(false);
    expect(itemDueInWeek({ ...item, startDate: "2026-11-21" }, week)).toBe(true);
    expect(itemOwesReport({ ...item, status: "ARCHIVED" }, week)).toBe(false);
    // Completed at the very start of the week: done before anything was owed.
    expect(itemOwesReport({ ...item, status: "COMPLETED", completedAt: new Date("2026-11-15T16:00:00Z") }, week)).toBe(false);
    expect(itemOwesReport({ ...item, status: "COMPLETED", completedAt: new Date("2026-11-15T16:00:01Z") }, week)).toBe(true);
  });
});

describe("who owes a week's report", () => {
  const week = reportWeek({ isoYear: 2026, isoWeek: 47 }, shanghai);
  const led = [{ startDate: "2026-11-01", status: "ACTIVE" as const, completedAt: null }];
  const unit = { id: "u1", active: true, kind: "DEPARTMENT" };

  it("is an active unit, not the office, not excused, leading an item that owes it, in a week the calendar owes", () => {
    expect(unitOwesWeek(unit, led, week, false)).toBe(true);
    expect(unitOwesWeek({ ...unit, active: false }, led, week, false)).toBe(false);
    expect(unitOwesWeek({ ...unit, kind: "OFFICE" }, led, week, false)).toBe(false);
    expect(unitOwesWeek(unit, led, week, true)).toBe(false);
    expect(unitOwesWeek(unit, [], week, false)).toBe(false);
    expect(unitOwesWeek(unit, led, reportWeek({ isoYear: 2026, isoWeek: 47 }, zoneCalendar({ reportingStartsOn: "2026-11-23" })), false)).toBe(false);
  });
});

describe("the report ledger of a period", () => {
  it("takes the weeks whose deadline falls in the period and has passed, across a year end", () => {
    const weeks = weeksWithDeadlineIn("2026-12-01", "2027-01-31", shanghai, new Date("2027-01-15T10:00:00Z"));
    expect(weeks.map((week) => `${week.isoYear}-${week.isoWeek}`)).toEqual(["2026-49", "2026-50", "2026-51", "2026-52", "2026-53", "2027-1", "2027-2"]);
    // The deadline of 2027-W02 is 2027-01-15 10:00 UTC exactly: included at that instant, not a millisecond before.
    expect(weeksWithDeadlineIn("2027-01-01", "2027-01-31", shanghai, new Date("2027-01-15T09:59:59.999Z")).map((week) => week.isoWeek)).toEqual([53, 1]);
  });

  it("records each owed week as on time, late or missing", () => {
    const weeks = weeksWithDeadlineIn("2026-11-01", "2026-11-30", shanghai, new Date("2026-12-01T00:00:00Z"));
    const items = [
      { id: "a", leadUnitId: "u1", startDate: "2026-10-01", status: "ACTIVE" as const, completedAt: null },
      { id: "b", leadUnitId: "u2", startDate: "2026-11-18", status: "ACTIVE" as const, completedAt: null },
    ];
    const reports = [
      { unitId: "u1", isoYear: 2026, isoWeek: 45, submittedAt: new Date("2026-11-06T09:00:00Z"), lateMinutes: 0 },
      { unitId: "u1", isoYear: 2026, isoWeek: 46, submittedAt: new Date("2026-11-13T11:00:00Z"), lateMinutes: 60 },
      { unitId: "u1", isoYear: 2026, isoWeek: 47, submittedAt: null, lateMinutes: null },
    ];
    const units = [
      { id: "u1", active: true, kind: "DEPARTMENT" },
      { id: "u2", active: true, kind: "PARK" },
    ];
    const owed = owedReports(units, items, reports, weeks);
    expect(owed.get("u1")!.map((row) => row.outcome)).toEqual(["ON_TIME", "LATE", "MISSING", "MISSING"]);
    expect(owed.get("u2")!.map((row) => row.week)).toEqual(["2026-W47", "2026-W48"]);
    expect(reportOutcome(undefined)).toEqual({ outcome: "MISSING", lateMinutes: 0 });
    // An excused week (免报) is not owed: u1's W47 drops out; an inactive unit owes nothing.
    const excused = owedReports(units, items, reports, weeks, new Set(["u1:2026-W47"]));
    expect(excused.get("u1")!.map((row) => row.week)).toEqual(["2026-W45", "2026-W46", "2026-W48"]);
    expect(owedReports([{ id: "u1", active: false, kind: "DEPARTMENT" }], items, reports, weeks).get("u1")).toBeUndefined();
  });

  it("owes no week before reporting started: the week of the start date is the first", () => {
    // Reporting starts on Wednesday 2026-11-11: its week (W46) is owed, W45 is not.
    const weeks = weeksWithDeadlineIn("2026-11-01", "2026-11-30", zoneCalendar({ reportingStartsOn: "2026-11-11" }), new Date("2026-12-01T00:00:00Z"));
    expect(weeks.map((week) => week.isoWeek)).toEqual([46, 47, 48]);
    expect(weeksWithDeadlineIn("2026-11-01", "2026-11-30", zoneCalendar({ reportingStartsOn: null }), new Date("2026-12-01T00:00:00Z"))).toEqual([]);
  });

  it("reads an item's progress and indicator as of a week, skipping empty progress", () => {
    const list = entriesByItem([
      { workItemId: "a", isoYear: 2026, isoWeek: 46, progress: null, values: [{ indicatorId: "k1", value: 13 }] },
      { workItemId: "a", isoYear: 2026, isoWeek: 47, progress: 50, values: [{ indicatorId: "k2", value: 3 }] },
      { workItemId: "a", isoYear: 2026, isoWeek: 45, progress: 30, values: [{ indicatorId: "k1", value: 12 }] },
      { workItemId: "a", isoYear: 2027, isoWeek: 1, progress: 70, values: [{ indicatorId: "k1", value: 15 }] },
    ]).get("a");
    expect(entryAsOf(list, { isoYear: 2026, isoWeek: 44 })).toBeNull();
    // W46's entry has no progress figure: W45's 30 % stands (an empty field is never 0 %).
    expect(entryAsOf(list, { isoYear: 2026, isoWeek: 46 })?.progress).toBe(30);
    expect(entryAsOf(list, { isoYear: 2026, isoWeek: 53 })?.progress).toBe(50);
    // Each indicator by itself: an entry may give one and leave another empty.
    expect(indicatorAsOf(list, { isoYear: 2026, isoWeek: 53 }, "k1")).toBe(13);
    expect(indicatorAsOf(list, { isoYear: 2026, isoWeek: 53 }, "k2")).toBe(3);
    expect(indicatorAsOf(list, { isoYear: 2027, isoWeek: 1 }, "k1")).toBe(15);
    expect(indicatorAsOf(list, { isoYear: 2026, isoWeek: 45 }, "k2")).toBeNull();
  });
});
