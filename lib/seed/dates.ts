// Calendar helpers of the generator on "YYYY-MM-DD" keys (zone calendar days).
import { addDaysToKey, dateFromKey, monthRange, zonedInstant } from "@/lib/dates/zone-time";

export function minKey(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxKey(a: string, b: string): string {
  return a >= b ? a : b;
}

export function clampKey(key: string, lo: string, hi: string): string {
  return minKey(maxKey(key, lo), hi);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function monthKey(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The same day `months` months later, clamped to the end of the month. */
export function addMonthsKey(key: string, months: number): string {
  const total = Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = monthRange(year, month).last;
  return minKey(monthKey(year, month, Number(key.slice(8, 10))), last);
}

export function endOfMonthKey(key: string): string {
  return monthRange(Number(key.slice(0, 4)), Number(key.slice(5, 7))).last;
}

/** ISO weekday of a day key, 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: string): number {
  return ((dateFromKey(key).getUTCDay() + 6) % 7) + 1;
}

/** Moves a weekend day to the nearest working day (Saturday → Friday, Sunday → Monday). */
export function toWorkday(key: string): string {
  const weekday = isoWeekday(key);
  if (weekday === 6) return addDaysToKey(key, -1);
  if (weekday === 7) return addDaysToKey(key, 1);
  return key;
}

/** Months ({ year, month }) from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): { year: number; month: number }[] {
  const months: { year: number; month: number }[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push({ year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function hhmm(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** An instant at a wall-clock minute of a zone calendar day. */
export function atMinute(key: string, minuteOfDay: number, timeZone: string): Date {
  return zonedInstant(key, hhmm(minuteOfDay), timeZone);
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** "2026年11月20日" */
export function chineseDate(key: string): string {
  return `${Number(key.slice(0, 4))}年${Number(key.slice(5, 7))}月${Number(key.slice(8, 10))}日`;
}
