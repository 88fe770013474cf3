// The demo generator's zone builder (lib/seed/generate.ts calls the builders in order). Pure.
import { workingCalendar, type ZoneCalendar } from "@/lib/dates/calendar";
import { STATE_SCHEDULES } from "@/lib/dates/state-holidays";
import { dateFromKey, isoWeekMondayKey } from "@/lib/dates/zone-time";
import { PARKS, ZONE } from "./catalog";
import type { CalendarDayRow } from "./types";
import { ZONE_ID, DEADLINE_RULE, parkId, type DemoContext } from "./context";

/** The zone, its working-day calendar (the State Council's holidays) and its parks. */
export function buildZone(ctx: DemoContext) {
  const { timeZone, campaignStartKey, campaignEndKey, reportWeeks } = ctx;
  // The State Council's schedules (lib/dates/state-holidays.ts); reporting starts with the history.
  const holidays = STATE_SCHEDULES.flatMap((schedule) => schedule.days);
  const calendarDays: CalendarDayRow[] = holidays.map((day) => ({ id: `demo-cal-${day.date}`, zoneId: ZONE_ID, date: dateFromKey(day.date), kind: day.kind, name: day.name }));
  const demoCalendar: ZoneCalendar = {
    zone: { timeZone, deadline: DEADLINE_RULE, holidayPolicy: "BEFORE", reportingStartsOn: isoWeekMondayKey(reportWeeks[0]), requiredWeeks: [] },
    calendar: workingCalendar(holidays),
  };
  const zones = [
    {
      id: ZONE_ID,
      code: ZONE.code,
      name: ZONE.name,
      shortName: ZONE.shortName,
      timeZone,
      reportDeadlineWeekday: DEADLINE_RULE.weekday,
      reportDeadlineTime: DEADLINE_RULE.time,
      campaignStart: dateFromKey(campaignStartKey),
      campaignEnd: dateFromKey(campaignEndKey),
      landNeededMu: ZONE.landNeededMu,
    },
  ];
  const parks = PARKS.map((park, index) => ({
    id: parkId(park.code),
    zoneId: ZONE_ID,
    code: park.code,
    name: park.name,
    shortName: park.shortName,
    kind: park.kind,
    plannedAreaKm2: park.plannedAreaKm2,
    builtAreaKm2: park.builtAreaKm2,
    sortOrder: index + 1,
  }));
  return { calendarDays, demoCalendar, zones, parks };
}

export type DemoZone = ReturnType<typeof buildZone>;
