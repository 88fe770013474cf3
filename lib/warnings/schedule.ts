// When the scheduler fires: at the top of every hour and one minute after each zone's
// weekly report deadline (on its working-day calendar: a holiday moves it). Pure, so the
// timing is unit-tested.
import type { ZoneCalendar } from "@/lib/dates/calendar";
import { isoWeekOf, shiftIsoWeek } from "@/lib/dates/zone-time";
import { reportWeek } from "@/lib/reports/week";

export type ZoneSchedule = ZoneCalendar;

const HOUR_MS = 3_600_000;
/** Run this long after the deadline, so reports submitted in its last second count. */
export const AFTER_DEADLINE_MS = 60_000;

function deadlineRuns(now: Date, zone: ZoneSchedule): Date[] {
  const week = isoWeekOf(now, zone.zone.timeZone);
  // A holiday can move a deadline into the following week, so the week before last counts too.
  return [-2, -1, 0, 1].map((offset) => new Date(reportWeek(shiftIsoWeek(week, offset), zone).deadline.getTime() + AFTER_DEADLINE_MS));
}

/** The latest scheduled instant at or before `now`: a zone is evaluated once per such slot. */
export function currentSlotStart(now: Date, zones: ZoneSchedule[]): Date {
  const candidates = [Math.floor(now.getTime() / HOUR_MS) * HOUR_MS];
  for (const zone of zones) for (const at of deadlineRuns(now, zone)) if (at.getTime() <= now.getTime()) candidates.push(at.getTime());
  return new Date(Math.max(...candidates));
}
