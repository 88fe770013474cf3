// Dates of a round: whether its quarter has ended, and the last day to appeal. Pure.
import { addWorkingDays, type ZoneCalendar } from "@/lib/dates/calendar";
import { endOfLocalDay, localDateKey, quarterRange, type Quarter } from "@/lib/dates/zone-time";

/** The quarter's last day has passed on the zone's clock. */
export function quarterEnded(quarter: Quarter, timeZone: string, now: Date): boolean {
  return now.getTime() >= endOfLocalDay(quarterRange(quarter).last, timeZone).getTime();
}

/** The last day (zone calendar) a unit may appeal: `days` working days after the day of publication. */
export function appealDeadline(zone: ZoneCalendar, publishedAt: Date, days: number): string {
  return addWorkingDays(zone.calendar, localDateKey(publishedAt, zone.zone.timeZone), days);
}

/** An appeal is open until the end of the deadline day. */
export function appealOpen(deadline: string | null, timeZone: string, now: Date): boolean {
  return deadline !== null && now.getTime() < endOfLocalDay(deadline, timeZone).getTime();
}
