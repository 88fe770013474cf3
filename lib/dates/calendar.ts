// The zone's working-day calendar: public holidays and make-up working days (调休), the
// weekly report deadline they move, which weeks are owed at all, and counting in working
// days. The one module the warning engine, the ledger (monthly report, assessment), the
// submission board, the report form and the reminders share. Pure: the calendar's days and
// the zone's settings are passed in (lib/calendar/load.ts reads them from the database).
//
// Rules (docs/warnings.md, "The working-day calendar"):
// - A day is a working day when the calendar marks it WORKDAY (调休上班), or when it is a
//   Monday–Friday the calendar does not mark HOLIDAY.
// - The week's deadline is its deadline weekday at the deadline time. When that day is a
//   HOLIDAY it moves, by the zone's policy: BEFORE — to the last working day of the same week
//   before it (or, when the week has none, as AFTER); AFTER — to the first working day after
//   it; SKIP — the week is not owed.
// - A week without a single working day (a holiday week) is not owed.
// - The office may still require a holiday or skipped week (`requiredWeeks`): it is owed, its
//   deadline moved to the first working day after the holiday unless BEFORE found one.
// - No week before the week of `reportingStartsOn` is owed; without a start nothing is.
import { addDaysToKey, dateFromKey, formatIsoWeek, isoWeekMondayKey, isoWeekOfDateKey, zonedInstant, type DeadlineRule, type IsoWeek } from "./zone-time";
import * as DbEnums from "@/lib/db/generated/enums";

export const CALENDAR_DAY_KINDS = Object.values(DbEnums.CalendarDayKind);
/** HOLIDAY: a public holiday (off, whatever the weekday); WORKDAY: a make-up working day on a weekend (调休上班). */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const HOLIDAY_POLICIES = Object.values(DbEnums.HolidayPolicy);
/** What happens to a weekly deadline that falls on a public holiday. */
export type HolidayPolicy = (typeof HOLIDAY_POLICIES)[number];

export interface CalendarDay {
  /** "YYYY-MM-DD" */
  date: string;
  kind: CalendarDayKind;
  /** The holiday it belongs to (元旦, 春节 …); empty when unnamed. */
  name: string;
}

export interface WorkingCalendar {
  /** Days that differ from an ordinary week, by date. */
  readonly days: ReadonlyMap<string, CalendarDay>;
}

/** The zone's reporting settings the calendar rules read. */
export interface ReportingZone {
  timeZone: string;
  deadline: DeadlineRule;
  holidayPolicy: HolidayPolicy;
  /** "YYYY-MM-DD": weeks from the ISO week of this day are owed; null: reporting has not started. */
  reportingStartsOn: string | null;
  /** Holiday (or skipped) weeks the office requires reports for anyway, as "2026-W08". */
  requiredWeeks: readonly string[];
}

/** A zone's settings and its calendar: everything deadlines and owed weeks depend on. */
export interface ZoneCalendar {
  zone: ReportingZone;
  calendar: WorkingCalendar;
}

export function workingCalendar(days: readonly CalendarDay[]): WorkingCalendar {
  return { days: new Map(days.map((day) => [day.date, day])) };
}

/** Mondays to Fridays, no holidays: the calendar of a zone that has not entered any. */
export const ORDINARY_WEEKS: WorkingCalendar = workingCalendar([]);

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: string): number {
  return ((dateFromKey(key).getUTCDay() + 6) % 7) + 1;
}

export function isWorkingDay(calendar: WorkingCalendar, key: string): boolean {
  const day = calendar.days.get(key);
  if (day) return day.kind === "WORKDAY";
  return isoWeekday(key) <= 5;
}

/** The public holiday a day belongs to, or null (an ordinary weekend is no holiday). */
export function holidayOn(calendar: WorkingCalendar, key: string): CalendarDay | null {
  const day = calendar.days.get(key);
  return day?.kind === "HOLIDAY" ? day : null;
}

/** How far the search for a working day looks: no holiday in the state's calendar is this long. */
const SEARCH_DAYS = 31;

/** The first working day strictly after `key` (the day itself after a month of holidays). */
export function nextWorkingDay(calendar: WorkingCalendar, key: string): string {
  for (let offset = 1; offset <= SEARCH_DAYS; offset += 1) {
    const day = addDaysToKey(key, offset);
    if (isWorkingDay(calendar, day)) return day;
  }
  return key;
}

