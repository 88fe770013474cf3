// Who is due a reminder, a chase or a ladder step: pure, (data, schedule, calendar, as-of) →
// list. No clock, no database (lib/reminders/run.ts loads the data and persists what is due,
// each under its idempotency key). Rules (docs/notifications.md, "Reminders on a schedule"):
// - Weekly: a slot is `workingDaysBefore` working days before the week's (moved) deadline day
//   at `time`, zone clock. From a slot until the deadline, the units that owe the week and have
//   no submitted report standing are reminded; of several slots passed, only the latest is due
//   (a server that was down does not send the earlier one as well). A week that is not owed
//   (a holiday week, a skipped week) has no reminders.
// - Daily work (notices due soon, the ladder, unread chases, the digest) goes out on working
//   days from the schedule's daily time.
// - A notice's last day is its response date, moved to the next working day when it is not
//   one. It is reminded from `noticeDueSoonWorkingDays` working days before that day up to it.
// - Ladder: a notice still unanswered after its last day is `overdue` working days late
//   (working days after the last day up to today); each step whose day count is reached and
//   that was not taken yet is due, in ladder order.
// - Unread: an ISSUED notice that nobody of its unit opened within `unreadChaseWorkingHours`
//   working hours (09:00–18:00 of working days) is chased once.
import { addWorkingDays, deadlineOf, isWorkingDay, previousWorkingDay, workingDaysBefore, workingDaysBetween, type ZoneCalendar } from "@/lib/dates/calendar";
import { addDaysToKey, formatIsoWeek, isoWeekOf, localDateKey, shiftIsoWeek, zonedInstant, type IsoWeek } from "@/lib/dates/zone-time";
import type { Ladder, ReminderSchedule, WarningLadder, WeeklySlot } from "./schedule";
import { LADDER_STEPS, WARNING_LADDER_STEPS, type LadderStep, type WarningLadderStep } from "./steps";

export interface WeeklyReminderSlot {
  week: IsoWeek;
  /** "2026-W40" */
  weekLabel: string;
  /** Names the slot in idempotency keys: "1d16:00". */
  slotKey: string;
  at: Date;
  deadline: Date;
  deadlineKey: string;
}

export function slotKeyOf(slot: WeeklySlot): string {
  return `${slot.workingDaysBefore}d${slot.time}`;
}

/** The weekly reminder slot in force at `asOf` (the latest passed before the deadline), or null. */
export function weeklyReminderSlot({ zone, calendar }: ZoneCalendar, slots: readonly WeeklySlot[], asOf: Date): WeeklyReminderSlot | null {
  const current = isoWeekOf(asOf, zone.timeZone);
  // A Monday deadline's "working day before" lies in the week before: look at next week too.
  for (const week of [current, shiftIsoWeek(current, 1)]) {
    const deadline = deadlineOf(zone, calendar, week);
    if (!deadline.owed || asOf.getTime() >= deadline.deadline.getTime()) continue;
    let best: WeeklyReminderSlot | null = null;
    for (const slot of slots) {
      const at = zonedInstant(workingDaysBefore(calendar, deadline.deadlineKey, slot.workingDaysBefore), slot.time, zone.timeZone);
      if (at.getTime() > asOf.getTime() || at.getTime() >= deadline.deadline.getTime()) continue;
      if (!best || at.getTime() > best.at.getTime()) {
        best = { week, weekLabel: formatIsoWeek(week), slotKey: slotKeyOf(slot), at, deadline: deadline.deadline, deadlineKey: deadline.deadlineKey };
      }
    }
    if (best) return best;
  }
  return null;
}

export interface UnitWeekState {
  unitId: string;
  /** The unit owes the week (lib/reports/week.ts unitOwesWeek: not excused, leads an item that owes it). */
  owed: boolean;
  /** A submitted or accepted report stands (a returned one must be resubmitted: still reminded). */
  submitted: boolean;
}

export interface WeeklyReminder {
  unitId: string;
  weekLabel: string;
  slotKey: string;
  key: string;
}

/** The units a slot reminds, with the idempotency key per unit + week + slot. */
export function dueWeeklyReminders(units: readonly UnitWeekState[], slot: WeeklyReminderSlot): WeeklyReminder[] {
  return units
    .filter((unit) => unit.owed && !unit.submitted)
    .map((unit) => ({ unitId: unit.unitId, weekLabel: slot.weekLabel, slotKey: slot.slotKey, key: `weekly:${unit.unitId}:${slot.weekLabel}:${slot.slotKey}` }))
    .sort((a, b) => a.unitId.localeCompare(b.unitId));
}

/** Today on the zone's calendar when the daily work may go out (a working day, from `time`), else null. */
export function dailyWindow({ zone, calendar }: ZoneCalendar, time: string, asOf: Date): string | null {
  const today = localDateKey(asOf, zone.timeZone);
  if (!isWorkingDay(calendar, today)) return null;
  return asOf.getTime() >= zonedInstant(today, time, zone.timeZone).getTime() ? today : null;
}

export interface NoticeState {
  id: string;
  /** The response date "YYYY-MM-DD". */
  responseDue: string;
  /** ISSUED, SIGNED, IN_PROGRESS or RETURNED: the unit still has to answer. */
  unanswered: boolean;
  status: string;
  issuedAt: Date;
  /** Somebody of the notice's unit opened it. */
  readByUnit: boolean;
  /** Ladder steps already taken. */
  stepsTaken: readonly LadderStep[];
}

/** The last day to answer: the response date, or the next working day when it is not one. */
export function noticeLastDay(calendar: ZoneCalendar["calendar"], responseDue: string): string {
  return addWorkingDays(calendar, responseDue, 0);
}

