// Zone calendars for tests: the zone's reporting settings over a working-day calendar.
import { ORDINARY_WEEKS, workingCalendar, type CalendarDay, type ReportingZone, type ZoneCalendar } from "@/lib/dates/calendar";
import { stateSchedule } from "@/lib/dates/state-holidays";

/** Friday 18:00 Shanghai, deadlines moved BEFORE a holiday, reporting since 2020 (so nothing is cut off unless a test says so). */
export function zoneCalendar(zone: Partial<ReportingZone> = {}, days: CalendarDay[] | null = null): ZoneCalendar {
  return {
    zone: { timeZone: "Asia/Shanghai", deadline: { weekday: 5, time: "18:00" }, holidayPolicy: "BEFORE", reportingStartsOn: "2020-01-06", requiredWeeks: [], ...zone },
    calendar: days ? workingCalendar(days) : ORDINARY_WEEKS,
  };
}

/** The State Council's 2026 schedule and the known 2027 days (lib/dates/state-holidays.ts). */
export const STATE_DAYS_2026_2027: CalendarDay[] = [...stateSchedule(2026)!.days, ...stateSchedule(2027)!.days];
