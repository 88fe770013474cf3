// When the scheduler fires: at the top of every hour and one minute after each zone's
// weekly report deadline. Pure, so the timing is unit-tested.
import { isoWeekOf, reportDeadline, shiftIsoWeek, type DeadlineRule } from "@/lib/dates/zone-time";

export interface ZoneSchedule {
  timeZone: string;
  deadline: DeadlineRule;
}

const HOUR_MS = 3_600_000;
/** Run this long after the deadline, so reports submitted in its last second count. */
export const AFTER_DEADLINE_MS = 60_000;

function deadlineRuns(now: Date, zone: ZoneSchedule): Date[] {
  const week = isoWeekOf(now, zone.timeZone);
  return [-1, 0, 1].map((offset) => new Date(reportDeadline(shiftIsoWeek(week, offset), zone.deadline, zone.timeZone).getTime() + AFTER_DEADLINE_MS));
}

/** The first scheduled instant strictly after `now`. */
export function nextScheduledRun(now: Date, zones: ZoneSchedule[]): Date {
  const candidates = [Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS];
  for (const zone of zones) for (const at of deadlineRuns(now, zone)) if (at.getTime() > now.getTime()) candidates.push(at.getTime());
  return new Date(Math.min(...candidates));
}

/** The latest scheduled instant at or before `now`: a zone is evaluated once per such slot. */
export function currentSlotStart(now: Date, zones: ZoneSchedule[]): Date {
  const candidates = [Math.floor(now.getTime() / HOUR_MS) * HOUR_MS];
  for (const zone of zones) for (const at of deadlineRuns(now, zone)) if (at.getTime() <= now.getTime()) candidates.push(at.getTime());
  return new Date(Math.max(...candidates));
}
