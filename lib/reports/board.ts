// The week's submission board: every unit that owes the week's report, has one, or was excused
// from it (免报), with its status. Shared by the review page and the reminder action (which
// runs it in its transaction).
import "server-only";
import { loadZoneCalendar } from "@/lib/calendar/load";
import type { DbClient, TxClient } from "@/lib/db/client";
import { dateFromKey, dateKey, type IsoWeek } from "@/lib/dates/zone-time";
import { exemptionKey, reportWeek, unitsOwingWeek, type ReportWeek } from "./week";
import { BOARD_STATUSES, boardStatus, countsForFigures, type BoardStatus, type ReportStatus } from "./workflow";

export interface BoardRow {
  id: string;
  name: string;
  shortName: string;
  park: { id: string; shortName: string } | null;
  /** Whether the unit owes this week's report (lib/reports/week.ts unitOwesWeek; a unit may also report without). */
  owed: boolean;
  /** The office excused the unit from this week (免报). */
  excused: { id: string; reason: string; by: string | null; at: Date } | null;
  status: BoardStatus;
  report: { id: string; status: ReportStatus; submittedAt: Date | null; lateMinutes: number | null; entries: number; needsCoordination: number } | null;
}

/** Whom 催报 reaches: a unit that owes the week and has no report standing for the figures (a returned one needs resubmitting). */
export function awaitsReport(row: BoardRow): boolean {
  return row.owed && !countsForFigures(row.report?.status);
}

export interface Board {
  week: ReportWeek;
  timeZone: string;
  /** The office still requires this holiday (or skipped) week, with its reason. */
  required: string | null;
  rows: BoardRow[];
  counts: Record<BoardStatus, number>;
}

export async function loadBoard(client: DbClient | TxClient, zoneId: string, isoWeek: IsoWeek, filters: { parkId?: string | null; status?: BoardStatus | null } = {}): Promise<Board> {
  const zoneCalendar = await loadZoneCalendar(client, zoneId);
  const week = reportWeek(isoWeek, zoneCalendar);
  const [units, items, reports, exemptions, required] = await Promise.all([
    client.unit.findMany({
      where: { zoneId, active: true, kind: { not: "OFFICE" }, ...(filters.parkId ? { parkId: filters.parkId } : {}) },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, name: true, shortName: true, active: true, kind: true, park: { select: { id: true, shortName: true } } },
    }),
    client.workItem.findMany({
      where: { zoneId, status: { not: "ARCHIVED" }, startDate: { lte: dateFromKey(week.sundayKey) } },
      select: { leadUnitId: true, startDate: true, status: true, completedAt: true },
    }),
    client.weeklyReport.findMany({
      where: { zoneId, isoYear: week.isoYear, isoWeek: week.isoWeek },
      select: { id: true, unitId: true, status: true, submittedAt: true, lateMinutes: true },
    }),
    client.reportExemption.findMany({
      where: { zoneId, isoYear: week.isoYear, isoWeek: week.isoWeek },
      select: { id: true, unitId: true, reason: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    client.requiredReportWeek.findUnique({ where: { zoneId_isoYear_isoWeek: { zoneId, isoYear: week.isoYear, isoWeek: week.isoWeek } }, select: { reason: true } }),
  ]);
  // Entries and those needing coordination, counted for this week's reports only: Prisma's
  // `_count` of a relation groups every entry of the zone (all years) before joining.
  const reportIds = reports.map((report) => report.id);
  const [entryCounts, coordination] = await Promise.all([
    client.reportEntry.groupBy({ by: ["reportId"], where: { reportId: { in: reportIds } }, _count: { _all: true } }),
    client.reportEntry.groupBy({ by: ["reportId"], where: { reportId: { in: reportIds }, needsCoordination: true }, _count: { _all: true } }),
  ]);
  const entriesBy = new Map(entryCounts.map((row) => [row.reportId, row._count._all]));
  const coordinationBy = new Map(coordination.map((row) => [row.reportId, row._count._all]));
  const excusedBy = new Map(exemptions.map((row) => [row.unitId, { id: row.id, reason: row.reason, by: row.createdBy?.name ?? null, at: row.createdAt }]));
  const schedules = items.map((item) => ({ ...item, startDate: dateKey(item.startDate) }));
  const owed = unitsOwingWeek(units, schedules, week, new Set(exemptions.map((row) => exemptionKey(row.unitId, week))));
  // The units that would owe it but for their exemption are listed too, with the reason.
  const owedButExcused = unitsOwingWeek(units, schedules, week, new Set());
  const reportBy = new Map(reports.map((report) => [report.unitId, report]));
  const all: BoardRow[] = units
    .filter((unit) => owed.has(unit.id) || reportBy.has(unit.id) || (excusedBy.has(unit.id) && owedButExcused.has(unit.id)))
    .map(({ active: _active, kind: _kind, ...unit }) => {
      const report = reportBy.get(unit.id);
      const excused = excusedBy.get(unit.id) ?? null;
      return {
        ...unit,
        owed: owed.has(unit.id),
        excused,
        status: boardStatus(report ?? null, excused !== null),
        report: report
          ? { id: report.id, status: report.status, submittedAt: report.submittedAt, lateMinutes: report.lateMinutes, entries: entriesBy.get(report.id) ?? 0, needsCoordination: coordinationBy.get(report.id) ?? 0 }
          : null,
      };
    });
  const counts = Object.fromEntries(BOARD_STATUSES.map((status) => [status, all.filter((row) => row.status === status).length])) as Record<BoardStatus, number>;
  return { week, timeZone: zoneCalendar.zone.timeZone, required: required?.reason ?? null, rows: filters.status ? all.filter((row) => row.status === filters.status) : all, counts };
}
