// Loads a month's rows and compiles the monthly supervision report from them.
import "server-only";
import { loadZoneCalendar } from "@/lib/calendar/load";
import type { DbClient, TxClient } from "@/lib/db/client";
import { addDaysToKey, dateFromKey, dateKey, endOfLocalDay, isoWeekOf, isoWeekOfDateKey, localDateKey, monthRange, zonedInstant } from "@/lib/dates/zone-time";
import { toNumber } from "@/lib/format";
import { weeksWithDeadlineIn } from "@/lib/reports/report-history";
import { loadEntriesAsOf, loadExcusedWeeks, loadPlanItems, loadReportsOfWeeks } from "@/lib/reports/report-history-data";
import { reportWeek } from "@/lib/reports/week";
import { openOverdueDecisionsWhere } from "./decision-status";
import { compileMonthlyReport, type MonthlySnapshot } from "./monthly";

export async function compileMonth(client: DbClient | TxClient, zoneId: string, year: number, month: number, now: Date): Promise<MonthlySnapshot> {
  const zone = await loadZoneCalendar(client, zoneId);
  const { timeZone } = zone.zone;
  const { first, last } = monthRange(year, month);
  const start = zonedInstant(first, "00:00", timeZone);
  const end = endOfLocalDay(last, timeZone);
  const asOf = now.getTime() < end.getTime() ? now : new Date(end.getTime() - 1);
  const weeks = weeksWithDeadlineIn(first, last, zone, asOf);
  const asOfPoints = [reportWeek(isoWeekOfDateKey(addDaysToKey(first, -1)), zone), reportWeek(isoWeekOf(asOf, timeZone), zone)];
  const [units, items, reports, excused, entries, warningEvents, inspections, decisions] = await Promise.all([
    client.unit.findMany({
      where: { zoneId, active: true, kind: { not: "OFFICE" } },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, name: true, active: true, kind: true, park: { select: { shortName: true } } },
    }),
    loadPlanItems(client, zoneId),
    loadReportsOfWeeks(client, zoneId, weeks),
    loadExcusedWeeks(client, zoneId, weeks),
    loadEntriesAsOf(client, zoneId, asOfPoints),
    client.warningEvent.findMany({
      where: { warning: { zoneId }, type: { in: ["OPENED", "RESOLVED"] }, at: { gte: start, lt: end } },
      select: { type: true, toLevel: true, at: true, warning: { select: { unitId: true, level: true } } },
    }),
    client.inspection.findMany({ where: { zoneId, date: { gte: dateFromKey(first), lte: dateFromKey(last) } }, orderBy: [{ date: "asc" }] }),
    client.meetingDecision.findMany({
      // The month's decisions, and every one still open and overdue at the as-of instant, whatever its month.
      where: {
        OR: [
          { meeting: { zoneId, date: { gte: dateFromKey(first), lte: dateFromKey(last) } } },
          { meeting: { zoneId }, dueDate: { gte: dateFromKey(first), lte: dateFromKey(last) } },
          openOverdueDecisionsWhere(zoneId, asOf, localDateKey(asOf, timeZone)),
        ],
      },
      include: { meeting: { select: { title: true, date: true } }, workItem: { select: { code: true, progress: true, completedAt: true } } },
      orderBy: [{ meeting: { date: "asc" } }, { seq: "asc" }],
    }),
  ]);
  return compileMonthlyReport({
    year,
    month,
    zone,
    now,
    units: units.map((unit) => ({ id: unit.id, name: unit.name, active: unit.active, kind: unit.kind, park: unit.park?.shortName ?? null })),
    excused: [...excused],
    items,
    reports,
    entries,
    warningEvents: warningEvents.map((event) => ({ unitId: event.warning.unitId, type: event.type as "OPENED" | "RESOLVED", level: event.toLevel ?? event.warning.level, at: event.at })),
    inspections: inspections.map((inspection) => ({
      unitId: inspection.unitId,
      date: dateKey(inspection.date),
      rating: inspection.rating,
      inspectors: inspection.inspectors,
      findings: inspection.findings,
      rectificationRequired: inspection.rectificationRequired,
      rectificationDue: inspection.rectificationDue ? dateKey(inspection.rectificationDue) : null,
      rectifiedAt: inspection.rectifiedAt,
    })),
    decisions: decisions.map((decision) => ({
      code: decision.workItem?.code ?? `#${decision.seq}`,
      content: decision.content,
      meeting: decision.meeting.title,
      meetingDate: dateKey(decision.meeting.date),
      assigneeUnitId: decision.assigneeUnitId,
      dueDate: dateKey(decision.dueDate),
      status: decision.status,
      progress: toNumber(decision.workItem?.progress) ?? 0,
      completedAt: decision.workItem?.completedAt ?? null,
    })),
  });
}
