// Reads a zone's working-day calendar and reporting settings, and the weeks the office excused
// (免报), as the plain data lib/dates/calendar.ts computes with. No authorization: callers are
// queries that authorized first, the warning runner, the CLI and the seed.
import type { DbClient, TxClient } from "@/lib/db/client";
import { workingCalendar, type CalendarDayKind, type HolidayPolicy, type ZoneCalendar } from "@/lib/dates/calendar";
import { formatIsoWeek, localDateKey, type IsoWeek } from "@/lib/dates/zone-time";
import { exemptionKey } from "@/lib/reports/week";

type Client = DbClient | TxClient;

interface ZoneCalendarRow {
  timeZone: string;
  reportDeadlineWeekday: number;
  reportDeadlineTime: string;
  holidayPolicy: HolidayPolicy;
  /** "YYYY-MM-DD" */
  reportingStartsOn: string | null;
  days: { date: string; kind: CalendarDayKind; name: string }[];
  requiredWeeks: IsoWeek[];
  firstWeekStart: Date | null;
}

/**
 * The zone's calendar. Reporting starts on the zone's explicit "reporting starts" date, or by
 * default in the week of its first weekly report (any status); with neither, nothing is owed.
 * One statement (it was four): every page and every submission reads it, and a round trip
 * costs the server more CPU than these rows.
 */
export async function loadZoneCalendar(client: Client, zoneId: string): Promise<ZoneCalendar> {
  const [zone] = await client.$queryRaw<ZoneCalendarRow[]>`
    SELECT z."timeZone", z."reportDeadlineWeekday", z."reportDeadlineTime", z."holidayPolicy"::text AS "holidayPolicy",
           to_char(z."reportingStartsOn", 'YYYY-MM-DD') AS "reportingStartsOn",
           COALESCE((SELECT json_agg(json_build_object('date', to_char(d."date", 'YYYY-MM-DD'), 'kind', d."kind", 'name', d."name") ORDER BY d."date")
                     FROM "CalendarDay" d WHERE d."zoneId" = z."id"), '[]'::json) AS "days",
           COALESCE((SELECT json_agg(json_build_object('isoYear', r."isoYear", 'isoWeek', r."isoWeek") ORDER BY r."isoYear", r."isoWeek")
                     FROM "RequiredReportWeek" r WHERE r."zoneId" = z."id"), '[]'::json) AS "requiredWeeks",
           (SELECT min(w."weekStart") FROM "WeeklyReport" w WHERE w."zoneId" = z."id") AS "firstWeekStart"
    FROM "Zone" z WHERE z."id" = ${zoneId}`;
  if (!zone) throw new Error(`Zone ${zoneId} does not exist`);
  const reportingStartsOn = zone.reportingStartsOn ?? (zone.firstWeekStart ? localDateKey(zone.firstWeekStart, zone.timeZone) : null);
  return {
    zone: {
      timeZone: zone.timeZone,
      deadline: { weekday: zone.reportDeadlineWeekday, time: zone.reportDeadlineTime },
      holidayPolicy: zone.holidayPolicy,
      reportingStartsOn,
      requiredWeeks: zone.requiredWeeks.map(formatIsoWeek),
    },
    calendar: workingCalendar(zone.days),
  };
}

/** The excused weeks (免报) of the zone (or of some units) between two weeks, as exemptionKey()s. */
export async function loadExemptions(client: Client, zoneId: string, range: { from: IsoWeek; to: IsoWeek; unitIds?: readonly string[] }): Promise<Set<string>> {
  const rows = await client.reportExemption.findMany({
    where: {
      zoneId,
      ...(range.unitIds ? { unitId: { in: [...range.unitIds] } } : {}),
      AND: [
        { OR: [{ isoYear: { gt: range.from.isoYear } }, { isoYear: range.from.isoYear, isoWeek: { gte: range.from.isoWeek } }] },
        { OR: [{ isoYear: { lt: range.to.isoYear } }, { isoYear: range.to.isoYear, isoWeek: { lte: range.to.isoWeek } }] },
      ],
    },
    select: { unitId: true, isoYear: true, isoWeek: true },
  });
  return new Set(rows.map((row) => exemptionKey(row.unitId, row)));
}
