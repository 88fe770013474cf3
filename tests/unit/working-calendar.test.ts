import { describe, expect, it } from "vitest";
import { addWorkingDays, deadlineOf, isWorkingDay, nextWorkingDay, workingCalendar, workingDaysBetween, type CalendarDay } from "@/lib/dates/calendar";
import { stateSchedule } from "@/lib/dates/state-holidays";
import ExcelJS from "exceljs";
import { parseCalendarText, sheetRowsToText } from "@/lib/calendar/import";
import { readFirstSheet } from "@/lib/calendar/workbook";
import { STATE_DAYS_2026_2027, zoneCalendar } from "../support/calendar";

// The State Council's 2026 schedule (国务院办公厅, 2025-11-04), by hand:
//   国庆 2026-10-01 (Thu) – 10-07 (Wed) off; 09-20 (Sun) and 10-10 (Sat) working days.
//   中秋 09-25 (Fri) – 09-27 off. 春节 02-15 (Sun) – 02-23 (Mon) off; 02-14 and 02-28 (Sat) working.
//   2027-01-01 (Fri) 元旦 is fixed by law (the 2027 notice is not built in yet).
const calendar = workingCalendar(STATE_DAYS_2026_2027);
const shanghai = (zone: Parameters<typeof zoneCalendar>[0] = {}) => zoneCalendar(zone, STATE_DAYS_2026_2027).zone;
const W = (isoYear: number, isoWeek: number) => ({ isoYear, isoWeek });

describe("working days", () => {
  it("are Monday to Friday except holidays, plus make-up days", () => {
    expect(isWorkingDay(calendar, "2026-09-28")).toBe(true); // Monday
    expect(isWorkingDay(calendar, "2026-10-01")).toBe(false); // 国庆, Thursday
    expect(isWorkingDay(calendar, "2026-10-10")).toBe(true); // make-up Saturday
    expect(isWorkingDay(calendar, "2026-10-11")).toBe(false); // ordinary Sunday
    expect(isWorkingDay(calendar, "2026-09-20")).toBe(true); // make-up Sunday
  });

  it("count forward across a holiday; a date on a holiday is met on the next working day", () => {
    expect(nextWorkingDay(calendar, "2026-09-30")).toBe("2026-10-08");
    expect(addWorkingDays(calendar, "2026-09-30", 0)).toBe("2026-09-30");
    expect(addWorkingDays(calendar, "2026-10-03", 0)).toBe("2026-10-08");
    expect(addWorkingDays(calendar, "2026-09-30", 1)).toBe("2026-10-08");
    expect(addWorkingDays(calendar, "2026-09-30", 3)).toBe("2026-10-10");
    expect(addWorkingDays(calendar, "2026-10-10", 1)).toBe("2026-10-12");
    // 10-08, 10-09, 10-10 are the working days after 09-30 up to 10-11.
    expect(workingDaysBetween(calendar, "2026-09-30", "2026-10-11")).toBe(3);
    expect(workingDaysBetween(calendar, "2026-10-11", "2026-09-30")).toBe(0);
    expect(() => addWorkingDays(calendar, "2026-09-30", -1)).toThrow();
  });
});

