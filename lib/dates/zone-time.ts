// Calendar arithmetic in a zone's time zone. Instants are stored in UTC; ISO weeks,
// deadlines and due dates are computed on the zone's wall clock, whatever the server's
// own time zone is. Week math is done on plain UTC dates so it never meets DST.
import { fromZonedTime } from "date-fns-tz";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";
const DAY_MS = 86_400_000;

export interface IsoWeek {
  isoYear: number;
  isoWeek: number;
}

export interface DeadlineRule {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:mm" on the zone's clock. */
  time: string;
}

// The engine, the pages and the exports convert thousands of instants per request: one
// formatter per zone, and the wall-clock → instant conversions (pure) remembered.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, number>();
const MAX_REMEMBERED = 20_000;

/** "YYYY-MM-DD" of the instant on the zone's calendar. */
export function localDateKey(instant: Date, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", calendar: "gregory", numberingSystem: "latn" });
    dayFormatters.set(timeZone, formatter);
  }
  let year = "";
  let month = "";
  let day = "";
  for (const part of formatter.formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/** A calendar date (from a @db.Date column, i.e. UTC midnight) as "YYYY-MM-DD". */
export function dateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → the UTC-midnight Date Prisma uses for @db.Date columns. */
export function dateFromKey(key: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) throw new Error(`Not a date: ${key}`);
  const date = new Date(`${key}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || dateKey(date) !== key) throw new Error(`Not a date: ${key}`);
  return date;
}

export function addDaysToKey(key: string, days: number): string {
  return dateKey(new Date(dateFromKey(key).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((dateFromKey(to).getTime() - dateFromKey(from).getTime()) / DAY_MS);
}

/** The instant of a wall-clock time ("YYYY-MM-DD", "HH:mm") in the zone. */
export function zonedInstant(dateKeyValue: string, time: string, timeZone: string): Date {
  const wallClock = `${dateKeyValue}T${time.length === 5 ? `${time}:00` : time}`;
  const key = `${wallClock}|${timeZone}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    ms = fromZonedTime(wallClock, timeZone).getTime();
    if (instants.size >= MAX_REMEMBERED) instants.clear();
    instants.set(key, ms);
  }
  return new Date(ms);
}

/** Start of the next local day: a due date "YYYY-MM-DD" is met until this instant. */
export function endOfLocalDay(dateKeyValue: string, timeZone: string): Date {
  return zonedInstant(addDaysToKey(dateKeyValue, 1), "00:00", timeZone);
}

export function isoWeekOfDateKey(key: string): IsoWeek {
  const date = dateFromKey(key).getTime();
  const mondayBased = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = date + (3 - mondayBased) * DAY_MS;
  const isoYear = new Date(thursday).getUTCFullYear();
  const isoWeek = 1 + Math.floor((thursday - Date.UTC(isoYear, 0, 1)) / (7 * DAY_MS));
  return { isoYear, isoWeek };
}

/** The ISO week the instant falls in, on the zone's calendar. */
export function isoWeekOf(instant: Date, timeZone: string): IsoWeek {
  return isoWeekOfDateKey(localDateKey(instant, timeZone));
}

/** Number of ISO weeks (52 or 53) in an ISO year. */
export function isoWeeksInYear(isoYear: number): number {
  return isoWeekOfDateKey(`${isoYear}-12-28`).isoWeek;
}

/** "YYYY-MM-DD" of the Monday of an ISO week. */
export function isoWeekMondayKey({ isoYear, isoWeek }: IsoWeek): string {
  const jan4 = Date.UTC(isoYear, 0, 4);
  const jan4MondayBased = (new Date(jan4).getUTCDay() + 6) % 7;
  return dateKey(new Date(jan4 + (-jan4MondayBased + (isoWeek - 1) * 7) * DAY_MS));
}

/** Monday 00:00 of the ISO week on the zone's clock, as an instant. */
export function isoWeekStart(week: IsoWeek, timeZone: string): Date {
  return zonedInstant(isoWeekMondayKey(week), "00:00", timeZone);
}

export function shiftIsoWeek(week: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOfDateKey(addDaysToKey(isoWeekMondayKey(week), weeks * 7));
}

export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.isoYear - b.isoYear || a.isoWeek - b.isoWeek;
}

/** "2026-W47" */
export function formatIsoWeek({ isoYear, isoWeek }: IsoWeek): string {
  return `${isoYear}-W${String(isoWeek).padStart(2, "0")}`;
}

export function parseIsoWeek(value: string): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!match) return null;
  const week = { isoYear: Number(match[1]), isoWeek: Number(match[2]) };
  return week.isoWeek >= 1 && week.isoWeek <= isoWeeksInYear(week.isoYear) ? week : null;
}

/** The weekly report deadline of an ISO week, as an instant. */
export function reportDeadline(week: IsoWeek, rule: DeadlineRule, timeZone: string): Date {
  const day = addDaysToKey(isoWeekMondayKey(week), rule.weekday - 1);
  return zonedInstant(day, rule.time, timeZone);
}

/** Whole minutes a submission came after the deadline; 0 when on time (at the deadline is on time). */
export function minutesLate(submittedAt: Date, deadline: Date): number {
  const late = submittedAt.getTime() - deadline.getTime();
  return late <= 0 ? 0 : Math.ceil(late / 60_000);
}

export interface Quarter {
  year: number;
  quarter: number;
}

export function quarterOfDateKey(key: string): Quarter {
  const month = Number(key.slice(5, 7));
  return { year: Number(key.slice(0, 4)), quarter: Math.floor((month - 1) / 3) + 1 };
}

/** First and last day ("YYYY-MM-DD") of a quarter. */
export function quarterRange({ year, quarter }: Quarter): { first: string; last: string } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const first = `${year}-${String(firstMonth).padStart(2, "0")}-01`;
  const nextFirst = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(firstMonth + 3).padStart(2, "0")}-01`;
  return { first, last: addDaysToKey(nextFirst, -1) };
}

/** First and last day of a month (1–12). */
export function monthRange(year: number, month: number): { first: string; last: string } {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const nextFirst = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return { first, last: addDaysToKey(nextFirst, -1) };
}
