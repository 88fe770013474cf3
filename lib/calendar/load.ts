// Reads a zone's working-day calendar and reporting settings, and the weeks the office excused
// (免报), as the plain data lib/dates/calendar.ts computes with. No authorization: callers are
// queries that authorized first, the warning runner, the CLI and the seed.
import type { DbClient, TxClient } from "@/lib/db/client";
import { workingCalendar, type ZoneCalendar } from "@/lib/dates/calendar";
import { dateKey, formatIsoWeek, localDateKey, type IsoWeek } from "@/lib/dates/zone-time";
import { exemptionKey } from "@/lib/reports/week";

type Client = DbClient | TxClient;

/**
 * The zone's calendar. Reporting starts on the zone's explicit "reporting starts" date, or by
 * default in the week of its first weekly report (any status); with neither, nothing is owed.
 */
export async function loadZoneCalendar(client: Client, zoneId: string): Promise<ZoneCalendar> {
  const [zone, days, required, first] = await Promise.all([
    client.zone.findUniqueOrThrow({
      where: { id: zoneId },
      select: { timeZone: true, reportDeadlineWeekday: true, reportDeadlineTime: true, holidayPolicy: true, reportingStartsOn: true },
    }),
    client.calendarDay.findMany({ where: { zoneId }, select: { date: true, kind: true, name: true } }),
    client.requiredReportWeek.findMany({ where: { zoneId }, select: { isoYear: true, isoWeek: true } }),
    client.weeklyReport.findFirst({ where: { zoneId }, orderBy: { weekStart: "asc" }, select: { weekStart: true } }),
  ]);
  const reportingStartsOn = zone.reportingStartsOn ? dateKey(zone.reportingStartsOn) : first ? localDateKey(first.weekStart, zone.timeZone) : null;
  return {
    zone: {
      timeZone: zone.timeZone,
      deadline: { weekday: zone.reportDeadlineWeekday, time: zone.reportDeadlineTime },
      holidayPolicy: zone.holidayPolicy,
      reportingStartsOn,
      requiredWeeks: required.map(formatIsoWeek),
    },
    calendar: workingCalendar(days.map((day) => ({ date: dateKey(day.date), kind: day.kind, name: day.name }))),
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