describe("the weekly deadline on the zone's calendar", () => {
  it("moves 2026-W40's Friday (国庆) to the last working day before it, or after it, or skips the week, as configured", () => {
    const before = deadlineOf(shanghai({ holidayPolicy: "BEFORE" }), calendar, W(2026, 40));
    expect(before).toMatchObject({ nominalKey: "2026-10-02", deadlineKey: "2026-09-30", moved: "BEFORE", holiday: "国庆节", owed: true, exemption: null });
    expect(before.deadline.toISOString()).toBe("2026-09-30T10:00:00.000Z"); // Wednesday 18:00 Shanghai
    const after = deadlineOf(shanghai({ holidayPolicy: "AFTER" }), calendar, W(2026, 40));
    expect(after).toMatchObject({ deadlineKey: "2026-10-08", moved: "AFTER", owed: true });
    expect(after.deadline.toISOString()).toBe("2026-10-08T10:00:00.000Z");
    const skip = deadlineOf(shanghai({ holidayPolicy: "SKIP" }), calendar, W(2026, 40));
    expect(skip).toMatchObject({ deadlineKey: "2026-10-02", moved: null, owed: false, exemption: "HOLIDAY_SKIPPED" });
    // The office requires the skipped week anyway: owed, due on the first working day after the holiday.
    const required = deadlineOf(shanghai({ holidayPolicy: "SKIP", requiredWeeks: ["2026-W40"] }), calendar, W(2026, 40));
    expect(required).toMatchObject({ deadlineKey: "2026-10-08", moved: "AFTER", owed: true, exemption: null });
  });

  it("moves 2026-W39 (中秋 on Friday) to Thursday and 2026-W53 (元旦 2027 on Friday) to Thursday 2026-12-31", () => {
    expect(deadlineOf(shanghai(), calendar, W(2026, 39))).toMatchObject({ deadlineKey: "2026-09-24", moved: "BEFORE", holiday: "中秋节" });
    const w53 = deadlineOf(shanghai(), calendar, W(2026, 53));
    expect(w53).toMatchObject({ nominalKey: "2027-01-01", deadlineKey: "2026-12-31", moved: "BEFORE", holiday: "元旦", owed: true });
    expect(w53.deadline.toISOString()).toBe("2026-12-31T10:00:00.000Z");
    // The table in docs/warnings.md: AFTER and SKIP for the same weeks.
    expect(deadlineOf(shanghai({ holidayPolicy: "AFTER" }), calendar, W(2026, 39))).toMatchObject({ deadlineKey: "2026-09-28", moved: "AFTER" });
    expect(deadlineOf(shanghai({ holidayPolicy: "AFTER" }), calendar, W(2026, 53))).toMatchObject({ deadlineKey: "2027-01-04", moved: "AFTER" });
    expect(deadlineOf(shanghai({ holidayPolicy: "SKIP" }), calendar, W(2026, 39))).toMatchObject({ owed: false, exemption: "HOLIDAY_SKIPPED" });
    expect(deadlineOf(shanghai({ holidayPolicy: "SKIP" }), calendar, W(2026, 53))).toMatchObject({ owed: false, exemption: "HOLIDAY_SKIPPED" });
    // An ordinary week keeps Friday 18:00.
    expect(deadlineOf(shanghai(), calendar, W(2026, 47))).toMatchObject({ deadlineKey: "2026-11-20", moved: null, holiday: null, owed: true });
  });

  it("owes no report in a week without a working day (2026-W08 inside 春节), unless the office requires it", () => {
    // 2026-02-16 (Mon) – 02-22 (Sun) are all 春节 holidays.
    const w08 = deadlineOf(shanghai(), calendar, W(2026, 8));
    expect(w08).toMatchObject({ owed: false, exemption: "HOLIDAY_WEEK", holiday: "春节" });
    // Required: no working day before Friday in the week, so the first one after it (Tuesday 02-24; 02-23 is still 春节).
    expect(deadlineOf(shanghai({ requiredWeeks: ["2026-W08"] }), calendar, W(2026, 8))).toMatchObject({ owed: true, deadlineKey: "2026-02-24", moved: "AFTER" });
    // 2026-W09 has working days (Tuesday–Saturday): owed, Friday as usual.
    expect(deadlineOf(shanghai(), calendar, W(2026, 9))).toMatchObject({ owed: true, deadlineKey: "2026-02-27", moved: null });
  });

  it("owes no report in a week inside 国庆: 2017-W40 under the 2017 schedule (10-01 to 10-08 off, 09-30 worked)", () => {
    // 国务院办公厅关于2017年部分节假日安排的通知: 中秋节、国庆节 10月1日至8日放假调休，9月30日（星期六）上班.
    const days: CalendarDay[] = [
      { date: "2017-09-30", kind: "WORKDAY", name: "国庆节" },
      ...["01", "02", "03", "04", "05", "06", "07", "08"].map((day) => ({ date: `2017-10-${day}`, kind: "HOLIDAY" as const, name: "国庆节" })),
    ];
    const autumn2017 = workingCalendar(days);
    const zone = shanghai({ reportingStartsOn: "2017-01-02" });
    expect(deadlineOf(zone, autumn2017, W(2017, 40))).toMatchObject({ owed: false, exemption: "HOLIDAY_WEEK" });
    expect(deadlineOf(zone, autumn2017, W(2017, 39))).toMatchObject({ owed: true, deadlineKey: "2017-09-29", moved: null });
  });

  it("owes no week before the week reporting started", () => {
    // Reporting starts on Thursday 2026-07-16: W29 (07-13 – 07-19) is the first owed week.
    expect(deadlineOf(shanghai({ reportingStartsOn: "2026-07-16" }), calendar, W(2026, 28))).toMatchObject({ owed: false, exemption: "NOT_STARTED" });
    expect(deadlineOf(shanghai({ reportingStartsOn: "2026-07-16" }), calendar, W(2026, 29))).toMatchObject({ owed: true, exemption: null });
    expect(deadlineOf(shanghai({ reportingStartsOn: null }), calendar, W(2026, 47))).toMatchObject({ owed: false, exemption: "NOT_STARTED" });
  });

  it("has the State Council's 2026 schedule built in as published, and 2027's fixed-date holidays only", () => {
    const y2026 = stateSchedule(2026)!;
    expect(y2026.complete).toBe(true);
    // 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33 days off; 1 + 2 + 1 + 2 = 6 make-up working days.
    expect(y2026.days.filter((day) => day.kind === "HOLIDAY")).toHaveLength(33);
    expect(y2026.days.filter((day) => day.kind === "WORKDAY").map((day) => day.date)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    const y2027 = stateSchedule(2027)!;
    expect(y2027.complete).toBe(false);
    expect(y2027.days.map((day) => day.date)).toEqual(["2027-01-01", "2027-05-01", "2027-05-02", "2027-10-01", "2027-10-02", "2027-10-03"]);
  });
});

describe("importing a list of days", () => {
  it("reads single days, ranges, Chinese dates, tabs and commas, with a header", () => {
    const parsed = parseCalendarText(["日期,类型,名称", "2027-01-01 休 元旦", "2027-02-05~2027-02-07, 放假, 春节", "2027年2月20日\t上班\t春节", "2027年10月1日至3日 休 国庆节"].join("\n"));
    expect(parsed.errors).toEqual([]);
    expect(parsed.years).toEqual([2027]);
    expect(parsed.days.map((day) => `${day.date} ${day.kind} ${day.name}`)).toEqual([
      "2027-01-01 HOLIDAY 元旦",
      "2027-02-05 HOLIDAY 春节",
      "2027-02-06 HOLIDAY 春节",
      "2027-02-07 HOLIDAY 春节",
      "2027-02-20 WORKDAY 春节", // a Saturday
      "2027-10-01 HOLIDAY 国庆节",
      "2027-10-02 HOLIDAY 国庆节",
      "2027-10-03 HOLIDAY 国庆节",
    ]);
  });

  it("names the line of every problem and imports nothing of a wrong list", () => {
    const parsed = parseCalendarText(["2027-01-01 休 元旦", "2027-13-01 休", "2027-01-04 上班", "2027-01-01 班", "2027-03-01", "2027-01-01~2027-03-01 休"].join("\n"));
    expect(parsed.errors).toEqual([
      { line: 2, error: "date", text: "2027-13-01 休" },
      { line: 3, error: "workdayOnWeekday", text: "2027-01-04" }, // a Monday
      { line: 4, error: "workdayOnWeekday", text: "2027-01-01" }, // a Friday
      { line: 5, error: "kind", text: "2027-03-01" },
      { line: 6, error: "range", text: "2027-01-01~2027-03-01 休" },
    ]);
    expect(parseCalendarText("2027-01-01 休\n2027-01-01 休").errors).toEqual([{ line: 2, error: "duplicate", text: "2027-01-01" }]);
  });

  it("reads spreadsheet rows with date cells", () => {
    const text = sheetRowsToText([["日期", "类型", "名称"], [new Date("2027-05-01T00:00:00Z"), "休", "劳动节"], ["2027-05-08", "补班", "劳动节"]]);
    expect(parseCalendarText(text).days).toEqual([
      { date: "2027-05-01", kind: "HOLIDAY", name: "劳动节" },
      { date: "2027-05-08", kind: "WORKDAY", name: "劳动节" },
    ]);
  });

  it("reads an .xlsx sheet with date cells and text cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("2027年节假日");
    sheet.addRow(["日期", "类型", "名称"]);
    sheet.addRow([new Date(Date.UTC(2027, 9, 1)), "休", "国庆节"]);
    sheet.addRow(["2027-10-09", "上班", "国庆节"]);
    const rows = await readFirstSheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(parseCalendarText(sheetRowsToText(rows!)).days).toEqual([
      { date: "2027-10-01", kind: "HOLIDAY", name: "国庆节" },
      { date: "2027-10-09", kind: "WORKDAY", name: "国庆节" }, // a Saturday
    ]);
    expect(await readFirstSheet(new TextEncoder().encode("not a workbook"))).toBeNull();
  });
});