/** Working days a notice is past its last day on `today` (0 until then). */
export function workingDaysOverdue(calendar: ZoneCalendar["calendar"], responseDue: string, today: string): number {
  return workingDaysBetween(calendar, noticeLastDay(calendar, responseDue), today);
}

export interface NoticeReminder {
  noticeId: string;
  lastDay: string;
  key: string;
}

/** Unanswered notices whose last day is within `withinWorkingDays` working days of today (and not past). */
export function dueSoonNotices(notices: readonly NoticeState[], withinWorkingDays: number, { calendar }: ZoneCalendar, today: string): NoticeReminder[] {
  const due: NoticeReminder[] = [];
  for (const notice of notices) {
    if (!notice.unanswered) continue;
    const lastDay = noticeLastDay(calendar, notice.responseDue);
    if (lastDay < today) continue;
    if (workingDaysBetween(calendar, today, lastDay) > withinWorkingDays) continue;
    due.push({ noticeId: notice.id, lastDay, key: `notice-due:${notice.id}:${lastDay}` });
  }
  return due.sort((a, b) => a.noticeId.localeCompare(b.noticeId));
}

export interface LadderAction {
  noticeId: string;
  step: LadderStep;
  overdue: number;
  key: string;
}

/** The ladder steps due today, in ladder order, for each unanswered notice past its last day. */
export function dueLadderSteps(notices: readonly NoticeState[], ladder: Ladder, { calendar }: ZoneCalendar, today: string): LadderAction[] {
  const due: LadderAction[] = [];
  for (const notice of [...notices].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!notice.unanswered) continue;
    const overdue = workingDaysOverdue(calendar, notice.responseDue, today);
    for (const step of LADDER_STEPS) {
      if (overdue < ladder[step] || notice.stepsTaken.includes(step)) continue;
      due.push({ noticeId: notice.id, step, overdue, key: `ladder:${notice.id}:${step}` });
    }
  }
  return due;
}

/** The working day's office hours the unread chase counts. */
export interface WarningState {
  id: string;
  /** The zone's day the warning opened (or reopened). */
  openedOn: string;
  /** Steps already taken since then. */
  stepsTaken: readonly WarningLadderStep[];
}

export interface WarningLadderAction {
  warningId: string;
  step: WarningLadderStep;
  /** Working days since the day it opened. */
  days: number;
  key: string;
}

/**
 * The warnings' ladder steps due today, in order, for each orange or red warning still open
 * and unacknowledged (the caller passes only those): `days` working days after the day it
 * opened (that day not counted). The key carries the opening day, so a warning that resolves
 * and opens again climbs again from the start.
 */
export function dueWarningSteps(warnings: readonly WarningState[], ladder: WarningLadder, { calendar }: ZoneCalendar, today: string): WarningLadderAction[] {
  const due: WarningLadderAction[] = [];
  for (const warning of [...warnings].sort((a, b) => a.id.localeCompare(b.id))) {
    const days = workingDaysBetween(calendar, warning.openedOn, today);
    for (const step of WARNING_LADDER_STEPS) {
      if (days < ladder[step] || warning.stepsTaken.includes(step)) continue;
      due.push({ warningId: warning.id, step, days, key: `warning-ladder:${warning.id}:${warning.openedOn}:${step}` });
    }
  }
  return due;
}

export const OFFICE_HOURS = { from: "09:00", to: "18:00" } as const;

/** Working hours (09:00–18:00 of working days, zone clock) between two instants, in minutes. */
export function workingMinutesBetween({ zone, calendar }: ZoneCalendar, from: Date, to: Date): number {
  if (to.getTime() <= from.getTime()) return 0;
  let minutes = 0;
  const last = localDateKey(to, zone.timeZone);
  for (let day = localDateKey(from, zone.timeZone); day <= last; day = addDaysToKey(day, 1)) {
    if (!isWorkingDay(calendar, day)) continue;
    const open = zonedInstant(day, OFFICE_HOURS.from, zone.timeZone).getTime();
    const close = zonedInstant(day, OFFICE_HOURS.to, zone.timeZone).getTime();
    const start = Math.max(open, from.getTime());
    const end = Math.min(close, to.getTime());
    if (end > start) minutes += (end - start) / 60_000;
  }
  return Math.floor(minutes);
}

/** Issued notices nobody of the unit opened within the working hours allowed (0: the chase is off). */
export function dueUnreadChases(notices: readonly NoticeState[], workingHours: number, zoneCalendar: ZoneCalendar, asOf: Date): NoticeReminder[] {
  if (workingHours <= 0) return [];
  return notices
    .filter((notice) => notice.status === "ISSUED" && !notice.readByUnit && workingMinutesBetween(zoneCalendar, notice.issuedAt, asOf) >= workingHours * 60)
    .map((notice) => ({ noticeId: notice.id, lastDay: noticeLastDay(zoneCalendar.calendar, notice.responseDue), key: `unread:${notice.id}` }))
    .sort((a, b) => a.noticeId.localeCompare(b.noticeId));
}

/** The digest's day and the instant its period starts (the previous working day's digest time), or null when it is not due. */
export function digestWindow(zoneCalendar: ZoneCalendar, schedule: Pick<ReminderSchedule, "digest">, asOf: Date): { day: string; since: Date } | null {
  if (!schedule.digest.enabled) return null;
  const day = dailyWindow(zoneCalendar, schedule.digest.time, asOf);
  if (!day) return null;
  return { day, since: zonedInstant(previousWorkingDay(zoneCalendar.calendar, day), schedule.digest.time, zoneCalendar.zone.timeZone) };
}
