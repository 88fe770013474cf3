// The zone calendar as read from the database (lib/calendar/load.ts, one statement): the zone's
// settings, its calendar days, the required holiday weeks and the reporting start, explicit or
// from the zone's first report (its Monday on the zone's clock, not UTC's).
import { beforeAll, describe, expect, it } from "vitest";
import { loadZoneCalendar } from "@/lib/calendar/load";
import { db } from "@/lib/db/client";
import { createCalendarFixture, fileReport, type CalendarFixture } from "./support/calendar-fixture";

const day = (key: string) => new Date(`${key}T00:00:00Z`);
let explicit: CalendarFixture;
let fromReports: CalendarFixture;
let empty: CalendarFixture;

beforeAll(async () => {
  const items = { A: { lead: "u1", start: "2026-01-05", due: "2026-12-31" } };
  explicit = await createCalendarFixture({ prefix: "zcl1", reportingStartsOn: "2026-02-11", holidayPolicy: "AFTER", units: ["u1"], items });
  await db.zone.update({ where: { id: explicit.zoneId }, data: { reportDeadlineWeekday: 4, reportDeadlineTime: "17:30" } });
  await db.calendarDay.createMany({
    data: [
      { zoneId: explicit.zoneId, date: day("2026-10-10"), kind: "WORKDAY", name: "国庆节" },
      { zoneId: explicit.zoneId, date: day("2026-10-01"), kind: "HOLIDAY", name: "国庆节" },
      { zoneId: explicit.zoneId, date: day("2026-02-16"), kind: "HOLIDAY", name: "春节" },
    ],
  });
  await db.requiredReportWeek.createMany({
    data: [
      { zoneId: explicit.zoneId, isoYear: 2026, isoWeek: 8, reason: "春节期间重点项目攻坚" },
      { zoneId: explicit.zoneId, isoYear: 2025, isoWeek: 52, reason: "年底冲刺" },
    ],
  });
  // A report earlier than the explicit start does not move it.
  await fileReport(explicit, "u1", { isoYear: 2026, isoWeek: 2 }, ["2026-01-09", "17:00"], { A: 5 });

  fromReports = await createCalendarFixture({ prefix: "zcl2", units: ["u1", "u2"], items: { A: items.A, B: { lead: "u2", start: "2026-01-05", due: "2026-12-31" } } });
  // W20 filed first, W12 (Monday 2026-03-16) second: the earliest week counts, not the first filed.
  await fileReport(fromReports, "u2", { isoYear: 2026, isoWeek: 20 }, ["2026-05-15", "17:00"], { B: 40 });
  await fileReport(fromReports, "u1", { isoYear: 2026, isoWeek: 12 }, ["2026-03-20", "17:00"], { A: 10 });

  empty = await createCalendarFixture({ prefix: "zcl3", units: ["u1"], items });
});

describe("loadZoneCalendar", () => {
  it("reads the zone's settings, days and required weeks, and keeps its explicit reporting start", async () => {
    const loaded = await loadZoneCalendar(db, explicit.zoneId);
    expect(loaded.zone).toEqual({
      timeZone: "Asia/Shanghai",
      deadline: { weekday: 4, time: "17:30" },
      holidayPolicy: "AFTER",
      reportingStartsOn: "2026-02-11",
      requiredWeeks: ["2025-W52", "2026-W08"],
    });
    expect([...loaded.calendar.days.entries()].sort(([a], [b]) => a.localeCompare(b))).toEqual([
      ["2026-02-16", { date: "2026-02-16", kind: "HOLIDAY", name: "春节" }],
      ["2026-10-01", { date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" }],
      ["2026-10-10", { date: "2026-10-10", kind: "WORKDAY", name: "国庆节" }],
    ]);
  });

  it("starts reporting in the week of the zone's earliest report, on the zone's clock", async () => {
    // weekStart is Monday 00:00 in Shanghai, i.e. Sunday 2026-03-15 16:00 UTC.
    const loaded = await loadZoneCalendar(db, fromReports.zoneId);
    expect(loaded.zone.reportingStartsOn).toBe("2026-03-16");
    expect(loaded.zone.holidayPolicy).toBe("BEFORE");
    expect(loaded.zone.requiredWeeks).toEqual([]);
    expect(loaded.calendar.days.size).toBe(0);
  });

  it("owes nothing in a zone with no start and no report, with the default deadline", async () => {
    const loaded = await loadZoneCalendar(db, empty.zoneId);
    expect(loaded.zone).toEqual({ timeZone: "Asia/Shanghai", deadline: { weekday: 5, time: "18:00" }, holidayPolicy: "BEFORE", reportingStartsOn: null, requiredWeeks: [] });
    expect(loaded.calendar.days.size).toBe(0);
  });

  it("reads inside a transaction and refuses a zone that does not exist", async () => {
    const inTransaction = await db.$transaction((tx) => loadZoneCalendar(tx, explicit.zoneId));
    expect(inTransaction.zone.reportingStartsOn).toBe("2026-02-11");
    await expect(loadZoneCalendar(db, "zcl-missing")).rejects.toThrow("Zone zcl-missing does not exist");
  });
});
