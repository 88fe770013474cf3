// When a supervision notice must be answered, and when it is overdue — one rule for the
// notice ledger, the workbench, the dashboard (its SQL twin lib/dashboard/sql.ts
// noticeOverdueSql, held to this by tests/integration/notice-overdue-sql.test.ts), the
// assessment and the warning engine. Pure; days are the zone's calendar days.
//
// - The **answer day** is the response date, moved to the next working day when it is not
//   one (a date on a Sunday or in 国庆 is met on the first working day after it).
// - A notice is **overdue** on a day when it is unanswered (ISSUED, SIGNED, IN_PROGRESS,
//   RETURNED) and that day is after its answer day; days overdue = calendar days from the
//   answer day. Equivalently: its response date is on or before the last working day before
//   today, which is how queries filter (`overdueResponseDueOnOrBefore`).
// - An answer is **late** when it came after the end of the answer day (zone clock).
// - The engine's NOTICE_UNANSWERED warning opens `graceDays` working days after the answer day.
// - A new notice is given `NOTICE_RESPONSE_WORKING_DAYS` working days from the day it is issued.
import type { Prisma } from "@/lib/db/generated/client";
import { addWorkingDays, isWorkingDay, type WorkingCalendar } from "@/lib/dates/calendar";
import { addDaysToKey, dateFromKey, daysBetweenKeys, endOfLocalDay } from "@/lib/dates/zone-time";
import { UNANSWERED_NOTICE_STATUSES } from "@/lib/warnings/types";

/** Working days a unit is given to answer a notice, by default (on the zone's working calendar). */
export const NOTICE_RESPONSE_WORKING_DAYS = 5;

/** How far back the search for a working day looks: no holiday in the state's calendar is this long. */
const SEARCH_DAYS = 31;

/** The default response date of a notice issued on `todayKey`: five working days later. */
export function defaultResponseDue(calendar: WorkingCalendar, todayKey: string): string {
  return addWorkingDays(calendar, todayKey, NOTICE_RESPONSE_WORKING_DAYS);
}

/** The response date, or the next working day when it is not one. */
export function answerDay(calendar: WorkingCalendar, responseDue: string): string {
  return addWorkingDays(calendar, responseDue, 0);
}

/** The day the engine's NOTICE_UNANSWERED warning runs to: `graceDays` working days after the answer day. */
export function lastDayToAnswer(calendar: WorkingCalendar, responseDue: string, graceDays: number): string {
  return addWorkingDays(calendar, responseDue, graceDays);
}

export function isUnansweredStatus(status: string): boolean {
  return (UNANSWERED_NOTICE_STATUSES as readonly string[]).includes(status);
}

/** Calendar days an unanswered notice is past its answer day on `todayKey`; 0 when it is not overdue. */
export function noticeOverdueDays(calendar: WorkingCalendar, notice: { status: string; responseDue: string }, todayKey: string): number {
  if (!isUnansweredStatus(notice.status)) return 0;
  const day = answerDay(calendar, notice.responseDue);
  return day < todayKey ? daysBetweenKeys(day, todayKey) : 0;
}

export function isNoticeOverdue(calendar: WorkingCalendar, notice: { status: string; responseDue: string }, todayKey: string): boolean {
  return noticeOverdueDays(calendar, notice, todayKey) > 0;
}

/**
 * The latest response date that is overdue on `todayKey`: the last working day before today
 * (an answer day before today exists exactly when a working day lies between the response
 * date and yesterday). Unanswered notices with `responseDue <=` this are overdue.
 */
export function overdueResponseDueOnOrBefore(calendar: WorkingCalendar, todayKey: string): string {
  for (let offset = 1; offset <= SEARCH_DAYS; offset += 1) {
    const day = addDaysToKey(todayKey, -offset);
    if (isWorkingDay(calendar, day)) return day;
  }
  return addDaysToKey(todayKey, -SEARCH_DAYS - 1);
}

/** The rule as a Prisma filter: the notices overdue on `todayKey`. */
export function overdueNoticesWhere(calendar: WorkingCalendar, todayKey: string): Prisma.SupervisionNoticeWhereInput {
  return { status: { in: [...UNANSWERED_NOTICE_STATUSES] }, responseDue: { lte: dateFromKey(overdueResponseDueOnOrBefore(calendar, todayKey)) } };
}

/**
 * Whether a notice due `responseDue` counts as answered late as of `asOf`: answered after the
 * end of its answer day, or not answered and that day is over.
 */
export function answeredLate(calendar: WorkingCalendar, timeZone: string, responseDue: string, respondedAt: Date | null, asOf: Date): boolean {
  const end = endOfLocalDay(answerDay(calendar, responseDue), timeZone).getTime();
  return respondedAt === null ? asOf.getTime() >= end : respondedAt.getTime() >= end;
}
