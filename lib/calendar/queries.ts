import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { CalendarDayKind, HolidayPolicy, WeekExemption } from "@/lib/dates/calendar";
import { stateSchedule } from "@/lib/dates/state-holidays";
import { dateFromKey, dateKey, formatIsoWeek, isoWeeksInYear, localDateKey } from "@/lib/dates/zone-time";
import { reportWeek } from "@/lib/reports/week";
import { loadZoneCalendar } from "./load";

export interface CalendarPage {
  year: number;
  timeZone: string;
  deadline: { weekday: number; time: string };
  holidayPolicy: HolidayPolicy;
  /** The explicit "reporting starts" date, and the date in force (explicit, else the first report's Monday). */
  reportingStartsOn: string | null;
  effectiveStart: string | null;
  days: { id: string; date: string; kind: CalendarDayKind; name: string }[];
  /** The State Council's schedule the product knows for the year, and whether the zone's calendar holds all of it. */
  stateSchedule: { complete: boolean; source: string; days: number; loaded: boolean } | null;
  /** The weeks of the ISO year whose reporting the calendar changes: deadline moved, not owed, or required anyway. */
  weeks: { week: string; deadline: Date; moved: "BEFORE" | "AFTER" | null; holiday: string | null; exemption: WeekExemption | null; required: boolean }[];
}

export async function getCalendarPage(actor: Actor, yearParam?: string, now = new Date()): Promise<CalendarPage> {
  authorize(actor, "settings.manage");
  const zoneCalendar = await loadZoneCalendar(db, actor.zoneId);
  const { zone } = zoneCalendar;
  const thisYear = Number(localDateKey(now, zone.timeZone).slice(0, 4));
  const asked = Number(yearParam);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const [settings, days] = await Promise.all([
    db.zone.findUniqueOrThrow({ where: { id: actor.zoneId }, select: { reportingStartsOn: true } }),
    db.calendarDay.findMany({
      where: { zoneId: actor.zoneId, date: { gte: dateFromKey(`${year}-01-01`), lte: dateFromKey(`${year}-12-31`) } },
      orderBy: { date: "asc" },
      select: { id: true, date: true, kind: true, name: true },
    }),
  ]);
  const schedule = stateSchedule(year);
  const held = new Map(days.map((day) => [dateKey(day.date), day.kind]));
  const weeks: CalendarPage["weeks"] = [];
  // The holidays' effect on each week whatever the reporting start (a week before it is not owed anyway).
  const unbounded = { zone: { ...zone, reportingStartsOn: "2000-01-03" }, calendar: zoneCalendar.calendar };
  for (let isoWeek = 1; isoWeek <= isoWeeksInYear(year); isoWeek += 1) {
    const week = reportWeek({ isoYear: year, isoWeek }, unbounded);
    const label = formatIsoWeek(week);
    const required = zone.requiredWeeks.includes(label);
    const holidayExemption = week.exemption === "HOLIDAY_WEEK" || week.exemption === "HOLIDAY_SKIPPED";
    if (!week.moved && !holidayExemption && !required) continue;
    weeks.push({
      week: label,
      deadline: week.deadline,
      moved: week.moved,
      holiday: week.holiday,
      exemption: week.exemption,
      required,
    });
  }
  return {
    year,
    timeZone: zone.timeZone,
    deadline: zone.deadline,
    holidayPolicy: zone.holidayPolicy,
    reportingStartsOn: settings.reportingStartsOn ? dateKey(settings.reportingStartsOn) : null,
    effectiveStart: zone.reportingStartsOn,
    days: days.map((day) => ({ id: day.id, date: dateKey(day.date), kind: day.kind, name: day.name })),
    stateSchedule: schedule
      ? { complete: schedule.complete, source: schedule.source, days: schedule.days.length, loaded: schedule.days.every((day) => held.get(day.date) === day.kind) }
      : null,
    weeks,
  };
}