/** The last working day strictly before `key` (the day itself after a month of holidays). */
export function previousWorkingDay(calendar: WorkingCalendar, key: string): string {
  for (let offset = 1; offset <= SEARCH_DAYS; offset += 1) {
    const day = addDaysToKey(key, -offset);
    if (isWorkingDay(calendar, day)) return day;
  }
  return key;
}

/** `count` working days before `key` (0: the day itself): the reminders' "the working day before the deadline". */
export function workingDaysBefore(calendar: WorkingCalendar, key: string, count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`Not a working-day count: ${count}`);
  let day = key;
  for (let step = 0; step < count; step += 1) day = previousWorkingDay(calendar, day);
  return day;
}

/**
 * `count` working days after `key`. With 0, the day itself when it is a working day, else
 * the next working day: a date that falls on a holiday is met on the first working day after
 * it. With 1, the first working day after the day (or after that next working day).
 */
export function addWorkingDays(calendar: WorkingCalendar, key: string, count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`Not a working-day count: ${count}`);
  let day = isWorkingDay(calendar, key) ? key : nextWorkingDay(calendar, key);
  for (let step = 0; step < count; step += 1) day = nextWorkingDay(calendar, day);
  return day;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = addDaysToKey(from, 1); day <= to; day = addDaysToKey(day, 1)) if (isWorkingDay(calendar, day)) count += 1;
  return count;
}

/** Why a week is not owed. */
export type WeekExemption = "NOT_STARTED" | "HOLIDAY_WEEK" | "HOLIDAY_SKIPPED";

export interface WeekDeadline {
  /** The deadline day by the weekly rule alone. */
  nominalKey: string;
  /** The deadline day after the holiday policy moved it. */
  deadlineKey: string;
  deadline: Date;
  /** How the deadline moved off a holiday; null when it did not. */
  moved: "BEFORE" | "AFTER" | null;
  /** The holiday the nominal deadline day falls on. */
  holiday: string | null;
  /** Why the week is not owed; null when it is. */
  exemption: WeekExemption | null;
  owed: boolean;
}

/** Monday ("YYYY-MM-DD") of the first week owed, or null while reporting has not started. */
export function firstOwedMonday(zone: Pick<ReportingZone, "reportingStartsOn">): string | null {
  return zone.reportingStartsOn === null ? null : isoWeekMondayKey(isoWeekOfDateKey(zone.reportingStartsOn));
}

/** The week's report deadline and whether the week is owed, under the zone's calendar. */
export function deadlineOf(zone: ReportingZone, calendar: WorkingCalendar, week: IsoWeek): WeekDeadline {
  const monday = isoWeekMondayKey(week);
  const nominalKey = addDaysToKey(monday, zone.deadline.weekday - 1);
  const holiday = holidayOn(calendar, nominalKey);
  const required = zone.requiredWeeks.includes(formatIsoWeek(week));
  let deadlineKey = nominalKey;
  let moved: WeekDeadline["moved"] = null;
  if (holiday) {
    if (zone.holidayPolicy === "BEFORE") {
      for (let day = addDaysToKey(nominalKey, -1); day >= monday; day = addDaysToKey(day, -1)) {
        if (isWorkingDay(calendar, day)) {
          deadlineKey = day;
          moved = "BEFORE";
          break;
        }
      }
    }
    if (moved === null && (zone.holidayPolicy !== "SKIP" || required)) {
      const after = nextWorkingDay(calendar, nominalKey);
      if (after !== nominalKey) {
        deadlineKey = after;
        moved = "AFTER";
      }
    }
  }
  let exemption: WeekExemption | null = null;
  const start = firstOwedMonday(zone);
  if (start === null || monday < start) exemption = "NOT_STARTED";
  else if (!required && !hasWorkingDay(calendar, monday)) exemption = "HOLIDAY_WEEK";
  else if (!required && holiday && zone.holidayPolicy === "SKIP") exemption = "HOLIDAY_SKIPPED";
  return {
    nominalKey,
    deadlineKey,
    deadline: zonedInstant(deadlineKey, zone.deadline.time, zone.timeZone),
    moved,
    holiday: holiday ? holiday.name || holiday.date : null,
    exemption,
    owed: exemption === null,
  };
}

function hasWorkingDay(calendar: WorkingCalendar, monday: string): boolean {
  for (let offset = 0; offset < 7; offset += 1) if (isWorkingDay(calendar, addDaysToKey(monday, offset))) return true;
  return false;
}
