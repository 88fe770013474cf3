// Loads a quarter's rows for the scoring model, and the zone's weights.
import "server-only";
import { loadZoneCalendar } from "@/lib/calendar/load";
import type { DbClient, TxClient } from "@/lib/db/client";
import { dateFromKey, dateKey, isoWeekOf, type Quarter } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { weeksWithDeadlineIn } from "@/lib/reports/report-history";
import { loadEntriesAsOf, loadExcusedWeeks, loadPlanItems, loadReportsOfWeeks } from "@/lib/reports/report-history-data";
import { reportWeek } from "@/lib/reports/week";
import { prepareQuarterData, quarterAsOf, toInspectionFacts, type QuarterRaw } from "./inputs";
import { COMPONENTS, DEFAULT_WEIGHTS, type Weights } from "./scoring";

type Client = DbClient | TxClient;

export async function loadWeights(client: Client, zoneId: string): Promise<Weights> {
  const rows = await client.assessmentWeight.findMany({ where: { zoneId } });
  if (rows.length === 0) return { ...DEFAULT_WEIGHTS };
  const weights = { ...DEFAULT_WEIGHTS };
  for (const component of COMPONENTS) weights[component] = toNumber(rows.find((row) => row.component === component)?.weight) ?? 0;
  return weights;
}

export async function loadQuarterRaw(client: Client, zoneId: string, quarter: Quarter, now: Date): Promise<QuarterRaw> {
  const zone = await loadZoneCalendar(client, zoneId);
  const { asOf, start, first, last } = quarterAsOf(quarter, zone.zone, now);
  const weeks = weeksWithDeadlineIn(first, last, zone, asOf);
  const [units, items, reports, excused, entries, warnings, notices, inspections] = await Promise.all([
    client.unit.findMany({ where: { zoneId, active: true, kind: { not: "OFFICE" } }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, active: true, kind: true } }),
    loadPlanItems(client, zoneId),
    loadReportsOfWeeks(client, zoneId, weeks),
    loadExcusedWeeks(client, zoneId, weeks),
    loadEntriesAsOf(client, zoneId, [reportWeek(isoWeekOf(asOf, zone.zone.timeZone), zone)]),
    client.warning.findMany({ where: { zoneId, firstSeenAt: { gte: start, lte: asOf } }, select: { id: true, unitId: true, level: true, kind: true, title: true, firstSeenAt: true } }),
    client.supervisionNotice.findMany({ where: { zoneId, responseDue: { gte: dateFromKey(first), lte: dateFromKey(last) } }, select: { id: true, unitId: true, number: true, responseDue: true, respondedAt: true } }),
    client.inspection.findMany({ where: { zoneId, date: { gte: dateFromKey(first), lte: dateFromKey(last) } }, select: { id: true, unitId: true, date: true, rating: true, rectificationRequired: true, rectificationDue: true, rectifiedAt: true } }),
  ]);
  return {
    quarter,
    zone,
    now,
    units,
    excused: [...excused],
    items,
    reports,
    entries,
    warnings: warnings.map((warning) => ({ id: warning.id, unitId: warning.unitId, level: warning.level, kind: warning.kind, title: warning.title, openedAt: warning.firstSeenAt })),
    notices: notices.map((notice) => ({ id: notice.id, unitId: notice.unitId, number: notice.number, responseDue: dateKey(notice.responseDue), respondedAt: notice.respondedAt })),
    inspections: inspections.map(toInspectionFacts),
  };
}

/** The figures of every unit that had reports owed or items to lead in the quarter. */
export async function quarterData(client: Client, zoneId: string, quarter: Quarter, now: Date) {
  return prepareQuarterData(await loadQuarterRaw(client, zoneId, quarter, now)).filter((unit) => unit.weeks.length > 0 || unit.items.length > 0);
}
